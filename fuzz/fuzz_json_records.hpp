// The body of the two JSON record targets (JSON Lines and JSON arrays): the reader's path for a
// .jsonl / .json file, with and without --skip-bad-records.
#pragma once
#include "core/error.hpp"
#include "extract/document_reader.hpp"
#include "extract/encoding.hpp"
#include "fuzz/fuzz_support.hpp"

namespace evkg::fuzz {

inline void fuzz_json_records(const std::uint8_t* data, std::size_t size, bool json_lines) {
  const std::string utf8 = bytes_to_utf8(as_view(data, size));
  for (const bool skip : {false, true}) {
    if (skip && !json_lines) break;
    ReadStats stats;
    ReadOptions options;
    options.skip_bad_records = skip;
    try {
      parse_json_records(utf8, "fuzz.json", json_lines, [](Document&& doc) { check_document(doc); }, stats, options);
    } catch (const Error&) {
      require(!skip, "an error escaped --skip-bad-records in JSON Lines");
    }
  }
}

}  // namespace evkg::fuzz
