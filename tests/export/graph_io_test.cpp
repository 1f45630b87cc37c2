// Graph files: format by extension, atomic writes, read errors naming the path.
#include "export/graph_io.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "export/graphml_writer.hpp"
#include "export_test_support.hpp"
#include "torture_graph.hpp"

using namespace evkg;
using evkg::test::fresh_temp_dir;
using evkg::test::slurp;
namespace fs = std::filesystem;

namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(ExportGraphIo, FormatFromPath) {
  EXPECT_EQ(format_from_path("a.graphml"), GraphFormat::kGraphML);
  EXPECT_EQ(format_from_path("dir.d/A.GraphML"), GraphFormat::kGraphML);
  EXPECT_EQ(format_from_path("a.xml"), GraphFormat::kGraphML);
  EXPECT_EQ(format_from_path("a.dot"), GraphFormat::kDot);
  EXPECT_EQ(format_from_path("a.GV"), GraphFormat::kDot);
  EXPECT_EQ(format_from_path("/x/y.tar/a.Json"), GraphFormat::kJson);
  EXPECT_EQ(format_from_path("a.txt"), std::nullopt);
  EXPECT_EQ(format_from_path("graphml"), std::nullopt);
  EXPECT_EQ(format_from_path("dir.json/file"), std::nullopt);
  EXPECT_EQ(format_from_path(".json"), std::nullopt);
  EXPECT_EQ(format_from_path(""), std::nullopt);
}

TEST(ExportGraphIo, WriteAndReadEveryFormat) {
  const auto d = fresh_temp_dir("evkg-export-io");
  const EventGraph g = test::torture_graph();
  for (const char* name : {"g.graphml", "g.XML", "g.json"}) {
    const auto p = (d / name).string();
    write_graph_file(g, p);
    const EventGraph back = read_graph_file(p);
    EXPECT_EQ(back.num_nodes(), g.num_nodes()) << name;
    EXPECT_EQ(back.num_edges(), g.num_edges()) << name;
    write_graph_file(back, p + ".again." + fs::path(name).extension().string().substr(1));
    EXPECT_EQ(slurp(p), slurp(p + ".again." + fs::path(name).extension().string().substr(1))) << name;
  }
  write_graph_file(g, (d / "g.gv").string());
  EXPECT_TRUE(slurp(d / "g.gv").starts_with("digraph "));
  StringSink s;
  write_graphml(g, s);
  EXPECT_EQ(slurp(d / "g.graphml"), s.out);
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 7) << "no temporary files left";
}

TEST(ExportGraphIo, Errors) {
  const auto d = fresh_temp_dir("evkg-export-io");
  const EventGraph g = test::tiny_graph();
  const std::string txt = (d / "g.txt").string();
  EXPECT_EQ(error_of([&] { write_graph_file(g, txt); }),
            txt + ": unknown output format (use .graphml, .dot, .gv or .json)");
  EXPECT_FALSE(fs::exists(txt));
  const std::string missing = (d / "missing.json").string();
  EXPECT_EQ(error_of([&] { read_graph_file(missing); }), missing + ": cannot read: No such file or directory");
  const std::string dir_json = (d / "dir.json").string();
  fs::create_directories(dir_json);
  EXPECT_EQ(error_of([&] { read_graph_file(dir_json); }), dir_json + ": cannot read: Is a directory");
  const std::string dot = (d / "g.dot").string();
  write_graph_file(g, dot);
  EXPECT_EQ(error_of([&] { read_graph_file(dot); }), dot + ": reading DOT is not supported");
  const std::string bad = (d / "bad.graphml").string();
  std::ofstream(bad) << "<graphml>\n  <graph>\n";
  EXPECT_EQ(error_of([&] { read_graph_file(bad); }), bad + ":3:1: unexpected end of file: <graph> is not closed");
  const std::string nodir = (d / "no" / "such" / "g.json").string();
  EXPECT_NE(error_of([&] { write_graph_file(g, nodir); }).find(nodir + ": cannot write"), std::string::npos);
}

// The JSON reader relies on a NUL after the file's bytes: a mapped file finds it in the rest of its
// last page; a file of a whole number of pages is read into a padded copy instead. Both read the
// same, and bytes after a NUL inside the file are still an error.
TEST(ExportGraphIo, JsonFilesOfAnySizeAgainstThePageSize) {
  const auto d = fresh_temp_dir("evkg-export-io");
  write_graph_file(test::tiny_graph(), (d / "tiny.json").string());
  const std::string json = slurp(d / "tiny.json");
  const EventGraph expected = read_graph_file((d / "tiny.json").string());
  for (const std::size_t size : {std::size_t{4095}, std::size_t{4096}, std::size_t{4097}, std::size_t{8192}}) {
    ASSERT_LT(json.size(), size);
    const auto p = (d / ("padded-" + std::to_string(size) + ".json")).string();
    std::ofstream(p, std::ios::binary) << json << std::string(size - json.size(), ' ');
    ASSERT_EQ(fs::file_size(p), size);
    const EventGraph back = read_graph_file(p);
    EXPECT_EQ(back.num_nodes(), expected.num_nodes()) << size;
    EXPECT_EQ(back.num_edges(), expected.num_edges()) << size;
    const auto nul = (d / ("nul-" + std::to_string(size) + ".json")).string();
    std::ofstream(nul, std::ios::binary) << json << std::string(size - json.size() - 1, ' ') << '\0';
    ASSERT_EQ(fs::file_size(nul), size);
    EXPECT_NE(error_of([&] { read_graph_file(nul); }).find(": unexpected NUL byte"), std::string::npos) << size;
  }
}
