#include "export_test_support.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "export/json_writer.hpp"
#include "core/sink.hpp"

namespace evkg::test {
namespace {

// The scratch directories handed out, removed when the test program exits (a failed test's files
// stay until then, for a look with a debugger).
struct ScratchDirs {
  std::vector<std::filesystem::path> dirs;
  ScratchDirs() = default;
  ScratchDirs(const ScratchDirs&) = delete;
  ScratchDirs& operator=(const ScratchDirs&) = delete;
  ~ScratchDirs() {
    std::error_code ec;
    for (const auto& d : dirs) std::filesystem::remove_all(d, ec);
  }
};

}  // namespace

std::filesystem::path fresh_temp_dir(const std::string& prefix) {
  static ScratchDirs scratch;
  auto d = std::filesystem::temp_directory_path() /
           (prefix + "-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
            std::to_string(::getpid()));
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  scratch.dirs.push_back(d);
  return d;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string json_of(const EventGraph& g) {
  StringSink s;
  write_json(g, s);
  return s.out;
}

const NodeProps& node(const EventGraph& g, const std::string& id) {
  const auto v = g.find(id);
  if (!v) throw std::runtime_error("no node " + id);
  return g.graph()[*v];
}

}  // namespace evkg::test
