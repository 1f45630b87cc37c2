// The map step's records as JSON Lines: one DocumentResult per line, every field of it and of its
// NodeProps and Assertions, so that `evkg build --from` rebuilds exactly the graph `evkg build` makes.
//   {"doc_id":..,"doc_date":..,"sentences":N,"bytes":N,
//    "entities":[{"id":..,"label":..,"type":..,"aliases":[..],"country":..,"affiliation":..,"role":..,
//                 "date":..,"location":..,"mentions":N,"sources":[..]}, ...],
//    "assertions":[{"relation":..,"subject":..,"target":..,"object":..,"date":..,"place":..,"event":..,
//                   "status":..,"confidence":X,"doc_id":..,"begin":N,"end":N,"evidence":..}, ...]}
// Doubles are written in the shortest form that reads back to the same value. Reading accepts the
// members in any order and ignores unknown ones; a missing member takes the field's default.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "graph/assertion.hpp"

namespace evkg {

// Appends one record and its '\n' to out.
void append_assertions_line(const DocumentResult& r, std::string& out);

// Parses one record (without the '\n'). Throws evkg::Error("where:column: problem").
DocumentResult parse_assertions_line(std::string_view line, const std::string& where);

// Calls sink for every record of a JSON Lines file (or "-" for standard input), in order, reading it
// in pieces: memory does not grow with the file. Blank lines are skipped. Throws evkg::Error
// ("PATH:line:column: problem") for an unreadable file or a malformed record. When `consumed` is
// given it holds, at each call of sink, the bytes of the file read up to the end of that record.
void read_assertions_file(const std::string& path, const std::function<void(DocumentResult&&)>& sink,
                          std::uint64_t* consumed = nullptr);

}  // namespace evkg
