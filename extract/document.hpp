// A news article as evkg reads it. `text` is valid UTF-8 with metadata lines removed; byte offsets
// of tokens, sentences and evidence refer to it.
#pragma once
#include <string>

namespace evkg {

struct Document {
  std::string id;      // file name without extension, or the "id" field of a JSON record
  std::string title;
  std::string date;    // ISO publication date; "--MM-DD" when a header gave no year; "" when unknown
  std::string text;
  std::string url;
  std::string origin;  // where it came from ("dir/file.txt", "feed.jsonl:12"), for messages
};

}  // namespace evkg
