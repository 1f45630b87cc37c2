// A wire file that keeps successive versions of one story ("--- FIRST VERSION, 09:40 ---", "---
// UPDATE 1, 13:15 -- adds quotes ---", "--- UPDATE 2, 18:50 -- corrects ... ---"): each version
// replaces the one before it, so only the last one is read. What an earlier version said and a
// later one withdrew ("Earlier versions wrongly said that Sisi was attending") is not told.
#pragma once
#include <cstddef>
#include <string_view>

namespace evkg {

// The byte offset where the last version of the story starts when the text keeps at least two
// versions, each opened by a header line; 0 when it does not. A header line, past any run of
// dashes, equals signs or asterisks, opens with "FIRST VERSION", "SECOND VERSION", "THIRD
// VERSION", "FINAL VERSION", "LATEST VERSION", "ORIGINAL VERSION", "VERSION <n>" or "UPDATE <n>"
// followed by a comma, a colon, a dash after a space, or the line's end (not a wire headline
// "UPDATE 2-U.S. quits talks", nor a version history "UPDATE 2 -- adds details. UPDATE 1 -- adds
// quotes." that stands alone).
std::size_t last_version_start(std::string_view text);

}  // namespace evkg
