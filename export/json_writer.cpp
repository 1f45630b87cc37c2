// Node-link JSON writer (networkx.node_link_graph(data, edges="links") and D3 read it):
//   {"directed":true,"multigraph":true,"graph":{"name":...},"nodes":[
//   {"id":...,"label":...,...},
//   ...
//   ],"links":[
//   {"source":...,"target":...,"key":0,"relation":...,...},
//   ...
//   ]}
// One node or link per line, in the bytes RapidJSON's Writer would write (JsonOut below), handed to
// the Sink in chunks. Every attribute is always written, lists as arrays; `key` numbers
// the parallel edges of one (source, target) pair in sorted order. Doubles use the shortest form that
// reads back exactly; NaN and infinities, which JSON cannot hold, are written as null.
#include "export/json_writer.hpp"

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

// JSON text written straight into the output buffer, byte for byte what RapidJSON's Writer writes
// (no spaces; '"', '\\' and control characters escaped, \b \t \n \f \r by name and the others
// as \u00XX; everything else as it is), without its per-byte copying.
class JsonOut {
  // Whether one of 8 bytes is a control character, '"' or '\\' (exact: see "Bit Twiddling Hacks").
  static bool needs_escape(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t k01 = 0x0101010101010101ULL;
    constexpr std::uint64_t k80 = 0x8080808080808080ULL;
    auto has_zero = [&](std::uint64_t v) { return (v - k01) & ~v & k80; };
    return (has_zero(w ^ (k01 * '"')) | has_zero(w ^ (k01 * '\\')) | ((w - k01 * 0x20) & ~w & k80)) != 0;
  }

 public:
  explicit JsonOut(Sink& sink) : out_(sink), s_(out_.text()) {}

  // Text between the values.
  void raw(std::string_view s) { s_ += s; }
  // Starts a new top-level value.
  void begin_value() { first_ = true; }

  // A member name: one of the writer's own, which need no escaping.
  void key(std::string_view k) {
    if (!first_) s_ += ',';
    first_ = false;
    s_ += '"';
    s_ += k;
    s_ += "\":";
  }
  void string(std::string_view s) {
    if (!ascii(s) && !utf8_valid(s)) {
      utf8_repair(s, repaired_);
      s = repaired_;
    }
    s_ += '"';
    std::size_t copied = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      // eight bytes at a time while none needs escaping
      while (i + 8 <= s.size() && !needs_escape(s.data() + i)) i += 8;
      if (i == s.size()) break;
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      s_.append(s.data() + copied, i - copied);
      copied = i + 1;
      s_ += '\\';
      switch (c) {
        case '"': s_ += '"'; break;
        case '\\': s_ += '\\'; break;
        case '\b': s_ += 'b'; break;
        case '\t': s_ += 't'; break;
        case '\n': s_ += 'n'; break;
        case '\f': s_ += 'f'; break;
        case '\r': s_ += 'r'; break;
        default: {
          static constexpr char kHex[] = "0123456789ABCDEF";
          s_ += "u00";
          s_ += kHex[c >> 4];
          s_ += kHex[c & 0xF];
        }
      }
    }
    s_.append(s.data() + copied, s.size() - copied);
    s_ += '"';
  }
  void member(std::string_view k, std::string_view s) {
    key(k);
    string(s);
  }
  void member(std::string_view k, const std::vector<std::string>& list) {
    key(k);
    s_ += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i != 0) s_ += ',';
      string(list[i]);
    }
    s_ += ']';
  }
  void member(std::string_view k, double v) {
    key(k);
    if (!std::isfinite(v)) {
      s_ += "null";
      return;
    }
    append_json_double(s_, v);
  }
  void member(std::string_view k, std::uint64_t v) {
    key(k);
    append_uint(s_, v);
  }
  void start_object() {
    s_ += '{';
    first_ = true;
  }
  void end_object() {
    s_ += '}';
    first_ = false;
  }

  void flush_if_full() { out_.flush_if_full(); }
  void flush() { out_.flush(); }

 private:
  OutputBuffer out_;
  std::string& s_;
  bool first_ = true;
  std::string repaired_;
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
