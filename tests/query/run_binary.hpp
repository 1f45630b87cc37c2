// Running the evkg binary from the tests: exit status, stdout and stderr kept apart.
#pragma once
#include <string>
#include <vector>

namespace evkg::test {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// A fresh directory under the system's temporary directory, removed with its contents at the end.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string slurp(const std::string& path);

// Runs `program args...` (each argument one shell word) and returns what it did.
RunResult run(const std::string& program, const std::vector<std::string>& args);
// The same with EVKG_BINARY.
RunResult run_evkg(const std::vector<std::string>& args);

}  // namespace evkg::test
