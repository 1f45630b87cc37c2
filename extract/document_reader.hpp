// Reading inputs into documents, one at a time (the corpus is never held in memory).
// An input is a file, a directory (read recursively, files in sorted path order, symlinks to
// directories not followed, non-regular files skipped with a warning), or "-" for standard input.
// Files ending in .jsonl/.ndjson are JSON Lines, .json a JSON array (or one object) of records
// {id, title, date, text, url}; anything else is a plain-text article whose id is the file name
// without extension. Standard input is JSON when it starts with '{' or '[', else one article "stdin".
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/document.hpp"

namespace evkg {

struct ReadOptions {
  bool skip_bad_records = false;  // a malformed JSON Lines record is skipped and counted, not fatal
};

struct ReadStats {
  std::uint64_t documents = 0;
  std::uint64_t bytes = 0;
  std::uint64_t skipped_files = 0;
  std::uint64_t skipped_records = 0;
  std::uint64_t invalid_utf8 = 0;  // documents in which invalid UTF-8 was replaced
};

// Lists the files an input names, in the order they are read. Throws evkg::Error for a missing
// input or an unreadable directory.
std::vector<std::string> list_input_files(const std::string& input, ReadStats& stats);

// Calls sink for every document of every input, in order. Throws evkg::Error ("file:line:col: ...")
// on malformed input (unless skip_bad_records and the input is JSON Lines).
void read_documents(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                    ReadStats& stats, const ReadOptions& options = {});

// Parses one buffer of JSON Lines or JSON records (used for files and stdin; `name` is for messages).
void parse_json_records(std::string_view bytes, const std::string& name, bool json_lines,
                        const std::function<void(Document&&)>& sink, ReadStats& stats,
                        const ReadOptions& options);

}  // namespace evkg
