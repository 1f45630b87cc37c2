// GraphML 1.0 writer. Deterministic bytes: keys in a fixed order (always all declared), nodes by id,
// edges in EventGraph::sorted_edges() order with ids e0, e1, ... A <data> element is left out when
// its value is empty. Strings are escaped in one pass (export/xml_escape.hpp); doubles are written in
// the shortest form that reads back exactly; list values (aliases, sources, provenance) are joined
// with "; " (export/list_text.hpp). The graph's name is the <desc> of the <graph> element.
#include "export/graphml_writer.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "export/list_text.hpp"
#include "export/number_text.hpp"
#include "export/output_buffer.hpp"
#include "export/xml_escape.hpp"

namespace evkg {

namespace {

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- Written by evkg. List values (aliases, sources, provenance) are joined with \"; \". -->\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"n_type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
    "  <key id=\"n_aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
    "  <key id=\"n_country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n"
    "  <key id=\"n_affiliation\" for=\"node\" attr.name=\"affiliation\" attr.type=\"string\"/>\n"
    "  <key id=\"n_role\" for=\"node\" attr.name=\"role\" attr.type=\"string\"/>\n"
    "  <key id=\"n_date\" for=\"node\" attr.name=\"date\" attr.type=\"string\"/>\n"
    "  <key id=\"n_location\" for=\"node\" attr.name=\"location\" attr.type=\"string\"/>\n"
    "  <key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
    "  <key id=\"n_sources\" for=\"node\" attr.name=\"sources\" attr.type=\"string\"/>\n"
    "  <key id=\"e_relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
    "  <key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"e_date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n"
    "  <key id=\"e_place\" for=\"edge\" attr.name=\"place\" attr.type=\"string\"/>\n"
    "  <key id=\"e_object\" for=\"edge\" attr.name=\"object\" attr.type=\"string\"/>\n"
    "  <key id=\"e_status\" for=\"edge\" attr.name=\"status\" attr.type=\"string\"/>\n"
    "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    "  <key id=\"e_confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
    "  <key id=\"e_sources\" for=\"edge\" attr.name=\"sources\" attr.type=\"string\"/>\n"
    "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <key id=\"e_provenance\" for=\"edge\" attr.name=\"provenance\" attr.type=\"string\"/>\n"
    "  <graph id=\"G\" edgedefault=\"directed\">\n";

constexpr std::string_view kFooter = "  </graph>\n</graphml>\n";

// Appends `      <data key="KEY">VALUE</data>\n`, or nothing when the escaped value is empty (the
// value may consist only of characters XML cannot hold).
class DataWriter {
 public:
  explicit DataWriter(std::string& s) : s_(s) {}

  void text(std::string_view key, std::string_view value) {
    if (value.empty()) return;
    const auto mark = open(key);
    append_xml_escaped(s_, value, XmlContext::kText);
    close(mark);
  }
  void list(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    const auto mark = open(key);
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i != 0) s_ += kListSeparator;
      append_xml_escaped(s_, values[i], XmlContext::kText);
    }
    close(mark);
  }
  void number(std::string_view key, double v) {
    const auto mark = open(key);
    append_double(s_, v);
    close(mark);
  }
  void number(std::string_view key, std::uint64_t v) {
    const auto mark = open(key);
    append_uint(s_, v);
    close(mark);
  }

 private:
  struct Mark {
    std::size_t start;    // where the element begins
    std::size_t content;  // where its content begins
  };
  Mark open(std::string_view key) {
    const auto start = s_.size();
    s_ += "      <data key=\"";
    s_ += key;
    s_ += "\">";
    return {start, s_.size()};
  }
  void close(Mark m) {
    if (s_.size() == m.content) {
      s_.resize(m.start);
      return;
    }
    s_ += "</data>\n";
  }
  std::string& s_;
};

}  // namespace

void write_graphml(const EventGraph& g, Sink& sink) {
  const auto& gr = g.graph();
  OutputBuffer out(sink);
  std::string& s = out.text();
  DataWriter data(s);
  s += kHeader;
  s += "    <desc>";
  append_xml_escaped(s, gr[boost::graph_bundle].name, XmlContext::kText);
  s += "</desc>\n";

  for (const auto v : g.sorted_vertices()) {
    const auto& n = gr[v];
    s += "    <node id=\"";
    append_xml_escaped(s, n.id, XmlContext::kAttribute);
    s += "\">\n";
    data.text("n_label", n.label);
    data.text("n_type", n.type);
    data.list("n_aliases", n.aliases);
    data.text("n_country", n.country);
    data.text("n_affiliation", n.affiliation);
    data.text("n_role", n.role);
    data.text("n_date", n.date);
    data.text("n_location", n.location);
    data.number("n_mentions", n.mentions);
    data.list("n_sources", n.sources);
    s += "    </node>\n";
    out.flush_if_full();
  }

  std::size_t edge_number = 0;
  for (const auto e : g.sorted_edges()) {
    const auto& p = gr[e];
    s += "    <edge id=\"e";
    append_uint(s, edge_number++);
    s += "\" source=\"";
    append_xml_escaped(s, gr[boost::source(e, gr)].id, XmlContext::kAttribute);
    s += "\" target=\"";
    append_xml_escaped(s, gr[boost::target(e, gr)].id, XmlContext::kAttribute);
    s += "\">\n";
    data.text("e_relation", p.relation);
    data.text("e_label", p.relation);
    data.text("e_date", p.date);
    data.text("e_place", p.place);
    data.text("e_object", p.object);
    data.text("e_status", p.status);
    data.number("e_weight", p.weight);
    data.number("e_confidence", p.confidence);
    data.list("e_sources", p.sources);
    data.text("e_evidence", p.evidence);
    data.list("e_provenance", p.provenance);
    s += "    </edge>\n";
    out.flush_if_full();
  }

  s += kFooter;
  out.flush();
}

}  // namespace evkg
