// A string buffer in front of a Sink: writers append text to it and it is handed to the Sink in
// chunks of about kChunk bytes, so that writing a large graph costs few Sink calls and little memory.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/sink.hpp"

namespace evkg {

class OutputBuffer {
 public:
  static constexpr std::size_t kChunk = std::size_t{1} << 18;

  explicit OutputBuffer(Sink& sink) : sink_(sink) { buf_.reserve(kChunk + kChunk / 4); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;
  ~OutputBuffer() = default;  // no flush here: a writer that failed midway must not write more

  std::string& text() { return buf_; }
  void flush_if_full() {
    if (buf_.size() >= kChunk) flush();
  }
  void flush() {
    if (buf_.empty()) return;
    sink_.write(buf_);
    buf_.clear();
  }

 private:
  Sink& sink_;
  std::string buf_;
};

}  // namespace evkg
