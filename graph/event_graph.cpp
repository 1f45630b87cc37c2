#include "graph/event_graph.hpp"

#include <algorithm>
#include <bit>
#include <tuple>
#include <stdexcept>

#include "core/fold.hpp"

namespace evkg {

namespace {

// A full list of merged vertices or edges (to normalise later) loses its duplicates: it holds at
// most about twice the distinct entries, not one per merge. When it is still more than half full,
// its capacity doubles, so that every sort is paid for by as many new entries as it sorts; without
// that, a list of distinct entries was sorted again every few merges (2% of a BBC build).
template <class T>
void compact_dirty(std::vector<T>& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
  if (list.size() * 2 > list.capacity()) list.reserve(list.capacity() * 2);
}

std::uint64_t mix(std::uint64_t h, std::uint64_t x) {
  // splitmix64's finaliser over the running hash
  h ^= x + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBULL;
  h ^= h >> 31;
  return h;
}

std::uint64_t text_hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

// The object as the edge key compares it: name_key() of a non-empty object.
std::string object_key(const std::string& object) { return object.empty() ? std::string() : name_key(object); }

std::uint64_t id_hash(std::string_view id) {
  const std::uint64_t h = text_hash(id);
  return h == 0 ? 1 : h;  // 0 marks an empty slot
}

// Slot tables grow at half full.
template <class Slot>
void grow_if_half_full(std::vector<Slot>& slots, std::size_t used) {
  if ((used + 1) * 2 <= slots.size()) return;
  std::vector<Slot> old(std::max<std::size_t>(64, slots.size() * 2));
  old.swap(slots);
  const std::size_t mask = slots.size() - 1;
  for (const auto& slot : old) {
    if (slot.hash == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots[i].hash != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
}

template <class Slot>
void put(std::vector<Slot>& slots, const Slot& slot) {
  const std::size_t mask = slots.size() - 1;
  std::size_t i = slot.hash & mask;
  while (slots[i].hash != 0) i = (i + 1) & mask;
  slots[i] = slot;
}

}  // namespace

EventGraph::EventGraph() : g_(std::make_unique<Graph>()), normalise_mutex_(std::make_unique<std::mutex>()) {}

EventGraph::~EventGraph() = default;

EventGraph::EventGraph(const EventGraph& other)
    : g_((other.normalise(), std::make_unique<Graph>(*other.g_))),
      edges_in_order_(false),
      normalise_mutex_(std::make_unique<std::mutex>()) {
  rebuild_id_index();
  rebuild_edge_index();
}

EventGraph::EventGraph(EventGraph&& other) noexcept
    : g_(std::move(other.g_)),
      id_slots_(std::move(other.id_slots_)),
      edge_slots_(std::move(other.edge_slots_)),
      edge_slots_used_(other.edge_slots_used_),
      edges_in_order_(other.edges_in_order_),
      last_edge_(other.last_edge_),
      dirty_vertices_(std::move(other.dirty_vertices_)),
      dirty_edges_(std::move(other.dirty_edges_)),
      dirty_(other.dirty_.load()),
      normalise_mutex_(std::move(other.normalise_mutex_)) {
  other.edge_slots_used_ = 0;
  other.last_edge_.reset();
  other.dirty_ = false;
}

EventGraph& EventGraph::operator=(const EventGraph& other) {
  if (this != &other) {
    EventGraph copy(other);
    *this = std::move(copy);
  }
  return *this;
}

EventGraph& EventGraph::operator=(EventGraph&& other) noexcept {
  if (this != &other) {
    g_ = std::move(other.g_);
    id_slots_ = std::move(other.id_slots_);
    edge_slots_ = std::move(other.edge_slots_);
    edge_slots_used_ = other.edge_slots_used_;
    edges_in_order_ = other.edges_in_order_;
    last_edge_ = other.last_edge_;
    dirty_vertices_ = std::move(other.dirty_vertices_);
    dirty_edges_ = std::move(other.dirty_edges_);
    dirty_ = other.dirty_.load();
    normalise_mutex_ = std::move(other.normalise_mutex_);
    other.edge_slots_used_ = 0;
    other.last_edge_.reset();
    other.dirty_ = false;
  }
  return *this;
}

void EventGraph::index_id(std::uint64_t hash, Vertex v) {
  grow_if_half_full(id_slots_, boost::num_vertices(*g_));
  put(id_slots_, IdSlot{hash, v});
}

void EventGraph::rebuild_id_index() {
  id_slots_.clear();
  const auto n = boost::num_vertices(*g_);
  for (Vertex v = 0; v < n; ++v) {
    grow_if_half_full(id_slots_, v);
    put(id_slots_, IdSlot{id_hash((*g_)[v].id), v});
  }
}

std::optional<Vertex> EventGraph::find(std::string_view id) const {
  if (id_slots_.empty()) return std::nullopt;
  const std::uint64_t hash = id_hash(id);
  const std::size_t mask = id_slots_.size() - 1;
  for (std::size_t i = hash & mask; id_slots_[i].hash != 0; i = (i + 1) & mask) {
    if (id_slots_[i].hash == hash && (*g_)[id_slots_[i].vertex].id == id) return id_slots_[i].vertex;
  }
  return std::nullopt;
}

void EventGraph::prefetch_id(std::string_view id) const {
  if (!id_slots_.empty()) __builtin_prefetch(&id_slots_[id_hash(id) & (id_slots_.size() - 1)]);
}

void EventGraph::prefetch_node(std::string_view id) const {
  if (id_slots_.empty()) return;
  const std::uint64_t hash = id_hash(id);
  const IdSlot& slot = id_slots_[hash & (id_slots_.size() - 1)];
  if (slot.hash == hash) __builtin_prefetch(&(*g_)[slot.vertex]);
}

template <class N>
Vertex EventGraph::add_node_impl(N&& n) {
  if (const auto existing = find(n.id)) {
    append_node_into((*g_)[*existing], n);
    if (dirty_vertices_.size() == dirty_vertices_.capacity()) compact_dirty(dirty_vertices_);
    dirty_vertices_.push_back(*existing);
    dirty_.store(true, std::memory_order_relaxed);
    return *existing;
  }
  const std::uint64_t hash = id_hash(n.id);
  // Boost copies the property given to add_vertex and add_edge; an empty one is cheap to copy.
  const Vertex v = boost::add_vertex(*g_);
  auto& p = (*g_)[v];
  p = std::forward<N>(n);
  normalise_node(p);
  index_id(hash, v);
  return v;
}

Vertex EventGraph::add_node(const NodeProps& n) { return add_node_impl(n); }
Vertex EventGraph::add_node(NodeProps&& n) { return add_node_impl(std::move(n)); }

std::uint64_t EventGraph::edge_hash(Vertex s, Vertex t, const EdgeProps& e, const std::string& object_key) const {
  std::uint64_t h = mix(s, t);
  h = mix(h, text_hash(e.relation));
  h = mix(h, text_hash(object_key));
  h = mix(h, text_hash(e.date));
  h = mix(h, text_hash(e.status));
  return h == 0 ? 1 : h;  // 0 marks an empty slot
}

bool EventGraph::same_key(Edge c, Vertex s, Vertex t, const EdgeProps& e, const std::string& object_key) const {
  if (boost::source(c, *g_) != s || boost::target(c, *g_) != t) return false;
  const auto& p = (*g_)[c];
  if (p.relation != e.relation || p.date != e.date || p.status != e.status) return false;
  return p.object == e.object || name_key(p.object) == object_key;
}

void EventGraph::index_edge(std::uint64_t hash, Edge e) {
  grow_if_half_full(edge_slots_, edge_slots_used_);
  put(edge_slots_, EdgeSlot{hash, e});
  ++edge_slots_used_;
}

void EventGraph::rebuild_edge_index() {
  edge_slots_.clear();
  edge_slots_used_ = 0;
  edge_slots_.resize(std::max<std::size_t>(64, std::bit_ceil(boost::num_edges(*g_) * 2 + 2)));
  for (const auto e : boost::make_iterator_range(boost::edges(*g_))) {
    const auto& p = (*g_)[e];
    index_edge(edge_hash(boost::source(e, *g_), boost::target(e, *g_), p, object_key(p.object)), e);
  }
}

bool EventGraph::comes_after_last(Vertex s, Vertex t, const EdgeProps& e) const {
  if (!last_edge_) return true;
  const Graph& g = *g_;
  const Vertex ls = boost::source(*last_edge_, g);
  const Vertex lt = boost::target(*last_edge_, g);
  const auto& last = g[*last_edge_];
  if (s != ls) return g[ls].id < g[s].id;
  if (t != lt) return g[lt].id < g[t].id;
  if (const int c = last.relation.compare(e.relation); c != 0) return c < 0;
  if (const int c = last.date.compare(e.date); c != 0) return c < 0;
  // The same source, target, relation and date: a run, in which edges whose objects differ only in
  // case or punctuation have one key. Strictly after the last, and no key in the run repeated.
  if (std::tie(last.object, last.status) >= std::tie(e.object, e.status)) return false;
  const std::string key = object_key(e.object);
  const auto out = boost::out_edges(s, g);
  for (auto it = out.second; it != out.first;) {
    --it;
    const auto& p = g[*it];
    if (boost::target(*it, g) != t || p.relation != e.relation || p.date != e.date) break;
    if (p.status == e.status && (p.object == e.object || object_key(p.object) == key)) return false;
  }
  return true;
}

template <class E>
Edge EventGraph::add_edge_impl(Vertex s, Vertex t, E&& e) {
  if (edges_in_order_ && !comes_after_last(s, t, e)) {
    edges_in_order_ = false;
    rebuild_edge_index();
  }
  std::uint64_t hash = 0;
  if (!edges_in_order_) {
    const std::string key = object_key(e.object);
    hash = edge_hash(s, t, e, key);
    const std::size_t mask = edge_slots_.size() - 1;
    for (std::size_t i = hash & mask; edge_slots_[i].hash != 0; i = (i + 1) & mask) {
      const EdgeSlot& slot = edge_slots_[i];
      if (slot.hash == hash && same_key(slot.edge, s, t, e, key)) {
        auto& into = (*g_)[slot.edge];
        append_edge_into(into, e);
        if (dirty_edges_.size() == dirty_edges_.capacity()) compact_dirty(dirty_edges_);
        dirty_edges_.push_back(&into);
        dirty_.store(true, std::memory_order_relaxed);
        return slot.edge;
      }
    }
  }
  const auto [edge, ok] = boost::add_edge(s, t, *g_);
  (void)ok;
  auto& p = (*g_)[edge];
  p = std::forward<E>(e);
  normalise_edge(p);
  if (edges_in_order_) {
    last_edge_ = edge;
  } else {
    index_edge(hash, edge);
  }
  return edge;
}

Vertex EventGraph::vertex_or_throw(std::string_view id, std::string_view source_id, std::string_view target_id) const {
  const auto v = find(id);
  if (!v) {
    throw std::invalid_argument("edge between unknown nodes " + std::string(source_id) + " -> " +
                                std::string(target_id));
  }
  return *v;
}

Edge EventGraph::add_edge(std::string_view source_id, std::string_view target_id, const EdgeProps& e) {
  return add_edge_impl(vertex_or_throw(source_id, source_id, target_id),
                       vertex_or_throw(target_id, source_id, target_id), e);
}
Edge EventGraph::add_edge(std::string_view source_id, std::string_view target_id, EdgeProps&& e) {
  return add_edge_impl(vertex_or_throw(source_id, source_id, target_id),
                       vertex_or_throw(target_id, source_id, target_id), std::move(e));
}
Edge EventGraph::add_edge(Vertex source, Vertex target, const EdgeProps& e) { return add_edge_impl(source, target, e); }
Edge EventGraph::add_edge(Vertex source, Vertex target, EdgeProps&& e) {
  return add_edge_impl(source, target, std::move(e));
}

void EventGraph::normalise_slow() const {
  const std::lock_guard lock(*normalise_mutex_);
  if (!dirty_.load(std::memory_order_relaxed)) return;
  std::sort(dirty_vertices_.begin(), dirty_vertices_.end());
  dirty_vertices_.erase(std::unique(dirty_vertices_.begin(), dirty_vertices_.end()), dirty_vertices_.end());
  for (const Vertex v : dirty_vertices_) normalise_node((*g_)[v]);
  std::sort(dirty_edges_.begin(), dirty_edges_.end());
  dirty_edges_.erase(std::unique(dirty_edges_.begin(), dirty_edges_.end()), dirty_edges_.end());
  for (EdgeProps* p : dirty_edges_) normalise_edge(*p);
  dirty_vertices_.clear();
  dirty_vertices_.shrink_to_fit();
  dirty_edges_.clear();
  dirty_edges_.shrink_to_fit();
  dirty_.store(false, std::memory_order_release);
}

std::vector<Vertex> EventGraph::find_by_name(std::string_view name) const {
  const Graph& g = graph();
  const std::string key = name_key(name);
  std::vector<Vertex> out;
  if (key.empty()) return out;
  for (const auto v : sorted_vertices()) {
    const auto& p = g[v];
    bool found = name_key(p.label) == key;
    for (std::size_t i = 0; !found && i < p.aliases.size(); ++i) found = name_key(p.aliases[i]) == key;
    if (found) out.push_back(v);
  }
  return out;
}

void EventGraph::merge(const EventGraph& other) {
  const auto& og = other.graph();
  for (const auto v : other.sorted_vertices()) add_node(og[v]);
  for (const auto e : other.sorted_edges()) {
    add_edge(og[boost::source(e, og)].id, og[boost::target(e, og)].id, og[e]);
  }
}

EventGraph EventGraph::remapped(const std::unordered_map<std::string, std::string>& mapping) const& {
  return EventGraph(*this).remapped(mapping);
}

EventGraph EventGraph::remapped(const std::unordered_map<std::string, std::string>& mapping) && {
  Graph& g = graph();
  auto target_of = [&](const std::string& id) -> const std::string& {
    const auto it = mapping.find(id);
    return it == mapping.end() ? id : it->second;
  };
  // Ids, and the labels of the nodes merged into, are read before any property is moved out.
  std::vector<std::string> ids(boost::num_vertices(g));
  for (std::size_t v = 0; v < ids.size(); ++v) ids[v] = g[v].id;
  std::unordered_map<std::string, std::string> target_label;
  for (const auto& [from, to] : mapping) {
    if (const auto t = find(to)) target_label.emplace(to, g[*t].label);
  }
  const std::vector<Vertex> vertices = sorted_vertices();
  const std::vector<Edge> edges = sorted_edges();
  EventGraph out;
  for (const auto v : vertices) {
    NodeProps n = std::move(g[v]);
    const std::string& to = target_of(ids[v]);
    if (to != ids[v]) {
      // The merged-away node keeps its own label as an alias of the node it became.
      if (!n.label.empty()) n.aliases.push_back(n.label);
      n.id = to;
      if (const auto it = target_label.find(to); it != target_label.end()) n.label = it->second;
    }
    out.add_node(std::move(n));
  }
  for (const auto e : edges) {
    const std::string& source_id = ids[boost::source(e, g)];
    const std::string& target_id = ids[boost::target(e, g)];
    const std::string& s = target_of(source_id);
    const std::string& t = target_of(target_id);
    if (s == t && g[e].relation != "attended") {
      // a merge that makes an edge a loop (X met X) drops it
      if (s != source_id || t != target_id) continue;
    }
    out.add_edge(s, t, std::move(g[e]));
  }
  return out;
}

std::vector<Vertex> EventGraph::sorted_vertices() const {
  normalise();
  const Graph& g = *g_;
  std::vector<Vertex> vs(boost::num_vertices(g));
  for (std::size_t i = 0; i < vs.size(); ++i) vs[i] = i;
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  return vs;
}

std::vector<Edge> EventGraph::sorted_edges() const {
  // Edges grouped by source in id order, each group sorted by the target's position in that order,
  // then relation, date, object, status: the order of (source id, target id, ...) without comparing
  // id strings, and small sorts instead of one large one.
  const std::vector<Vertex> order = sorted_vertices();
  const Graph& g = *g_;
  std::vector<std::size_t> rank(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  std::vector<Edge> es;
  es.reserve(boost::num_edges(g));
  auto less = [&](const Edge& a, const Edge& b) {
    const std::size_t ta = rank[boost::target(a, g)];
    const std::size_t tb = rank[boost::target(b, g)];
    if (ta != tb) return ta < tb;
    const auto& p = g[a];
    const auto& q = g[b];
    if (const int c = p.relation.compare(q.relation); c != 0) return c < 0;
    if (const int c = p.date.compare(q.date); c != 0) return c < 0;
    if (const int c = p.object.compare(q.object); c != 0) return c < 0;
    return p.status < q.status;
  };
  for (const Vertex v : order) {
    const auto first = static_cast<std::ptrdiff_t>(es.size());
    for (const auto e : boost::make_iterator_range(boost::out_edges(v, g))) es.push_back(e);
    std::sort(es.begin() + first, es.end(), less);
  }
  return es;
}

}  // namespace evkg
