// GraphML 1.0 writer. Deterministic bytes: keys in a fixed order (always all declared), nodes by id,
// edges in EventGraph::sorted_edges() order with ids e0, e1, ... A <data> element is left out when
// its value is empty. Strings are escaped in one pass (export/xml_escape.hpp); doubles are written in
// the shortest form that reads back exactly; list values (aliases, sources, provenance) are joined
// with "; " (export/list_text.hpp). The graph's name is the <desc> of the <graph> element. Node ids
// are written as they are: evkg's ids are NMTOKENs (core/slug.hpp), as the schema wants; any other
// id still gives a well-formed file that reads back, but not a schema-valid one.
#include "export/graphml_writer.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "export/list_text.hpp"
#include "export/number_text.hpp"
#include "export/output_buffer.hpp"
#include "export/vertex_ids.hpp"
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
    "  <key id=\"e_event\" for=\"edge\" attr.name=\"event\" attr.type=\"string\"/>\n"
    "  <key id=\"e_object\" for=\"edge\" attr.name=\"object\" attr.type=\"string\"/>\n"
    "  <key id=\"e_status\" for=\"edge\" attr.name=\"status\" attr.type=\"string\"/>\n"
    "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    "  <key id=\"e_confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
    "  <key id=\"e_sources\" for=\"edge\" attr.name=\"sources\" attr.type=\"string\"/>\n"
    "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <key id=\"e_provenance\" for=\"edge\" attr.name=\"provenance\" attr.type=\"string\"/>\n"
    "  <graph id=\"G\" edgedefault=\"directed\">\n";

// Opening tags of the <data> elements, by key.
constexpr std::string_view kNLabel = "      <data key=\"n_label\">";
constexpr std::string_view kNType = "      <data key=\"n_type\">";
constexpr std::string_view kNAliases = "      <data key=\"n_aliases\">";
constexpr std::string_view kNCountry = "      <data key=\"n_country\">";
constexpr std::string_view kNAffiliation = "      <data key=\"n_affiliation\">";
constexpr std::string_view kNRole = "      <data key=\"n_role\">";
constexpr std::string_view kNDate = "      <data key=\"n_date\">";
constexpr std::string_view kNLocation = "      <data key=\"n_location\">";
constexpr std::string_view kNMentions = "      <data key=\"n_mentions\">";
constexpr std::string_view kNSources = "      <data key=\"n_sources\">";
constexpr std::string_view kERelation = "      <data key=\"e_relation\">";
constexpr std::string_view kELabel = "      <data key=\"e_label\">";
constexpr std::string_view kEDate = "      <data key=\"e_date\">";
constexpr std::string_view kEPlace = "      <data key=\"e_place\">";
constexpr std::string_view kEEvent = "      <data key=\"e_event\">";
constexpr std::string_view kEObject = "      <data key=\"e_object\">";
constexpr std::string_view kEStatus = "      <data key=\"e_status\">";
constexpr std::string_view kEWeight = "      <data key=\"e_weight\">";
constexpr std::string_view kEConfidence = "      <data key=\"e_confidence\">";
constexpr std::string_view kESources = "      <data key=\"e_sources\">";
constexpr std::string_view kEEvidence = "      <data key=\"e_evidence\">";
constexpr std::string_view kEProvenance = "      <data key=\"e_provenance\">";

constexpr std::string_view kFooter = "  </graph>\n</graphml>\n";

// Appends `      <data key="KEY">VALUE</data>\n` given the opening tag, or nothing when the escaped
// value is empty (the value may consist only of characters XML cannot hold).
class DataWriter {
 public:
  explicit DataWriter(std::string& s) : s_(s) {}

  void text(std::string_view tag, std::string_view value) {
    if (value.empty()) return;
    const auto mark = open(tag);
    append_xml_escaped(s_, value, XmlContext::kText);
    close(mark);
  }
  void list(std::string_view tag, const std::vector<std::string>& values) {
    if (values.empty()) return;
    const auto mark = open(tag);
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i != 0) s_ += kListSeparator;
      append_xml_escaped(s_, values[i], XmlContext::kText);
    }
    close(mark);
  }
  void number(std::string_view tag, double v) {
    const auto mark = open(tag);
    append_double(s_, v);
    close(mark);
  }
  void number(std::string_view tag, std::uint64_t v) {
    const auto mark = open(tag);
    append_uint(s_, v);
    close(mark);
  }

 private:
  struct Mark {
    std::size_t start;    // where the element begins
    std::size_t content;  // where its content begins
  };
  Mark open(std::string_view tag) {
    const auto start = s_.size();
    s_ += tag;
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
    data.text(kNLabel, n.label);
    data.text(kNType, n.type);
    data.list(kNAliases, n.aliases);
    data.text(kNCountry, n.country);
    data.text(kNAffiliation, n.affiliation);
    data.text(kNRole, n.role);
    data.text(kNDate, n.date);
    data.text(kNLocation, n.location);
    data.number(kNMentions, n.mentions);
    data.list(kNSources, n.sources);
    s += "    </node>\n";
    out.flush_if_full();
  }

  const VertexIds ids(gr);
  std::size_t edge_number = 0;
  const auto edges = g.sorted_edges();
  for (std::size_t i = 0; i < edges.size(); ++i) {
    // The edges' properties are scattered in memory: ask for one a few edges ahead.
    if (i + 8 < edges.size()) __builtin_prefetch(&gr[edges[i + 8]]);
    const auto e = edges[i];
    const auto& p = gr[e];
    s += "    <edge id=\"e";
    append_uint(s, edge_number++);
    s += "\" source=\"";
    append_xml_escaped(s, ids[boost::source(e, gr)], XmlContext::kAttribute);
    s += "\" target=\"";
    append_xml_escaped(s, ids[boost::target(e, gr)], XmlContext::kAttribute);
    s += "\">\n";
    data.text(kERelation, p.relation);
    data.text(kELabel, p.relation);
    data.text(kEDate, p.date);
    data.text(kEPlace, p.place);
    data.text(kEEvent, p.event);
    data.text(kEObject, p.object);
    data.text(kEStatus, p.status);
    data.number(kEWeight, p.weight);
    data.number(kEConfidence, p.confidence);
    data.list(kESources, p.sources);
    data.text(kEEvidence, p.evidence);
    data.list(kEProvenance, p.provenance);
    s += "    </edge>\n";
    out.flush_if_full();
  }

  s += kFooter;
  out.flush();
}

}  // namespace evkg
