// Where writers put bytes: a file written atomically, or a string (tests, in-memory use).
#pragma once
#include <string>
#include <string_view>

#include "core/atomic_file.hpp"

namespace evkg {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(std::string_view bytes) = 0;
};

class StringSink final : public Sink {
 public:
  void write(std::string_view bytes) override { out.append(bytes); }
  std::string out;
};

class FileSink final : public Sink {
 public:
  explicit FileSink(AtomicFile& f) : f_(f) {}
  void write(std::string_view bytes) override { f_.write(bytes); }

 private:
  AtomicFile& f_;
};

}  // namespace evkg
