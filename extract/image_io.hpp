// ImageWriter / ImageReader: the byte format of a lexicon image (lexicon_image.cpp), the built-in
// lexicon as the build stores it so that start-up copies it instead of building it from JSON.
// An image is read by the binary that the same build made (same compiler, same machine), so plain
// values are stored as their bytes in the machine's order; sizes as 64-bit integers.
//
// A type is stored by listing its fields once, for both directions: `io(x.a, x.b, ...)` in a
// function `image_fields(io, x)` found by argument-dependent lookup, whose `x` is const when
// writing. Plain values (no padding) are their bytes; strings, vectors, pairs and maps keyed by
// strings are written and read by the rules below, so that a field cannot be saved one way and
// loaded another.
#pragma once
#include <algorithm>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace evkg {

// For image_fields overloads: T is Info or const Info.
template <typename T, typename Info>
concept ImageOf = std::same_as<std::remove_const_t<T>, Info>;

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

  // Writes each field by its type's rule.
  template <typename... T>
  void operator()(const T&... fields) {
    (put(fields), ...);
  }

 private:
  void put(const std::string& s) { text(s); }
  void put(const std::vector<std::string>& v) { texts(v); }
  template <typename T>
    requires std::has_unique_object_representations_v<T>
  void put(const T& v) {
    value(v);
  }
  template <typename T>
  void put(const std::vector<T>& v) {
    if constexpr (std::has_unique_object_representations_v<T>) {
      values(v);
    } else {
      size(v.size());
      for (const auto& x : v) put(x);
    }
  }
  template <typename A, typename B>
  void put(const std::pair<A, B>& p) {
    put(p.first);
    put(p.second);
  }
  // A map looked up by key only: its order is no part of what it holds, and the image stores it
  // in key order, so that equal maps have equal images whatever order they were filled in.
  template <typename T>
  void put(const std::unordered_map<std::string, T>& m) {
    std::vector<const std::pair<const std::string, T>*> in_order;
    in_order.reserve(m.size());
    for (const auto& item : m) in_order.push_back(&item);
    std::sort(in_order.begin(), in_order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    size(in_order.size());
    for (const auto* item : in_order) {
      text(item->first);
      put(item->second);
    }
  }
  template <typename T>
    requires(!std::has_unique_object_representations_v<T>)
  void put(const T& x) {
    image_fields(*this, x);
  }

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
    const std::size_t n = size();
    if (n > bytes_.size() / sizeof(std::uint64_t)) fail();  // (each text has its size first)
    std::vector<std::string> v(n);
    for (auto& s : v) s = text();
    return v;
  }
  bool at_end() const { return bytes_.empty(); }

  // Reads each field by its type's rule (ImageWriter::operator()).
  template <typename... T>
  void operator()(T&... fields) {
    (get(fields), ...);
  }

 private:
  void get(std::string& s) { s = text(); }
  void get(std::vector<std::string>& v) { v = texts(); }
  template <typename T>
    requires std::has_unique_object_representations_v<T>
  void get(T& v) {
    v = value<T>();
  }
  template <typename T>
  void get(std::vector<T>& v) {
    if constexpr (std::has_unique_object_representations_v<T>) {
      v = values<T>();
    } else {
      const std::size_t n = size();
      // (each element takes at least a byte: a corrupt size fails here, not in a huge resize)
      if (n > bytes_.size()) fail();
      v.resize(n);
      for (auto& x : v) get(x);
    }
  }
  template <typename A, typename B>
  void get(std::pair<A, B>& p) {
    get(p.first);
    get(p.second);
  }
  template <typename T>
  void get(std::unordered_map<std::string, T>& m) {
    const std::size_t n = size();
    if (n > bytes_.size()) fail();
    m.clear();
    m.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view key = text();
      T value{};
      get(value);
      m.emplace(key, std::move(value));
    }
  }
  template <typename T>
    requires(!std::has_unique_object_representations_v<T>)
  void get(T& x) {
    image_fields(*this, x);
  }

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
