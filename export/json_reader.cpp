// Node-link JSON reader: RapidJSON's SAX parser (iterative, so deep nesting cannot overflow the
// stack; numbers converted by std::from_chars; UTF-8 validated) feeding a handler that builds the
// graph directly. The input is checked for valid UTF-8 in one pass first, so that RapidJSON can copy
// strings without decoding them (with SSE2 where the build enables it, 16 bytes at a time); an input
// that fails the check is parsed again with RapidJSON's own validation, for its error and position.
// Accepts "edges" for "links", link endpoints as node ids or as indexes into "nodes", lists as arrays
// (or "; "-joined strings), null for absent values, and ignores unknown members. Every error is
// "name:line:column: problem".
#include "export/json_reader.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "export/list_text.hpp"
#include "export/text_position.hpp"

namespace evkg {

namespace {

using namespace std::string_view_literals;  // "id"sv: key comparisons check the length first

// What the next value is for.
enum class Slot {
  kRoot, kIgnore, kNodesArray, kLinksArray, kGraphObject, kGraphName, kNodeItem, kLinkItem,
  kNodeId, kString, kList, kListItem, kMentions, kSource, kTarget, kLinkKey, kDouble,
};

enum class Frame { kRoot, kGraph, kNodes, kNode, kLinks, kLink, kList };

struct Endpoint {
  std::string id;
  std::optional<std::uint64_t> index;  // a position in "nodes" (older node-link files)
  bool given = false;
};

struct Link {
  Endpoint source;
  Endpoint target;
  std::optional<std::string> key;
  EdgeProps props;
  std::size_t item = 0;    // index in "links"
  std::size_t offset = 0;  // where the link object starts
};

// The (source, target, key) of every link with a key, to find a repeated one: an open-addressing
// table of hashes leading into a list of entries (keys are short: no allocation per link).
class LinkKeySet {
 public:
  // False when (s, t, key) is there already.
  bool insert(Vertex s, Vertex t, const std::string& key) {
    std::uint64_t h = std::hash<std::string_view>{}(key);
    h ^= (s + 0x9E3779B97F4A7C15ULL) * 0xBF58476D1CE4E5B9ULL;
    h ^= (t + 0x94D049BB133111EBULL) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    if (h == 0) h = 1;  // 0 marks an empty slot
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    for (; slots_[i].hash != 0; i = (i + 1) & mask) {
      const Entry& e = entries_[slots_[i].entry];
      if (slots_[i].hash == h && e.source == s && e.target == t && e.key == key) return false;
    }
    slots_[i] = Slot{h, entries_.size()};
    entries_.push_back(Entry{s, t, key});
    return true;
  }

 private:
  struct Entry {
    Vertex source;
    Vertex target;
    std::string key;
  };
  struct Slot {
    std::uint64_t hash = 0;
    std::size_t entry = 0;
  };
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(64, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.hash == 0) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].hash != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
};

class Handler {
 public:
  Handler(std::string_view bytes, const rapidjson::StringStream& in) : bytes_(bytes), in_(in) {}

  // --- SAX events -------------------------------------------------------------------------------
  // Errors point at the start of the token being handled, which is where the stream stands during
  // its event: strings, keys and numbers are parsed from a local copy of the StringStream
  // (RapidJSON's copy optimisation), brackets are reported before they are taken. Only null, true
  // and false are reported after: their length is taken back.
  bool Null() { return literal(4, [this] { return on_Null(); }); }
  bool Bool(bool b) { return literal(b ? 4 : 5, [this, b] { return on_Bool(b); }); }
  bool Int(int i) { return on_Int(i); }
  bool Uint(unsigned u) { return on_Uint(u); }
  bool Int64(std::int64_t i) { return on_Int64(i); }
  bool Uint64(std::uint64_t u) { return on_Uint64(u); }
  bool Double(double d) { return on_Double(d); }
  // Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted here with std::from_chars,
  // which rounds correctly: RapidJSON 1.1.0's full-precision path reads "0e-40" as 2.3e18.
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return on_number_text(std::string_view(s, n)); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return on_String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return on_Key(s, n, copy); }
  bool StartObject() { return on_StartObject(); }
  bool EndObject(rapidjson::SizeType n) { return on_EndObject(n); }
  bool StartArray() { return on_StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return on_EndArray(n); }

  // --- event handling ---------------------------------------------------------------------------
  bool on_Null() {
    if (skip_depth_ > 0) return true;
    switch (slot_) {
      case Slot::kIgnore: case Slot::kGraphObject: case Slot::kGraphName: case Slot::kString:
      case Slot::kLinkKey: return true;
      case Slot::kList: list_->clear(); return true;
      case Slot::kDouble: *double_ = std::numeric_limits<double>::quiet_NaN(); return true;  // non-finite
      default: return type_error();
    }
  }
  bool on_Bool(bool) {
    if (skip_depth_ > 0 || slot_ == Slot::kIgnore || slot_ == Slot::kGraphObject || slot_ == Slot::kGraphName) {
      return true;
    }
    return type_error();
  }
  bool on_Int(int i) { return number(static_cast<double>(i), i < 0 ? std::nullopt : std::optional<std::uint64_t>(i)); }
  bool on_Uint(unsigned u) { return number(static_cast<double>(u), u); }
  bool on_Int64(std::int64_t i) {
    return number(static_cast<double>(i), i < 0 ? std::nullopt : std::optional<std::uint64_t>(i));
  }
  bool on_Uint64(std::uint64_t u) { return number(static_cast<double>(u), u); }
  bool on_number_text(std::string_view v) {
    if (v == "NaN" || v == "-NaN") return on_Double(std::numeric_limits<double>::quiet_NaN());
    if (v == "Infinity" || v == "Inf") return on_Double(std::numeric_limits<double>::infinity());
    if (v == "-Infinity" || v == "-Inf") return on_Double(-std::numeric_limits<double>::infinity());
    const char* const first = v.data();
    const char* const last = v.data() + v.size();
    if (v.find_first_of(".eE") == std::string_view::npos) {
      if (!v.empty() && v.front() == '-') {
        std::int64_t i = 0;
        if (const auto r = std::from_chars(first, last, i); r.ec == std::errc() && r.ptr == last) return on_Int64(i);
      } else {
        std::uint64_t u = 0;
        if (const auto r = std::from_chars(first, last, u); r.ec == std::errc() && r.ptr == last) return on_Uint64(u);
      }
    }
    double d = 0;
    const auto r = std::from_chars(first, last, d);
    if (r.ec == std::errc::result_out_of_range) {
      d = std::strtod(std::string(v).c_str(), nullptr);  // too large: +-HUGE_VAL; too small: 0
    } else if (r.ec != std::errc() || r.ptr != last) {
      return type_error();
    }
    return on_Double(d);
  }
  bool on_Double(double d) {
    std::optional<std::uint64_t> integral;
    if (d >= 0 && d < 18446744073709551616.0 && std::floor(d) == d) integral = static_cast<std::uint64_t>(d);
    return number(d, integral, true);
  }

  bool on_String(const char* s, rapidjson::SizeType length, bool) {
    if (skip_depth_ > 0) return true;
    const std::string_view v(s, length);
    switch (slot_) {
      case Slot::kIgnore: case Slot::kGraphObject: return true;
      case Slot::kGraphName: graph_name_ = v; return true;
      case Slot::kNodeId:
        node_.id = v;
        node_has_id_ = true;
        node_id_offset_ = token_start();
        return true;
      case Slot::kString: string_->assign(v); return true;
      case Slot::kList: *list_ = split_list(v); return true;
      case Slot::kListItem: list_->emplace_back(v); return true;
      case Slot::kSource: case Slot::kTarget: {
        Endpoint& e = slot_ == Slot::kSource ? link_.source : link_.target;
        e.id = v;
        e.given = true;
        // the target is looked up once the link is read: its memory is fetched meanwhile
        if (slot_ == Slot::kTarget && nodes_done_) graph_.prefetch_id(v);
        return true;
      }
      case Slot::kLinkKey: link_.key = "s" + std::string(v); return true;
      default: return type_error();
    }
  }

  bool on_StartObject() {
    if (skip_depth_ > 0 || slot_ == Slot::kIgnore) return skip_start();
    switch (slot_) {
      case Slot::kRoot: frames_.push_back(Frame::kRoot); break;
      case Slot::kGraphObject: frames_.push_back(Frame::kGraph); break;
      case Slot::kNodeItem:
        frames_.push_back(Frame::kNode);
        node_ = NodeProps();
        node_has_id_ = false;
        object_offset_ = in_.Tell();
        break;
      case Slot::kLinkItem:
        frames_.push_back(Frame::kLink);
        link_ = Link{};
        link_.props.status.clear();  // absent status reads as "", as in the GraphML reader
        link_.item = link_count_;
        link_.offset = in_.Tell();
        object_offset_ = link_.offset;
        break;
      default: return type_error();
    }
    slot_ = Slot::kIgnore;
    return true;
  }

  bool on_Key(const char* s, rapidjson::SizeType length, bool) {
    if (skip_depth_ > 0) return true;
    key_ = std::string_view(s, length);
    slot_ = Slot::kIgnore;
    switch (frames_.back()) {
      case Frame::kRoot:
        if (key_ == "nodes"sv) slot_ = Slot::kNodesArray;
        if (key_ == "links"sv || key_ == "edges"sv) slot_ = Slot::kLinksArray;
        if (key_ == "graph"sv) slot_ = Slot::kGraphObject;
        break;
      case Frame::kGraph:
        if (key_ == "name"sv) slot_ = Slot::kGraphName;
        break;
      case Frame::kNode: node_key(); break;
      case Frame::kLink: link_key(); break;
      default: break;
    }
    return true;
  }

  bool on_EndObject(rapidjson::SizeType) {
    if (skip_depth_ > 0) return skip_end();
    const Frame f = frames_.back();
    frames_.pop_back();
    if (f == Frame::kRoot && !nodes_seen_) return fail(bytes_.size(), "no \"nodes\" array");
    if (f == Frame::kNode) {
      if (!node_has_id_) return fail(object_offset_, item() + " has no \"id\"");
      if (graph_.find(node_.id)) {
        return fail(node_id_offset_, "duplicate node id '" + node_.id + "'");
      }
      node_order_.push_back(node_.id);
      graph_.add_node(std::move(node_));
      ++node_count_;
    }
    if (f == Frame::kLink) {
      if (!link_.source.given) return fail(object_offset_, item() + " has no \"source\"");
      if (!link_.target.given) return fail(object_offset_, item() + " has no \"target\"");
      // Usually "nodes" comes first and the link can be added now; otherwise it waits for them.
      if (nodes_done_) {
        if (!add_link(link_)) return false;
      } else {
        links_.push_back(std::move(link_));
      }
      ++link_count_;
    }
    restore_slot();
    return true;
  }

  bool on_StartArray() {
    if (skip_depth_ > 0 || slot_ == Slot::kIgnore) return skip_start();
    switch (slot_) {
      case Slot::kNodesArray:
        frames_.push_back(Frame::kNodes);
        nodes_seen_ = true;
        break;
      case Slot::kLinksArray: frames_.push_back(Frame::kLinks); break;
      case Slot::kList:
        frames_.push_back(Frame::kList);
        list_->clear();
        break;
      default: return type_error();
    }
    restore_slot();
    return true;
  }

  bool on_EndArray(rapidjson::SizeType) {
    if (skip_depth_ > 0) return skip_end();
    if (frames_.back() == Frame::kNodes) nodes_done_ = true;
    frames_.pop_back();
    restore_slot();
    return true;
  }

  // --- after parsing -----------------------------------------------------------------------------
  bool failed() const { return error_.has_value(); }
  const std::string& error() const { return *error_; }
  std::size_t error_offset() const { return error_offset_; }

  // Adds the links that came before "nodes"; false and an error for a bad one.
  bool add_links() {
    for (auto& l : links_) {
      if (!add_link(l)) return false;
    }
    if (graph_name_) graph_.graph()[boost::graph_bundle].name = *graph_name_;
    return true;
  }

  EventGraph take() { return std::move(graph_); }

 private:
  // Adds one link once its endpoints can be known; false and an error for a bad one.
  bool add_link(Link& l) {
    Vertex ends[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
      Endpoint* e = i == 0 ? &l.source : &l.target;
      if (e->index) {
        if (*e->index >= node_order_.size()) {
          return fail(l.offset, "links[" + std::to_string(l.item) + "]: node index " + std::to_string(*e->index) +
                                    " is out of range");
        }
        e->id = node_order_[*e->index];
      }
      // writers group links by source: the previous link's source is usually this one's
      LastVertex& cache = i == 0 ? source_cache_ : target_cache_;
      const auto v = cache.vertex && cache.id == e->id ? cache.vertex : graph_.find(e->id);
      if (v) {
        cache.id = e->id;
        cache.vertex = v;
      }
      if (!v) {
        return fail(l.offset, "links[" + std::to_string(l.item) + "] refers to node '" + e->id +
                                  "', which is not in \"nodes\"");
      }
      ends[i] = *v;
    }
    if (l.key && !link_keys_.insert(ends[0], ends[1], *l.key)) {
      return fail(l.offset, "links[" + std::to_string(l.item) + "] repeats the key of an earlier link between '" +
                                l.source.id + "' and '" + l.target.id + "'");
    }
    graph_.add_edge(ends[0], ends[1], std::move(l.props));
    return true;
  }

  // The next value is a string, a list of strings or a number for this member.
  void expect_text(std::string& s) {
    slot_ = Slot::kString;
    string_ = &s;
  }
  void expect_list(std::vector<std::string>& v) {
    slot_ = Slot::kList;
    list_ = &v;
  }
  void expect_number(double& d) {
    slot_ = Slot::kDouble;
    double_ = &d;
  }

  void node_key() {
    if (key_ == "id"sv) slot_ = Slot::kNodeId;
    else if (key_ == "label"sv) expect_text(node_.label);
    else if (key_ == "type"sv) expect_text(node_.type);
    else if (key_ == "aliases"sv) expect_list(node_.aliases);
    else if (key_ == "country"sv) expect_text(node_.country);
    else if (key_ == "affiliation"sv) expect_text(node_.affiliation);
    else if (key_ == "role"sv) expect_text(node_.role);
    else if (key_ == "date"sv) expect_text(node_.date);
    else if (key_ == "location"sv) expect_text(node_.location);
    else if (key_ == "mentions"sv) slot_ = Slot::kMentions;
    else if (key_ == "sources"sv) expect_list(node_.sources);
  }

  void link_key() {
    auto& p = link_.props;
    if (key_ == "source"sv) slot_ = Slot::kSource;
    else if (key_ == "target"sv) slot_ = Slot::kTarget;
    else if (key_ == "key"sv) slot_ = Slot::kLinkKey;
    else if (key_ == "relation"sv) expect_text(p.relation);
    else if (key_ == "date"sv) expect_text(p.date);
    else if (key_ == "place"sv) expect_text(p.place);
    else if (key_ == "event"sv) expect_text(p.event);
    else if (key_ == "object"sv) expect_text(p.object);
    else if (key_ == "status"sv) expect_text(p.status);
    else if (key_ == "weight"sv) expect_number(p.weight);
    else if (key_ == "confidence"sv) expect_number(p.confidence);
    else if (key_ == "sources"sv) {
      expect_list(p.sources);
      if (link_.target.given && !link_.target.index && nodes_done_) graph_.prefetch_node(link_.target.id);
    }
    else if (key_ == "evidence"sv) expect_text(p.evidence);
    else if (key_ == "provenance"sv) expect_list(p.provenance);
  }

  bool number(double d, std::optional<std::uint64_t> integral, bool is_double = false) {
    if (skip_depth_ > 0) return true;
    switch (slot_) {
      case Slot::kIgnore: case Slot::kGraphObject: case Slot::kGraphName: return true;
      case Slot::kDouble: *double_ = d; return true;
      case Slot::kMentions:
        if (!integral) return type_error();
        node_.mentions = *integral;
        return true;
      case Slot::kSource: case Slot::kTarget: {
        if (!integral || is_double) return type_error();
        Endpoint& e = slot_ == Slot::kSource ? link_.source : link_.target;
        e.index = *integral;
        e.given = true;
        return true;
      }
      case Slot::kLinkKey: {
        std::string k = "n";
        k += std::to_string(d);
        link_.key = std::move(k);
        return true;
      }
      default: return type_error();
    }
  }

  bool skip_start() {
    ++skip_depth_;
    return true;
  }
  bool skip_end() {
    if (--skip_depth_ == 0) restore_slot();
    return true;
  }

  void restore_slot() {
    slot_ = Slot::kIgnore;
    if (frames_.empty()) return;
    switch (frames_.back()) {
      case Frame::kNodes: slot_ = Slot::kNodeItem; break;
      case Frame::kLinks: slot_ = Slot::kLinkItem; break;
      case Frame::kList: slot_ = Slot::kListItem; break;
      default: break;
    }
  }

  // "nodes[3]" or "links[2]": the item being read.
  std::string item() const {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (*it == Frame::kNodes || *it == Frame::kNode) return "nodes[" + std::to_string(node_count_) + "]";
      if (*it == Frame::kLinks || *it == Frame::kLink) return "links[" + std::to_string(link_count_) + "]";
    }
    return "the top-level object";
  }

  // Where the token being handled starts.
  std::size_t token_start() const { return in_.Tell() - literal_length_; }
  // Handles a null, true or false of `length` characters, which the stream has already passed.
  template <class F>
  bool literal(std::size_t length, F handle) {
    literal_length_ = length;
    const bool ok = handle();
    literal_length_ = 0;
    return ok;
  }

  bool type_error() {
    std::string what;
    switch (slot_) {
      case Slot::kRoot: return fail(token_start(), "the top-level value must be an object");
      case Slot::kNodesArray: what = "\"nodes\" must be an array"; break;
      case Slot::kLinksArray: what = "\"" + std::string(key_) + "\" must be an array"; break;
      case Slot::kNodeItem: what = item() + " must be an object"; break;
      case Slot::kLinkItem: what = item() + " must be an object"; break;
      case Slot::kNodeId: what = item() + ": \"id\" must be a string"; break;
      case Slot::kString: what = item() + ": \"" + std::string(key_) + "\" must be a string"; break;
      case Slot::kList: case Slot::kListItem:
        what = item() + ": \"" + std::string(key_) + "\" must be an array of strings";
        break;
      case Slot::kMentions: what = item() + ": \"mentions\" must be a non-negative integer"; break;
      case Slot::kSource: case Slot::kTarget:
        what = item() + ": \"" + std::string(key_) + "\" must be a node id (a string) or a node index";
        break;
      case Slot::kDouble: what = item() + ": \"" + std::string(key_) + "\" must be a number or null"; break;
      case Slot::kLinkKey: what = item() + ": \"key\" must be a number or a string"; break;
      default: what = "unexpected value"; break;
    }
    return fail(token_start(), what);
  }

  bool fail(std::size_t offset, std::string message) {
    if (!error_) {
      error_ = std::move(message);
      error_offset_ = offset;
    }
    return false;
  }

  struct LastVertex {
    std::string id;
    std::optional<Vertex> vertex;
  };
  LastVertex source_cache_;
  LastVertex target_cache_;
  std::string_view bytes_;
  const rapidjson::StringStream& in_;
  EventGraph graph_;
  std::vector<Frame> frames_;
  Slot slot_ = Slot::kRoot;
  std::size_t skip_depth_ = 0;
  std::string key_;
  std::size_t literal_length_ = 0;  // while a null, true or false is handled
  std::size_t object_offset_ = 0;
  std::string* string_ = nullptr;
  std::vector<std::string>* list_ = nullptr;
  double* double_ = nullptr;
  NodeProps node_;
  bool node_has_id_ = false;
  std::size_t node_id_offset_ = 0;
  std::size_t node_count_ = 0;
  Link link_;
  std::size_t link_count_ = 0;
  bool nodes_seen_ = false;
  bool nodes_done_ = false;
  LinkKeySet link_keys_;  // source, target and key of the links with a key
  std::optional<std::string> graph_name_;
  std::vector<std::string> node_order_;
  std::vector<Link> links_;  // links read before "nodes"
  std::optional<std::string> error_;
  std::size_t error_offset_ = 0;
};

}  // namespace

EventGraph read_json_graph_padded(std::string_view bytes, const std::string& name) {
  const std::size_t start = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::string_view body = bytes.substr(start);
  const auto parse = [&](auto flags) {
    rapidjson::StringStream in(body.data());  // stops at the NUL after the text (or at one inside it)
    Handler handler(body, in);
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok = reader.Parse<decltype(flags)::value>(in, handler);
    if (handler.failed()) {
      throw Error(located_message(name, bytes, start + handler.error_offset(), handler.error()));
    }
    if (!ok) {
      throw Error(located_message(name, bytes, start + ok.Offset(), rapidjson::GetParseError_En(ok.Code())));
    }
    if (in.Tell() != body.size()) {
      throw Error(located_message(name, bytes, start + in.Tell(), "unexpected NUL byte"));
    }
    if (!handler.add_links()) {
      throw Error(located_message(name, bytes, start + handler.error_offset(), handler.error()));
    }
    return handler.take();
  };
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseNanAndInfFlag;
  if (utf8_valid(body)) return parse(std::integral_constant<unsigned, kFlags>{});
  return parse(std::integral_constant<unsigned, kFlags | rapidjson::kParseValidateEncodingFlag>{});
}

EventGraph read_json_graph(std::string_view bytes, const std::string& name) {
  std::string padded;
  padded.reserve(bytes.size() + kJsonPadding);
  padded.assign(bytes);
  padded.append(kJsonPadding, '\0');
  return read_json_graph_padded(std::string_view(padded.data(), bytes.size()), name);
}

}  // namespace evkg
