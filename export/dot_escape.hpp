// Quoting for Graphviz DOT. Every id and label is written as a double-quoted string:
//  - ids: `\` -> `\\`, `"` -> `\"`, newline -> `\n`; other control characters and bytes that are not
//    valid UTF-8 become `\xHH` (a lone backslash, which escaping never produces), so distinct ids stay
//    distinct and DOT keywords (node, Edge, GRAPH, strict...) or "" are just strings.
//  - label text: every backslash escaped so that escString sequences (\N \G \E \l) are shown as typed,
//    `&` -> `&amp;` (Graphviz decodes HTML entities in labels), newline -> `\n`; control characters
//    and XML-forbidden code points removed, invalid UTF-8 replaced by U+FFFD; optionally shortened.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace evkg {

// Appends "..." including the quotes.
void append_dot_id(std::string& out, std::string_view id);

// Appends escaped label text without quotes (callers compose a label from several parts). Text longer
// than max_codepoints code points is cut there and ends with "…"; 0 means no limit.
void append_dot_label_text(std::string& out, std::string_view text, std::size_t max_codepoints = 0);

}  // namespace evkg
