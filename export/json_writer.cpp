// Node-link JSON writer (networkx.node_link_graph(data, edges="links") and D3 read it):
//   {"directed":true,"multigraph":true,"graph":{"name":...},"nodes":[
//   {"id":...,"label":...,...},
//   ...
//   ],"links":[
//   {"source":...,"target":...,"key":0,"relation":...,...},
//   ...
//   ]}
// One node or link per line (RapidJSON Writer, one root value at a time, into a StringBuffer that
// is handed to the Sink in chunks). Every attribute is always written, lists as arrays; `key` numbers
// the parallel edges of one (source, target) pair in sorted order. Doubles use the shortest form that
// reads back exactly; NaN and infinities, which JSON cannot hold, are written as null.
#include "export/json_writer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.hpp"
#include "export/number_text.hpp"
#include "export/output_buffer.hpp"
#include "export/vertex_ids.hpp"

namespace evkg {

namespace {

// Most strings are ASCII: checked eight bytes at a time before the full UTF-8 check.
bool ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

class JsonOut {
 public:
  explicit JsonOut(Sink& sink) : sink_(sink), writer_(buf_) {}

  // Text between the root values written with the Writer.
  void raw(std::string_view s) { std::memcpy(buf_.Push(s.size()), s.data(), s.size()); }
  // Starts a new root value (the writer checks one value at a time).
  void begin_value() { writer_.Reset(buf_); }

  void key(std::string_view k) { writer_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void string(std::string_view s) {
    if (!ascii(s) && !utf8_valid(s)) {
      utf8_repair(s, repaired_);
      s = repaired_;
    }
    writer_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void member(std::string_view k, std::string_view s) {
    key(k);
    string(s);
  }
  void member(std::string_view k, const std::vector<std::string>& list) {
    key(k);
    writer_.StartArray();
    for (const auto& s : list) string(s);
    writer_.EndArray();
  }
  void member(std::string_view k, double v) {
    key(k);
    if (!std::isfinite(v)) {
      writer_.Null();
      return;
    }
    number_.clear();
    append_json_double(number_, v);
    writer_.RawValue(number_.data(), number_.size(), rapidjson::kNumberType);
  }
  void member(std::string_view k, std::uint64_t v) {
    key(k);
    writer_.Uint64(v);
  }
  void start_object() { writer_.StartObject(); }
  void end_object() { writer_.EndObject(); }

  void flush_if_full() {
    if (buf_.GetSize() >= OutputBuffer::kChunk) flush();
  }
  void flush() {
    if (buf_.GetSize() == 0) return;
    sink_.write(std::string_view(buf_.GetString(), buf_.GetSize()));
    buf_.Clear();
  }

 private:
  Sink& sink_;
  rapidjson::StringBuffer buf_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
  std::string repaired_;
  std::string number_;
};

}  // namespace

void write_json(const EventGraph& g, Sink& sink) {
  const auto& gr = g.graph();
  JsonOut out(sink);
  out.raw("{\"directed\":true,\"multigraph\":true,\"graph\":");
  out.begin_value();
  out.start_object();
  out.member("name", gr[boost::graph_bundle].name);
  out.end_object();

  out.raw(",\"nodes\":[");
  bool first = true;
  for (const auto v : g.sorted_vertices()) {
    const auto& n = gr[v];
    out.raw(first ? "\n" : ",\n");
    first = false;
    out.begin_value();
    out.start_object();
    out.member("id", n.id);
    out.member("label", n.label);
    out.member("type", n.type);
    out.member("aliases", n.aliases);
    out.member("country", n.country);
    out.member("affiliation", n.affiliation);
    out.member("role", n.role);
    out.member("date", n.date);
    out.member("location", n.location);
    out.member("mentions", std::uint64_t{n.mentions});
    out.member("sources", n.sources);
    out.end_object();
    out.flush_if_full();
  }

  out.raw("\n],\"links\":[");
  const VertexIds ids(gr);
  first = true;
  Vertex last_source = 0;
  Vertex last_target = 0;
  std::uint64_t key = 0;
  const auto edges = g.sorted_edges();
  for (std::size_t i = 0; i < edges.size(); ++i) {
    // The edges' properties are scattered in memory: ask for one a few edges ahead.
    if (i + 8 < edges.size()) __builtin_prefetch(&gr[edges[i + 8]]);
    const auto e = edges[i];
    const auto& p = gr[e];
    const Vertex s = boost::source(e, gr);
    const Vertex t = boost::target(e, gr);
    key = (!first && s == last_source && t == last_target) ? key + 1 : 0;
    last_source = s;
    last_target = t;
    out.raw(first ? "\n" : ",\n");
    first = false;
    out.begin_value();
    out.start_object();
    out.member("source", ids[s]);
    out.member("target", ids[t]);
    out.member("key", key);
    out.member("relation", p.relation);
    out.member("date", p.date);
    out.member("place", p.place);
    out.member("event", p.event);
    out.member("object", p.object);
    out.member("status", p.status);
    out.member("weight", p.weight);
    out.member("confidence", p.confidence);
    out.member("sources", p.sources);
    out.member("evidence", p.evidence);
    out.member("provenance", p.provenance);
    out.end_object();
    out.flush_if_full();
  }
  out.raw("\n]}\n");
  out.flush();
}

}  // namespace evkg
