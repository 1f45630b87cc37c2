// Graphviz DOT writer. The output is laid out by both `dot` and `sfdp` without a warning: every id
// and attribute value is a quoted, escaped string (export/dot_escape.hpp), labels are shortened, and
// a legend cluster lists the node types and relations that occur.
#include "export/dot_writer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "export/dot_escape.hpp"
#include "export/dot_style.hpp"
#include "export/output_buffer.hpp"
#include "export/vertex_ids.hpp"

namespace evkg {

namespace {

constexpr std::size_t kNodeLabelMax = 80;    // code points shown of a node label
constexpr std::size_t kObjectMax = 40;       // ... of the object of pledged / rejected
constexpr std::size_t kRelationMax = 30;     // ... of a relation outside the known list

// Layout choices, measured on a 300-node, 600-edge graph with Graphviz 2.43:
//  - edge text is an xlabel, placed after layout: a plain edge label becomes a virtual node in `dot`
//    and doubles the ranks (about a minute instead of about a second);
//  - nslimit/mclimit bound dot's network-simplex and crossing-minimisation passes;
//  - splines is left to each engine's default (dot: splines; sfdp: lines), since splines=true makes
//    sfdp route around every node (45 s instead of 0.5 s);
//  - overlap=false removes node overlaps in sfdp (ignored by dot).
constexpr std::string_view kGraphDefaults =
    "  graph [rankdir=\"LR\", overlap=\"false\", concentrate=\"false\", fontname=\"Helvetica\", "
    "fontsize=\"10\", nodesep=\"0.25\", ranksep=\"0.8\", nslimit=\"0.2\", mclimit=\"0.5\", "
    "outputorder=\"edgesfirst\", forcelabels=\"true\"];\n"
    "  node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\", color=\"#4d4d4d\", penwidth=\"0.8\"];\n"
    "  edge [fontname=\"Helvetica\", fontsize=\"8\", arrowsize=\"0.6\"];\n";

bool reported(std::string_view status) { return status.empty() || status == "reported"; }

void append_attr(std::string& s, std::string_view name, std::string_view constant_value) {
  s += ", ";
  s += name;
  s += "=\"";
  s += constant_value;
  s += '"';
}

// A prefix for the legend's node ids that no node id of the graph starts with.
std::string legend_prefix(const EventGraph& g) {
  const auto& gr = g.graph();
  std::size_t underscores = 0;
  for (bool clash = true; clash;) {
    clash = false;
    for (const auto v : boost::make_iterator_range(boost::vertices(gr))) {
      const std::string_view id = gr[v].id;
      if (id.size() > underscores && id.find_first_not_of('_') == underscores &&
          id.substr(underscores).starts_with("legend:")) {
        clash = true;
        ++underscores;
        break;
      }
    }
  }
  std::string prefix(underscores, '_');
  prefix += "legend:";
  return prefix;
}

void write_legend(std::string& s, const EventGraph& g, const std::vector<bool>& types,
                  const std::vector<bool>& relations, bool dashed) {
  const std::string prefix = legend_prefix(g);
  s += "  subgraph \"cluster_legend\" {\n";
  s += "    graph [label=\"Legend\", fontsize=\"9\", style=\"rounded\", color=\"#999999\"];\n";
  const auto ns = node_styles();
  for (std::size_t i = 0; i < ns.size(); ++i) {
    if (!types[i]) continue;
    s += "    ";
    append_dot_id(s, prefix + "type:" + std::string(ns[i].category));
    s += " [label=\"";
    s += ns[i].category;
    s += '"';
    append_attr(s, "shape", ns[i].shape);
    append_attr(s, "fillcolor", ns[i].fill);
    append_attr(s, "fontsize", "8");
    append_attr(s, "height", "0.3");
    s += "];\n";
  }
  // Relations as coloured text rather than edges: an edge would span a whole rank of the layout.
  auto relation_entry = [&](std::string_view name, std::string_view color, std::string_view arrow) {
    s += "    ";
    append_dot_id(s, prefix + "relation:" + std::string(name));
    s += " [label=\"";
    s += arrow;
    s += ' ';
    s += name;
    s += '"';
    append_attr(s, "shape", "plaintext");
    append_attr(s, "style", "solid");
    append_attr(s, "fontcolor", color);
    append_attr(s, "fontsize", "8");
    append_attr(s, "height", "0.15");
    append_attr(s, "margin", "0.02");
    s += "];\n";
  };
  const auto rs = relation_styles();
  for (std::size_t i = 0; i < rs.size(); ++i) {
    if (relations[i]) relation_entry(rs[i].category, rs[i].color, "\u2192");
  }
  if (dashed) relation_entry("not reported (dashed)", "#666666", "\u21e2");
  s += "  }\n";
}

}  // namespace

void write_dot(const EventGraph& g, Sink& sink) {
  const auto& gr = g.graph();
  OutputBuffer out(sink);
  std::string& s = out.text();
  s += "digraph ";
  append_dot_id(s, gr[boost::graph_bundle].name);
  s += " {\n";
  s += kGraphDefaults;

  std::vector<bool> types_present(node_styles().size(), false);
  std::vector<bool> relations_present(relation_styles().size(), false);
  bool dashed_present = false;

  for (const auto v : g.sorted_vertices()) {
    const auto& n = gr[v];
    const auto style_index = node_style_index(n.type);
    const auto& style = node_styles()[style_index];
    types_present[style_index] = true;
    s += "  ";
    append_dot_id(s, n.id);
    s += " [label=\"";
    // A node without a label shows its id rather than an empty shape.
    append_dot_label_text(s, n.label.empty() ? n.id : n.label, kNodeLabelMax);
    s += '"';
    append_attr(s, "shape", style.shape);
    append_attr(s, "fillcolor", style.fill);
    s += "];\n";
    out.flush_if_full();
  }

  const VertexIds ids(gr);
  for (const auto e : g.sorted_edges()) {
    const auto& p = gr[e];
    const auto style_index = relation_style_index(p.relation);
    const auto& style = relation_styles()[style_index];
    relations_present[style_index] = true;
    const bool is_dashed = !reported(p.status);
    dashed_present = dashed_present || is_dashed;
    s += "  ";
    append_dot_id(s, ids[boost::source(e, gr)]);
    s += " -> ";
    append_dot_id(s, ids[boost::target(e, gr)]);
    s += " [xlabel=\"";
    append_dot_label_text(s, p.relation, kRelationMax);
    if (!p.object.empty() && (p.relation == "pledged" || p.relation == "rejected")) {
      s += ": ";
      append_dot_label_text(s, p.object, kObjectMax);
    }
    if (is_dashed) {
      s += " (";
      append_dot_label_text(s, p.status, kRelationMax);
      s += ')';
    }
    s += '"';
    append_attr(s, "color", style.color);
    append_attr(s, "fontcolor", style.color);
    if (is_dashed) append_attr(s, "style", "dashed");
    s += "];\n";
    out.flush_if_full();
  }

  if (g.num_nodes() != 0) write_legend(s, g, types_present, relations_present, dashed_present);
  s += "}\n";
  out.flush();
}

}  // namespace evkg
