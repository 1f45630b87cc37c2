// Helpers for the tests that run the evkg binary: a temporary directory, running a command line,
// the test corpus (the project's example articles, plus the seed articles when present) and a larger
// generated corpus of JSON Lines records made from the example articles.
#pragma once
#include <string>
#include <vector>

namespace evkg::test {

// A fresh directory under the system's temporary directory, removed with its contents at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string read_file(const std::string& path);

// Runs `evkg ARGS` (ARGS as a shell word list) with stdout and stderr to files in `dir`; returns the
// exit status. `err`, when given, receives stderr.
int run_evkg(const std::string& args, const TempDir& dir, std::string* err = nullptr);

// The test corpus, sorted: examples/*.txt and, when ../shared/seeds exists, its articles.
std::vector<std::string> corpus_files();

// Joins paths as shell words (single-quoted).
std::string shell_words(const std::vector<std::string>& paths);

// Writes `records` JSON Lines records (the example articles over and over, each with its own id) to
// path and returns its size in bytes.
std::size_t write_generated_corpus(const std::string& path, std::size_t records);

}  // namespace evkg::test
