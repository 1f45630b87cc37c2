// The one exception type evkg throws for bad input or I/O: its message is a full one-line error
// naming the file and what is wrong ("articles.jsonl:3:14: missing a comma ...").
#pragma once
#include <stdexcept>
#include <string>

namespace evkg {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace evkg
