// Shared by the libFuzzer targets: quiet logging, the Document invariants every reader promises,
// and a crash that names what broke (libFuzzer saves the input that caused it).
#pragma once
#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/utf8.hpp"
#include "extract/document.hpp"

namespace evkg::fuzz {

// Aborts with a message: an invariant that the code under test promises does not hold.
[[noreturn]] inline void violated(const char* what) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

inline void require(bool ok, const char* what) {
  if (!ok) violated(what);
}

inline void quiet_logs() { spdlog::set_level(spdlog::level::off); }

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};  // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}

// document.hpp: text (and the id and title) are valid UTF-8 without NUL bytes.
inline void check_document(const Document& doc) {
  require(utf8_valid(doc.text) && doc.text.find('\0') == std::string::npos, "document text is not clean UTF-8");
  require(utf8_valid(doc.id) && doc.id.find('\0') == std::string::npos, "document id is not clean UTF-8");
  require(utf8_valid(doc.title) && doc.title.find('\0') == std::string::npos, "document title is not clean UTF-8");
  // (or a day without its year, "--MM-DD", for the extractor to give the year the text gives away)
  const bool day_only = doc.date.size() == 7 && doc.date.starts_with("--") && doc.date[4] == '-';
  require(doc.date.empty() || doc.date.size() == 10 || day_only, "document date is not ISO YYYY-MM-DD or --MM-DD");
}

}  // namespace evkg::fuzz
