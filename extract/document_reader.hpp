// Reading inputs into documents, one at a time (the corpus is never held in memory).
// An input is a file, a directory (read recursively, files in sorted path order, symlinks to
// directories not followed, non-regular files skipped with a warning), or "-" for standard input.
// Files ending in .jsonl/.ndjson are JSON Lines, .json a JSON array (or one object) of records
// {id, title, date, text, url}; anything else is a plain-text article whose id is the file name
// without extension. Standard input is JSON when it starts with '{' or '[', else one article "stdin".
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
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

// Where messages about an input go: read_documents() logs them; a pipeline that reads files on
// several threads holds them, to log them in input order.
using WarnSink = std::function<void(std::string&&)>;
void log_warning(std::string&& message);

void add(ReadStats& into, const ReadStats& from);

// True for a file read as one plain-text article (not JSON, not standard input): such a file can be
// read apart from the listing, by whoever extracts it.
bool is_plain_article_path(const std::string& path);

// Reads listed files one at a time (keeping the directory of the previous file open, so that the
// next one in it is opened by its name). One per thread.
class FileReader {
 public:
  FileReader();
  ~FileReader();
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  // Calls sink for every document of the file. A file that cannot be read is skipped with a warning
  // and counted, unless it was `named` on the command line: then it throws evkg::Error, as malformed
  // input always does.
  void read(const std::string& path, bool named, const std::function<void(Document&&)>& sink, ReadStats& stats,
            const ReadOptions& options, const WarnSink& warn);

 private:
  struct Directory;
  std::unique_ptr<Directory> dir_;
};

// A plain-text article file handed over instead of read (see read_documents).
using DeferFile = std::function<void(std::string&& path, bool named)>;

// Calls sink for every document of every input, in order. Throws evkg::Error ("file:line:col: ...")
// on malformed input (unless skip_bad_records and the input is JSON Lines). With `defer`, plain-text
// article files are not read but handed to it, in their place in the order, to be read with a
// FileReader.
void read_documents(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                    ReadStats& stats, const ReadOptions& options = {}, const DeferFile& defer = {});

// Parses one buffer of JSON Lines or JSON records (used for files and stdin; `name` is for messages).
void parse_json_records(std::string_view bytes, const std::string& name, bool json_lines,
                        const std::function<void(Document&&)>& sink, ReadStats& stats,
                        const ReadOptions& options);

}  // namespace evkg
