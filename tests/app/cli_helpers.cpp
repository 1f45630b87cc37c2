#include "tests/app/cli_helpers.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace evkg::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "evkg-app-test-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string shell_words(const std::vector<std::string>& paths) {
  std::string out;
  for (const auto& p : paths) {
    if (!out.empty()) out += ' ';
    out += '\'';
    for (const char c : p) {
      if (c == '\'') out += "'\\''";
      else out += c;
    }
    out += '\'';
  }
  return out;
}

int run_evkg(const std::string& args, const TempDir& dir, std::string* err) {
  const std::string out_file = dir / "stdout.txt";
  const std::string err_file = dir / "stderr.txt";
  const std::string cmd = shell_words({EVKG_BINARY}) + " " + args + " >" + shell_words({out_file}) + " 2>" +
                          shell_words({err_file}) + " </dev/null";
  const int status = std::system(cmd.c_str());
  if (err != nullptr) *err = read_file(err_file);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const auto* dir : {EVKG_SOURCE_DIR "/examples", EVKG_SHARED_DIR "/seeds"}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::size_t write_generated_corpus(const std::string& path, std::size_t records) {
  std::vector<std::string> texts;
  for (const auto& e : fs::directory_iterator(EVKG_SOURCE_DIR "/examples")) {
    if (e.path().extension() == ".txt") texts.push_back(read_file(e.path().string()));
  }
  std::sort(texts.begin(), texts.end());
  std::ofstream out(path, std::ios::binary);
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < records; ++i) {
    std::string rec = "{\"id\":\"rec-" + std::to_string(i) + "\",\"text\":\"";
    for (const char c : texts[i % texts.size()]) {
      if (c == '"' || c == '\\') rec += '\\';
      if (c == '\n') rec += "\\n";
      else rec += c;
    }
    rec += "\"}\n";
    bytes += rec.size();
    out << rec;
  }
  return bytes;
}

}  // namespace evkg::test
