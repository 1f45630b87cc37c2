// Lexicon::image and Lexicon::from_image: every member of a built lexicon, in order, as bytes
// (image_io.hpp). The build stores the built-in lexicon so (lexicon_image_gen.cpp), and start-up
// copies its tables back instead of parsing the JSON and building them.
#include <algorithm>
#include <unordered_map>

#include "extract/image_io.hpp"
#include "extract/lexicon.hpp"

namespace evkg {
namespace {

void save(ImageWriter& out, const Date& d) {
  out.value(d.year);
  out.value(d.month);
  out.value(d.day);
}

Date load_date(ImageReader& in) {
  Date d;
  d.year = in.value<int>();
  d.month = in.value<int>();
  d.day = in.value<int>();
  return d;
}

void save(ImageWriter& out, const LexEntry& e) {
  out.value(e.kind);
  out.value(e.index);
  out.value(e.case_sensitive);
  out.value(e.needs_capital);
}

LexEntry load_entry(ImageReader& in) {
  LexEntry e;
  e.kind = in.value<LexKind>();
  e.index = in.value<std::uint32_t>();
  e.case_sensitive = in.value<bool>();
  e.needs_capital = in.value<bool>();
  return e;
}

void save(ImageWriter& out, const CountryInfo& c) {
  out.text(c.code);
  out.text(c.id);
  out.text(c.label);
  out.texts(c.aliases);
  out.texts(c.demonyms);
  out.text(c.capital);
  out.texts(c.capital_aliases);
  out.texts(c.seats);
  out.texts(c.cities);
  out.value(c.historic);
}

void load(ImageReader& in, CountryInfo& c) {
  c.code = in.text();
  c.id = in.text();
  c.label = in.text();
  c.aliases = in.texts();
  c.demonyms = in.texts();
  c.capital = in.text();
  c.capital_aliases = in.texts();
  c.seats = in.texts();
  c.cities = in.texts();
  c.historic = in.value<bool>();
}

void save(ImageWriter& out, const OrgInfo& o) {
  out.text(o.key);
  out.text(o.id);
  out.text(o.label);
  out.text(o.kind);
  out.texts(o.aliases);
  out.texts(o.demonyms);
  out.text(o.seat);
  out.text(o.meetings_of);
}

void load(ImageReader& in, OrgInfo& o) {
  o.key = in.text();
  o.id = in.text();
  o.label = in.text();
  o.kind = in.text();
  o.aliases = in.texts();
  o.demonyms = in.texts();
  o.seat = in.text();
  o.meetings_of = in.text();
}

void save(ImageWriter& out, const Position& p) {
  out.text(p.role);
  out.text(p.country);
  out.text(p.org);
  save(out, p.from);
  save(out, p.to);
}

void load(ImageReader& in, Position& p) {
  p.role = in.text();
  p.country = in.text();
  p.org = in.text();
  p.from = load_date(in);
  p.to = load_date(in);
}

void save(ImageWriter& out, const PersonInfo& p) {
  out.text(p.id);
  out.text(p.name);
  out.value(p.gender);
  out.texts(p.variants);
  out.size(p.positions.size());
  for (const auto& q : p.positions) save(out, q);
  out.text(p.surname);
  out.value(p.family_first);
}

void load(ImageReader& in, PersonInfo& p) {
  p.id = in.text();
  p.name = in.text();
  p.gender = in.value<char>();
  p.variants = in.texts();
  p.positions.resize(in.size());
  for (auto& q : p.positions) load(in, q);
  p.surname = in.text();
  p.family_first = in.value<bool>();
}

void save(ImageWriter& out, const TitleInfo& t) {
  out.text(t.key);
  out.text(t.label);
  out.text(t.head);
  out.size(t.form_countries.size());
  for (const auto& [form, country] : t.form_countries) {
    out.text(form);
    out.text(country);
  }
}

void load(ImageReader& in, TitleInfo& t) {
  t.key = in.text();
  t.label = in.text();
  t.head = in.text();
  t.form_countries.resize(in.size());
  for (auto& [form, country] : t.form_countries) {
    form = in.text();
    country = in.text();
  }
}

void save(ImageWriter& out, const TriggerInfo& t) {
  out.text(t.relation);
  out.text(t.frame);
  out.value(t.noun);
  out.value(t.passive_ok);
}

void load(ImageReader& in, TriggerInfo& t) {
  t.relation = in.text();
  t.frame = in.text();
  t.noun = in.value<bool>();
  t.passive_ok = in.value<bool>();
}

void save(ImageWriter& out, const std::vector<std::uint32_t>& v) { out.values(v); }
void load(ImageReader& in, std::vector<std::uint32_t>& v) { v = in.values<std::uint32_t>(); }
void save(ImageWriter& out, std::uint32_t v) { out.value(v); }
void load(ImageReader& in, std::uint32_t& v) { v = in.value<std::uint32_t>(); }

void save(ImageWriter& out, const std::pair<std::string, LexEntry>& p) {
  out.text(p.first);
  save(out, p.second);
}

void load(ImageReader& in, std::pair<std::string, LexEntry>& p) {
  p.first = in.text();
  p.second = load_entry(in);
}

template <typename T>
void save(ImageWriter& out, const std::vector<T>& v) {
  out.size(v.size());
  for (const auto& x : v) save(out, x);
}

template <typename T>
void load(ImageReader& in, std::vector<T>& v) {
  v.resize(in.size());
  for (auto& x : v) load(in, x);
}

// A map looked up by key only: its order is no part of the lexicon, and the image stores it in key
// order, so that equal lexicons have equal images whatever order their maps were filled in.
template <typename T>
void save(ImageWriter& out, const std::unordered_map<std::string, T>& m) {
  std::vector<const std::pair<const std::string, T>*> in_order;
  in_order.reserve(m.size());
  for (const auto& item : m) in_order.push_back(&item);
  std::sort(in_order.begin(), in_order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  out.size(in_order.size());
  for (const auto* item : in_order) {
    out.text(item->first);
    save(out, item->second);
  }
}

template <typename T>
void load(ImageReader& in, std::unordered_map<std::string, T>& m) {
  const std::size_t n = in.size();
  m.clear();
  m.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    T value{};
    const std::string_view key = in.text();
    load(in, value);
    m.emplace(key, std::move(value));
  }
}

}  // namespace

std::string Lexicon::image() const {
  ImageWriter out;
  save(out, countries_);
  save(out, orgs_);
  save(out, people_);
  save(out, titles_);
  save(out, triggers_);
  out.texts(places_);
  out.texts(event_kinds_);
  out.texts(cue_kinds_);
  out.texts(unrealised_infinitive_nouns_);
  out.texts(honorifics_);
  out.texts(person_nouns_);
  out.texts(outlets_);
  save(out, pending_);
  index_.save(out);
  out.size(keys_.size());
  for (const auto& k : keys_) {
    out.value(k.entries);
    out.value(k.max_len);
  }
  words_.save(out);
  out.values(pair_bits_);
  out.value(pair_mask_);
  entries_.save(out);
  save(out, holders_);
  out.value(latest_year_);
  save(out, country_by_code_);
  save(out, org_by_key_);
  save(out, title_by_key_);
  return out.bytes();
}

Lexicon Lexicon::from_image(std::string_view bytes) {
  ImageReader in(bytes);
  Lexicon l;
  load(in, l.countries_);
  load(in, l.orgs_);
  load(in, l.people_);
  load(in, l.titles_);
  load(in, l.triggers_);
  l.places_ = in.texts();
  l.event_kinds_ = in.texts();
  l.cue_kinds_ = in.texts();
  l.unrealised_infinitive_nouns_ = in.texts();
  l.honorifics_ = in.texts();
  l.person_nouns_ = in.texts();
  l.outlets_ = in.texts();
  load(in, l.pending_);
  l.index_.load(in);
  l.keys_.resize(in.size());
  for (auto& k : l.keys_) {
    k.entries = in.value<std::uint32_t>();
    k.max_len = in.value<std::uint8_t>();
  }
  l.words_.load(in);
  l.pair_bits_ = in.values<std::uint64_t>();
  l.pair_mask_ = in.value<std::uint64_t>();
  l.entries_.load(in);
  load(in, l.holders_);
  l.latest_year_ = in.value<int>();
  load(in, l.country_by_code_);
  load(in, l.org_by_key_);
  load(in, l.title_by_key_);
  if (!in.at_end()) throw Error("lexicon image: bytes after the end");
  return l;
}

}  // namespace evkg
