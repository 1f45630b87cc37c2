// Fuzz target: the map step's records (export/assertions_jsonl.hpp). The bytes are a file read by
// read_assertions_file (in pieces); every record it accepts must write and read back to the same line.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "export/assertions_jsonl.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {
std::string g_path;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): one per process

void remove_temporary() { std::remove(g_path.c_str()); }
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  const char* dir = std::getenv("TMPDIR");
  g_path = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/evkg-fuzz-assertions-" +
           std::to_string(::getpid()) + ".jsonl";
  std::atexit(remove_temporary);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::FILE* f = std::fopen(g_path.c_str(), "wb");
  if (f == nullptr) evkg::fuzz::violated("cannot write the temporary file");
  const bool written = std::fwrite(data, 1, size, f) == size;
  if (std::fclose(f) != 0 || !written) evkg::fuzz::violated("cannot write the temporary file");
  std::vector<evkg::DocumentResult> records;
  try {
    evkg::read_assertions_file(g_path, [&](evkg::DocumentResult&& r) { records.push_back(std::move(r)); });
  } catch (const evkg::Error&) {
    // rejected with a message: fine (records before the bad line are still checked)
  }
  for (const auto& r : records) {
    std::string line;
    evkg::append_assertions_line(r, line);
    evkg::fuzz::require(!line.empty() && line.back() == '\n', "a record line does not end with a line feed");
    line.pop_back();
    evkg::DocumentResult again;
    try {
      again = evkg::parse_assertions_line(line, "rewritten");
    } catch (const evkg::Error& e) {
      std::fprintf(stderr, "%s\n", e.what());
      evkg::fuzz::violated("parse_assertions_line rejects what append_assertions_line wrote");
    }
    std::string line2;
    evkg::append_assertions_line(again, line2);
    line2.pop_back();
    evkg::fuzz::require(line2 == line, "a record does not survive a write/read round trip");
  }
  return 0;
}
