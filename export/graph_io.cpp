// Graph files: the format follows the extension (case-insensitive); writing is atomic.
#include "export/graph_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/sink.hpp"
#include "export/dot_writer.hpp"
#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_reader.hpp"
#include "export/json_writer.hpp"

namespace evkg {

namespace {

std::string lower_extension(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const auto base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(base.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return ext;
}

std::string read_whole_file(const std::string& path) {
  struct Closer {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, Closer> f(std::fopen(path.c_str(), "rb"));
  if (!f) throw Error(path + ": cannot read: " + std::strerror(errno));
  std::string bytes;
  char buf[1 << 16];
  for (;;) {
    const auto n = std::fread(buf, 1, sizeof buf, f.get());
    bytes.append(buf, n);
    if (n < sizeof buf) break;
  }
  if (std::ferror(f.get())) throw Error(path + ": cannot read: " + std::strerror(errno != 0 ? errno : EIO));
  return bytes;
}

}  // namespace

std::optional<GraphFormat> format_from_path(std::string_view path) {
  const auto ext = lower_extension(path);
  if (ext == "graphml" || ext == "xml") return GraphFormat::kGraphML;
  if (ext == "dot" || ext == "gv") return GraphFormat::kDot;
  if (ext == "json") return GraphFormat::kJson;
  return std::nullopt;
}

void write_graph_file(const EventGraph& g, const std::string& path) {
  const auto format = format_from_path(path);
  if (!format) throw Error(path + ": unknown output format (use .graphml, .dot, .gv or .json)");
  AtomicFile file(path);
  FileSink sink(file);
  switch (*format) {
    case GraphFormat::kGraphML: write_graphml(g, sink); break;
    case GraphFormat::kDot: write_dot(g, sink); break;
    case GraphFormat::kJson: write_json(g, sink); break;
  }
  file.commit();
}

EventGraph read_graph_file(const std::string& path) {
  const auto format = format_from_path(path);
  if (!format) throw Error(path + ": unknown input format (use .graphml, .xml or .json)");
  if (*format == GraphFormat::kDot) throw Error(path + ": reading DOT is not supported");
  const std::string bytes = read_whole_file(path);
  return *format == GraphFormat::kGraphML ? read_graphml(bytes, path) : read_json_graph(bytes, path);
}

}  // namespace evkg
