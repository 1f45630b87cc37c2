// ImageWriter / ImageReader: the byte format of a lexicon image (lexicon_image.cpp), the built-in
// lexicon as the build stores it so that start-up copies it instead of building it from JSON.
// An image is read by the binary that the same build made (same compiler, same machine), so plain
// values are stored as their bytes in the machine's order; sizes as 64-bit integers.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/error.hpp"

namespace evkg {

class ImageWriter {
 public:
  // A value whose bytes are all its value (no padding: the image is the same from build to build).
  template <typename T>
  void value(const T& v) {
    static_assert(std::has_unique_object_representations_v<T> || std::is_floating_point_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void size(std::size_t n) { value(std::uint64_t{n}); }
  void text(std::string_view s) {
    size(s.size());
    bytes_.append(s);
  }
  template <typename T>
  void values(const std::vector<T>& v) {
    static_assert(std::has_unique_object_representations_v<T>);
    size(v.size());
    if (!v.empty()) bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void texts(const std::vector<std::string>& v) {
    size(v.size());
    for (const auto& s : v) text(s);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

class ImageReader {
 public:
  explicit ImageReader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  T value() {
    static_assert(std::is_trivially_copyable_v<T>);
    T v{};
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  std::size_t size() { return static_cast<std::size_t>(value<std::uint64_t>()); }
  std::string_view text() {
    const std::size_t n = size();
    return {take(n), n};
  }
  template <typename T>
  std::vector<T> values() {
    static_assert(std::is_trivially_copyable_v<T>);
    const std::size_t n = size();
    if (n > bytes_.size() / sizeof(T)) fail();
    std::vector<T> v(n);
    const char* from = take(n * sizeof(T));
    // (an empty vector's data() may be null, which memcpy must not be given even for no bytes)
    if (n != 0) std::memcpy(v.data(), from, n * sizeof(T));
    return v;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> v(size());
    for (auto& s : v) s = text();
    return v;
  }
  bool at_end() const { return bytes_.empty(); }

 private:
  const char* take(std::size_t n) {
    if (n > bytes_.size()) fail();
    const char* p = bytes_.data();
    bytes_.remove_prefix(n);
    return p;
  }
  [[noreturn]] static void fail() { throw Error("lexicon image: truncated"); }
  std::string_view bytes_;
};

}  // namespace evkg
