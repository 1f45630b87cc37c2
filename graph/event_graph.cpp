#include "graph/event_graph.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "core/fold.hpp"

namespace evkg {

Vertex EventGraph::add_node(const NodeProps& n) {
  const auto it = by_id_.find(n.id);
  if (it != by_id_.end()) {
    merge_node_into(g_[it->second], n);
    index_names(it->second);
    return it->second;
  }
  const Vertex v = boost::add_vertex(n, g_);
  auto& p = g_[v];
  std::sort(p.aliases.begin(), p.aliases.end());
  p.aliases.erase(std::unique(p.aliases.begin(), p.aliases.end()), p.aliases.end());
  std::erase(p.aliases, p.label);
  std::sort(p.sources.begin(), p.sources.end());
  p.sources.erase(std::unique(p.sources.begin(), p.sources.end()), p.sources.end());
  by_id_.emplace(n.id, v);
  index_names(v);
  return v;
}

void EventGraph::index_names(Vertex v) {
  const auto& p = g_[v];
  auto add = [&](const std::string& name) {
    const std::string key = name_key(name);
    if (key.empty()) return;
    auto& vs = by_name_[key];
    if (std::find(vs.begin(), vs.end(), v) == vs.end()) vs.push_back(v);
  };
  add(p.label);
  for (const auto& a : p.aliases) add(a);
}

std::string EventGraph::edge_key(const std::string& s, const std::string& t, const EdgeProps& e) {
  std::string k;
  k.reserve(s.size() + t.size() + e.relation.size() + e.object.size() + e.date.size() + 16);
  k += s;
  k += '\x1f';
  k += t;
  k += '\x1f';
  k += e.relation;
  k += '\x1f';
  k += name_key(e.object);
  k += '\x1f';
  k += e.date;
  k += '\x1f';
  k += e.status;
  return k;
}

Edge EventGraph::add_edge(const std::string& source_id, const std::string& target_id, const EdgeProps& e) {
  const auto s = by_id_.find(source_id);
  const auto t = by_id_.find(target_id);
  if (s == by_id_.end() || t == by_id_.end()) {
    throw std::invalid_argument("edge between unknown nodes " + source_id + " -> " + target_id);
  }
  const std::string key = edge_key(source_id, target_id, e);
  const auto it = by_edge_key_.find(key);
  if (it != by_edge_key_.end()) {
    merge_edge_into(g_[it->second], e);
    return it->second;
  }
  EdgeProps p = e;
  std::sort(p.sources.begin(), p.sources.end());
  p.sources.erase(std::unique(p.sources.begin(), p.sources.end()), p.sources.end());
  std::sort(p.provenance.begin(), p.provenance.end());
  p.provenance.erase(std::unique(p.provenance.begin(), p.provenance.end()), p.provenance.end());
  if (!p.provenance.empty()) p.weight = static_cast<double>(p.provenance.size());
  const auto [edge, ok] = boost::add_edge(s->second, t->second, p, g_);
  (void)ok;
  by_edge_key_.emplace(key, edge);
  return edge;
}

std::optional<Vertex> EventGraph::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> EventGraph::find_by_name(std::string_view name) const {
  const auto it = by_name_.find(name_key(name));
  if (it == by_name_.end()) return {};
  std::vector<Vertex> out = it->second;
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return g_[a].id < g_[b].id; });
  return out;
}

void EventGraph::merge(const EventGraph& other) {
  const auto& og = other.g_;
  for (const auto v : other.sorted_vertices()) add_node(og[v]);
  for (const auto e : other.sorted_edges()) {
    add_edge(og[boost::source(e, og)].id, og[boost::target(e, og)].id, og[e]);
  }
}

EventGraph EventGraph::remapped(const std::unordered_map<std::string, std::string>& mapping) const {
  auto target_of = [&](const std::string& id) -> const std::string& {
    const auto it = mapping.find(id);
    return it == mapping.end() ? id : it->second;
  };
  EventGraph out;
  for (const auto v : sorted_vertices()) {
    NodeProps n = g_[v];
    const std::string& to = target_of(n.id);
    if (to != n.id) {
      // The merged-away node keeps its own label as an alias of the node it became.
      if (!n.label.empty()) n.aliases.push_back(n.label);
      n.id = to;
      if (const auto t = find(to)) n.label = g_[*t].label;
    }
    out.add_node(n);
  }
  for (const auto e : sorted_edges()) {
    const std::string& s = target_of(g_[boost::source(e, g_)].id);
    const std::string& t = target_of(g_[boost::target(e, g_)].id);
    if (s == t && g_[e].relation != "attended") {
      // a merge that makes an edge a loop (X met X) drops it
      if (s != g_[boost::source(e, g_)].id || t != g_[boost::target(e, g_)].id) continue;
    }
    out.add_edge(s, t, g_[e]);
  }
  return out;
}

std::vector<Vertex> EventGraph::sorted_vertices() const {
  std::vector<Vertex> vs(boost::num_vertices(g_));
  for (std::size_t i = 0; i < vs.size(); ++i) vs[i] = i;
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g_[a].id < g_[b].id; });
  return vs;
}

std::vector<Edge> EventGraph::sorted_edges() const {
  std::vector<Edge> es;
  es.reserve(boost::num_edges(g_));
  for (const auto e : boost::make_iterator_range(boost::edges(g_))) es.push_back(e);
  auto key = [&](const Edge& e) {
    const auto& p = g_[e];
    return std::tie(g_[boost::source(e, g_)].id, g_[boost::target(e, g_)].id, p.relation, p.date, p.object,
                    p.status);
  };
  std::sort(es.begin(), es.end(), [&](const Edge& a, const Edge& b) { return key(a) < key(b); });
  return es;
}

}  // namespace evkg
