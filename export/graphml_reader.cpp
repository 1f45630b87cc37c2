// GraphML reader on top of the safe pull parser (export/xml_pull_parser.hpp). Reads what
// write_graphml writes and GraphML from other tools: keys for="all" or without attr.name (matched by
// id), <default> values, missing attributes, unknown keys and elements (ignored), edges with or
// without ids, edges before the nodes they join. Rejected with "name:line:column: problem": data
// referring to an undeclared key, duplicate node ids, edges to missing nodes, bad numbers, nested
// graphs, and anything not well-formed.
#include "export/graphml_reader.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "export/graphml_fields.hpp"
#include "export/xml_pull_parser.hpp"

namespace evkg {

namespace {

using Token = XmlPullParser::Token;

struct Key {
  bool for_node = false;
  bool for_edge = false;
  bool for_graph = false;
  NodeField node = NodeField::kNone;
  EdgeField edge = EdgeField::kNone;
  bool graph_name = false;
  std::string attr_name;
  std::string type;
};

struct PendingEdge {
  std::string source;
  std::string target;
  EdgeProps props;
  std::size_t offset;
};

class GraphmlReader {
 public:
  GraphmlReader(std::string_view bytes, const std::string& name) : p_(bytes, name) {}

  EventGraph read() {
    if (p_.next() != Token::kStartElement || p_.local_name() != "graphml") {
      p_.fail("the root element is not <graphml>");
    }
    for (Token t = p_.next(); t != Token::kEndElement; t = p_.next()) {
      if (t != Token::kStartElement) continue;
      const auto element = p_.local_name();
      if (element == "key") {
        read_key();
      } else if (element == "graph") {
        read_graph();
      } else if (element == "data") {
        data_key();  // graphml-level data: checked, not used
        skip_content();
      } else {
        skip_content();
      }
    }
    if (p_.next() != Token::kEnd) p_.fail("content after the root element");
    for (auto& e : pending_) {
      for (const auto* id : {&e.source, &e.target}) {
        if (!g_.find(*id)) p_.fail(e.offset, "edge refers to node '" + *id + "', which is not declared");
      }
      g_.add_edge(e.source, e.target, std::move(e.props));
    }
    return std::move(g_);
  }

 private:
  // Skips to the end of the element just started (its content is still checked by the parser).
  void skip_content() {
    const auto depth = p_.depth();
    while (!(p_.next() == Token::kEndElement && p_.depth() == depth - 1)) {
    }
  }

  // The text directly inside the element just started (child elements skipped).
  const std::string& text_content() {
    text_.clear();
    const auto depth = p_.depth();
    for (;;) {
      const Token t = p_.next();
      if (t == Token::kText && p_.depth() == depth) text_ += p_.text();
      if (t == Token::kEndElement && p_.depth() == depth - 1) return text_;
    }
  }

  std::string required_attribute(std::string_view element, std::string_view attribute) {
    const std::string* v = p_.attribute(attribute);
    if (v == nullptr) p_.fail("<" + std::string(element) + "> without the required attribute " + std::string(attribute));
    return *v;
  }

  void read_key() {
    const auto id = required_attribute("key", "id");
    if (keys_.contains(id)) p_.fail("duplicate key id '" + id + "'");
    Key k;
    const std::string* domain = p_.attribute("for");
    const std::string d = domain == nullptr ? "all" : *domain;
    k.for_node = d == "node" || d == "all";
    k.for_edge = d == "edge" || d == "all";
    k.for_graph = d == "graph" || d == "all";
    const std::string* attr_name = p_.attribute("attr.name");
    k.attr_name = attr_name == nullptr ? id : *attr_name;
    const std::string* type = p_.attribute("attr.type");
    k.type = type == nullptr ? "string" : *type;
    if (k.for_node) k.node = node_field(k.attr_name);
    if (k.for_edge) k.edge = edge_field(k.attr_name);
    k.graph_name = k.for_graph && k.attr_name == "name";

    const auto depth = p_.depth();
    for (Token t = p_.next(); !(t == Token::kEndElement && p_.depth() == depth - 1); t = p_.next()) {
      if (t != Token::kStartElement || p_.local_name() != "default") continue;
      const auto at = p_.offset();
      const std::string& value = text_content();
      if (!set_node_field(node_template_, k.node, value) ||
          !set_edge_field(edge_template_, label_template_, k.edge, value)) {
        std::string message = "default value '" + value;
        message.append("' of key '").append(id).append("' is not a valid ").append(k.type);
        p_.fail(at, message);
      }
      if (k.edge == EdgeField::kRelation) relation_default_ = true;
      if (k.edge == EdgeField::kLabel) label_default_ = true;
      if (k.graph_name) name_default_ = value;
    }
    recent_keys_.clear();  // the table may rehash: pointers into it are forgotten
    keys_.emplace(id, std::move(k));
  }

  // The key a <data> element refers to; an undeclared key is an error.
  const Key& data_key() { return data_key(kNoPosition); }
  // The same for the data at `position` in its element: writers put the data of every edge in the
  // same order, so the key found at that position last time is checked first, without hashing.
  const Key& data_key(std::size_t position) {
    const std::string* id = p_.attribute("key");
    if (id == nullptr) p_.fail("<data> without the required attribute key");
    if (position < recent_keys_.size() && recent_keys_[position].first == *id) return *recent_keys_[position].second;
    const auto it = keys_.find(*id);
    if (it == keys_.end()) p_.fail("<data> refers to key '" + *id + "', which is not declared by a <key>");
    if (position < kRecentKeys) {
      if (recent_keys_.size() <= position) recent_keys_.resize(position + 1);
      recent_keys_[position] = {*id, &it->second};
    }
    return it->second;
  }

  void read_graph() {
    const bool first_graph = !graph_seen_;
    graph_seen_ = true;
    if (first_graph && name_default_) g_.graph()[boost::graph_bundle].name = *name_default_;
    const auto depth = p_.depth();
    for (Token t = p_.next(); !(t == Token::kEndElement && p_.depth() == depth - 1); t = p_.next()) {
      if (t != Token::kStartElement) continue;
      const auto element = p_.local_name();
      if (element == "node") {
        read_node();
      } else if (element == "edge") {
        read_edge();
      } else if (element == "desc" && first_graph) {
        g_.graph()[boost::graph_bundle].name = text_content();
      } else if (element == "data") {
        const Key& k = data_key();
        const std::string& value = text_content();
        if (k.graph_name && first_graph) g_.graph()[boost::graph_bundle].name = value;
      } else {
        skip_content();  // hyperedges, locators, desc of later graphs
      }
    }
  }

  void read_node() {
    NodeProps n = node_template_;
    n.id = required_attribute("node", "id");
    if (g_.find(n.id)) p_.fail("duplicate node id '" + n.id + "'");
    const auto depth = p_.depth();
    for (Token t = p_.next(); !(t == Token::kEndElement && p_.depth() == depth - 1); t = p_.next()) {
      if (t != Token::kStartElement) continue;
      const auto element = p_.local_name();
      if (element == "data") {
        const auto data_at = p_.offset();
        const Key& k = data_key();
        const NodeField f = k.for_node ? k.node : NodeField::kNone;
        const std::string& value = text_content();
        if (!set_node_field(n, f, value)) {
          p_.fail(data_at, "'" + value + "' is not a valid value for " + k.attr_name);
        }
      } else if (element == "graph") {
        p_.fail("nested graphs are not supported");
      } else {
        skip_content();
      }
    }
    g_.add_node(std::move(n));
  }

  void read_edge() {
    PendingEdge e{required_attribute("edge", "source"), required_attribute("edge", "target"), edge_template_,
                  p_.offset()};
    // The target is looked up after the edge's data: its memory is fetched meanwhile.
    const bool prefetch = !(target_cache_.vertex && target_cache_.id == e.target);
    if (prefetch) g_.prefetch_id(e.target);
    int data_seen = 0;
    std::string label = label_template_;
    bool relation_given = relation_default_;
    bool label_given = label_default_;
    const auto depth = p_.depth();
    for (Token t = p_.next(); !(t == Token::kEndElement && p_.depth() == depth - 1); t = p_.next()) {
      if (t != Token::kStartElement) continue;
      const auto element = p_.local_name();
      if (element == "data") {
        if (++data_seen == 3 && prefetch) g_.prefetch_node(e.target);
        const auto data_at = p_.offset();
        const Key& k = data_key(static_cast<std::size_t>(data_seen - 1));
        const EdgeField f = k.for_edge ? k.edge : EdgeField::kNone;
        const std::string& value = text_content();
        if (!set_edge_field(e.props, label, f, value)) {
          p_.fail(data_at, "'" + value + "' is not a valid value for " + k.attr_name);
        }
        relation_given = relation_given || f == EdgeField::kRelation;
        label_given = label_given || f == EdgeField::kLabel;
      } else if (element == "graph") {
        p_.fail("nested graphs are not supported");
      } else {
        skip_content();
      }
    }
    if (!relation_given && label_given) e.props.relation = label;
    const auto source = vertex(e.source, source_cache_);
    const auto target = vertex(e.target, target_cache_);
    if (source && target) {
      g_.add_edge(*source, *target, std::move(e.props));
    } else {
      pending_.push_back(std::move(e));  // its nodes may come later
    }
  }

  // The vertex of a node id, remembering the last one found in `cache`: writers group edges by
  // source, so the source is usually the previous edge's.
  struct LastVertex {
    std::string id;
    std::optional<Vertex> vertex;
  };
  std::optional<Vertex> vertex(const std::string& id, LastVertex& cache) {
    if (cache.vertex && id == cache.id) return cache.vertex;
    const auto v = g_.find(id);
    if (v) {
      cache.id = id;
      cache.vertex = v;
    }
    return v;
  }

  XmlPullParser p_;
  EventGraph g_;
  LastVertex source_cache_;
  LastVertex target_cache_;
  std::unordered_map<std::string, Key> keys_;
  static constexpr std::size_t kNoPosition = static_cast<std::size_t>(-1);
  static constexpr std::size_t kRecentKeys = 64;
  std::vector<std::pair<std::string, const Key*>> recent_keys_;  // by position of the data in its edge
  // Attribute values before any <data>: the keys' <default>s. A missing status is "" (not
  // "reported") so that what was written is what is read.
  NodeProps node_template_;
  EdgeProps edge_template_ = [] {
    EdgeProps e;
    e.status.clear();
    return e;
  }();
  std::string label_template_;
  bool relation_default_ = false;
  bool label_default_ = false;
  std::optional<std::string> name_default_;
  bool graph_seen_ = false;
  std::vector<PendingEdge> pending_;
  std::string text_;
};

}  // namespace

EventGraph read_graphml(std::string_view bytes, const std::string& name) {
  return GraphmlReader(bytes, name).read();
}

}  // namespace evkg
