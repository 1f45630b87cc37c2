#include "extract/lexicon.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <string_view>

#include "core/error.hpp"
#include "core/fold.hpp"
#include "core/slug.hpp"
#include "data/embedded.hpp"
#include "extract/token.hpp"
#include "extract/word_classes.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// German umlauts and eszett as English text writes them when it drops the marks ("Gerhard
// Schroeder", "Koehler"): ä ö ü ß -> ae oe ue ss; the marks folded away ("Schroder") match anyway.
// Umlauts written out ("Schröder" -> "Schroeder").
constexpr std::pair<std::string_view, std::string_view> kUmlauts[] = {
    {"\u00e4", "ae"}, {"\u00f6", "oe"}, {"\u00fc", "ue"}, {"\u00c4", "Ae"},
    {"\u00d6", "Oe"}, {"\u00dc", "Ue"}, {"\u00df", "ss"}};
// Letters that no accent stripping makes plain, as they are written without them ("Kalın" ->
// "Kalin", "Støre" -> "Store", "Kosiniak-Kamysz" stays): clients that fold names by decomposing them
// (the scorer, NetworkX users) find the name by its plain spelling.
constexpr std::pair<std::string_view, std::string_view> kPlainLetters[] = {
    {"\u0131", "i"}, {"\u0130", "I"}, {"\u0142", "l"}, {"\u0141", "L"}, {"\u00f8", "o"},  {"\u00d8", "O"},
    {"\u0111", "d"}, {"\u0110", "D"}, {"\u00f0", "d"}, {"\u00d0", "D"}, {"\u00e6", "ae"}, {"\u00c6", "Ae"},
    {"\u0153", "oe"}, {"\u0152", "Oe"}, {"\u00fe", "th"}, {"\u00de", "Th"}, {"\u00df", "ss"}};

template <std::size_t N>
std::string transliterated(const std::string& s, const std::pair<std::string_view, std::string_view> (&kMap)[N]) {
  std::string out;
  out.reserve(s.size() + 4);
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // every letter mapped is a multi-byte one
      out += s[i++];
      continue;
    }
    bool mapped = false;
    for (const auto& [from, to] : kMap) {
      if (s.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) out += s[i++];
  }
  return out;
}

// The spellings of a person's name and variants with umlauts written out, as further variants.
void add_transliterated_spellings(PersonInfo& p) {
  auto add = [&](std::string t, const std::string& s) {
    if (t != s && std::find(p.variants.begin(), p.variants.end(), t) == p.variants.end()) p.variants.push_back(std::move(t));
  };
  // The name and the variants the data gives (not the ones added here), copied only when they
  // have a letter to write out: most names have none.
  const std::size_t given = p.variants.size();
  for (std::size_t k = 0; k <= given; ++k) {
    const std::string& spelling = k == 0 ? p.name : p.variants[k - 1];
    // (umlauts are written with the lead byte 0xC3, the plain letters' with 0xC3, 0xC4 or 0xC5)
    const bool umlauts = spelling.find('\xC3') != std::string::npos;
    if (!umlauts && spelling.find('\xC4') == std::string::npos && spelling.find('\xC5') == std::string::npos) continue;
    const std::string s = spelling;  // (add() may move the variants)
    if (umlauts) add(transliterated(s, kUmlauts), s);
    add(transliterated(s, kPlainLetters), s);
  }
}

using Value = rapidjson::Value;

// Every entry of a lexicon list is an object; FindMember on anything else is undefined behaviour
// in RapidJSON (it reads a string or number as if it were a member array).
void object_entry(const Value& v, const std::string& name, const char* list) {
  if (!v.IsObject()) throw Error(name + ": an entry of \"" + list + "\" is not a JSON object");
}

std::string str(const Value& v, const char* key) {
  if (!v.IsObject()) return {};
  const auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> strs(const Value& v, const char* key) {
  std::vector<std::string> out;
  if (!v.IsObject()) return out;
  const auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& x : it->value.GetArray()) {
    if (x.IsString()) out.emplace_back(x.GetString(), x.GetStringLength());
  }
  return out;
}

Date date_of(const std::string& s) {
  if (s.empty()) return {};
  const auto d = Date::parse_iso(s);
  return d ? *d : Date{};
}

// An acronym: all capitals (dots allowed), at most five letters: matched case-sensitively.
bool acronym(const std::string& s) {
  int letters = 0;
  for (const char c : s) {
    if (c == '.' || c == '&') continue;
    if (c < 'A' || c > 'Z') return false;
    ++letters;
  }
  return letters >= 1 && letters <= 5;
}

// Lower-case particles that start a surname ("von der Leyen", "de Klerk", "al-Assad" is one token).
// (string views, compared length first: as C strings each test measured the particle, 2.3 million
// instructions of the start-up)
bool particle(std::string_view k) {
  static constexpr std::string_view kParticles[] = {"von", "van", "de",  "der", "den", "del", "della",
                                                    "di",  "da",  "du",  "le",  "la",  "al",  "el",
                                                    "bin", "ibn", "dos", "das", "ter", "ten"};
  return std::find(std::begin(kParticles), std::end(kParticles), k) != std::end(kParticles);
}

// Family name first in these countries' naming customs.
bool family_name_first(const PersonInfo& p) {
  if (p.family_first) return true;
  for (const auto& pos : p.positions) {
    if (pos.country == "CHN"sv || pos.country == "PRK"sv || pos.country == "KOR"sv || pos.country == "TWN"sv ||
        pos.country == "HKG"sv || pos.country == "MNG"sv) {
      return true;
    }
  }
  return false;
}

// The tokens of a lexicon string, in buffers kept from call to call: building the lexicon tokenizes
// some 25,000 names and phrases, and a fresh token list for each was a sixth of the start-up time.
// Valid until the next call on the same thread.
const std::vector<Token>& tokens_of(std::string_view text) {
  thread_local std::vector<Token> tokens;
  thread_local KeyArena keys;
  tokenize_into(text, tokens, keys);
  return tokens;
}

// Whether the person held an office of the country (ISO alpha-3).
bool holds_office_of(const PersonInfo& p, std::string_view country) {
  return std::any_of(p.positions.begin(), p.positions.end(), [&](const Position& pos) { return pos.country == country; });
}

// The surname of a full name as news uses it alone.
std::string surname_of(const PersonInfo& p, const std::string& name) {
  const auto& toks = tokens_of(name);
  std::vector<std::string_view> words;
  for (const auto& t : toks) {
    if (t.is(kWord) && t.key != "'s"sv) words.push_back(std::string_view(name).substr(t.begin, t.end - t.begin));
  }
  if (words.size() < 2) return {};
  // ("William, Prince of Wales": a given name and a style, no family name; "of Wales" is none)
  if (name.find(',') != std::string::npos) return {};
  if (family_name_first(p)) return std::string(words.front());
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (particle(name_key(words[i]))) {
      const auto b = static_cast<std::size_t>(words[i].data() - name.data());
      return name.substr(b);
    }
  }
  std::string last(words.back());
  const std::string k = name_key(last);
  const bool roman = !k.empty() && k.find_first_not_of("ivxlc") == std::string::npos;
  if (k == "jr"sv || k == "sr"sv || roman) return std::string(words[words.size() - 2]);
  return last;
}

std::string phrase_key(const std::string& text) {
  std::string key;
  for (const auto& t : tokens_of(text)) {
    if (!key.empty()) key.push_back(' ');
    key += t.key;
  }
  return key;
}

}  // namespace

Lexicon Lexicon::from_embedded_data() {
  Lexicon l;
  for (const auto& f : embedded_files()) {
    if (f.name == "iso_3166-1.json") l.load_iso(f.bytes, std::string(f.name));
  }
  for (const auto& f : embedded_files()) {
    if (f.name != "iso_3166-1.json" && f.name != "iso_3166-2.json") l.load_json(f.bytes, "data/" + std::string(f.name), false);
  }
  std::string_view iso1, iso2;
  for (const auto& f : embedded_files()) {
    if (f.name == "iso_3166-1.json") iso1 = f.bytes;
    if (f.name == "iso_3166-2.json") iso2 = f.bytes;
  }
  if (!iso2.empty()) l.load_subdivisions(iso1, iso2, "iso_3166-2.json");
  l.build_index();
  return l;
}

// The states and provinces of a few large countries whose news names them in English ("the
// western state of Gujarat", "Queensland", "Guangdong"), from ISO 3166-2, as places of their
// country: not a name the lexicon already has for something else, a given name ("Virginia"), a
// name two countries share ("Punjab"), nor one whose country the lexicon lacks.
void Lexicon::load_subdivisions(std::string_view iso1, std::string_view iso2, const std::string& name) {
  static const std::set<std::string_view> kCountries = {"IN", "US", "CA", "AU", "BR", "ZA", "CN", "PK"};
  static const std::set<std::string_view> kTypes = {"State", "Province", "Territory", "Union territory",
                                                    "Autonomous region", "Federal district"};
  rapidjson::Document one;
  one.Parse(iso1.data(), iso1.size());
  rapidjson::Document two;
  two.Parse(iso2.data(), iso2.size());
  if (one.HasParseError() || two.HasParseError() || !two.IsObject() || !two.HasMember("3166-2") ||
      !two["3166-2"].IsArray()) {
    throw Error(name + ": not an ISO 3166-2 list");
  }
  std::map<std::string, std::string> alpha3;  // alpha-2 -> alpha-3
  for (const auto& c : one["3166-1"].GetArray()) alpha3[str(c, "alpha_2")] = str(c, "alpha_3");
  std::set<std::string> known;  // every name the lexicon has
  for (const auto& [text, entry] : pending_) known.insert(name_key(text));
  for (const auto& c : countries_) {
    for (const std::string* n : {&c.label, &c.capital}) known.insert(name_key(*n));
    for (const auto* v : {&c.aliases, &c.demonyms, &c.capital_aliases, &c.seats, &c.cities}) {
      for (const auto& n : *v) known.insert(name_key(n));
    }
  }
  for (const auto& o : orgs_) {
    known.insert(name_key(o.label));
    for (const auto& a : o.aliases) known.insert(name_key(a));
  }
  for (const auto& p : people_) {
    known.insert(name_key(p.name));
    known.insert(name_key(p.surname));
    for (const auto& v : p.variants) known.insert(name_key(v));
  }
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> found;  // key -> (country, name)
  for (const auto& sd : two["3166-2"].GetArray()) {
    const std::string code = str(sd, "code");
    const std::string cc = code.substr(0, code.find('-'));
    if (kCountries.count(cc) == 0 || kTypes.count(str(sd, "type")) == 0) continue;
    std::string n = str(sd, "name");
    // ("Guangdong Sheng", "Xinjiang Uygur Zizhiqu": the name without its Chinese kind)
    if (cc == "CN") {
      if (n.ends_with(" Zizhiqu")) {
        n.resize(n.find(' '));
      } else if (n.ends_with(" Sheng")) {
        n.resize(n.size() - 6);
      } else if (n.ends_with(" Shi")) {
        n.resize(n.size() - 4);
      }
    }
    if (n.find_first_of("[(*,") != std::string::npos) continue;
    found[name_key(n)].emplace_back(alpha3[cc], n);
  }
  for (const auto& [key, places] : found) {
    if (places.size() != 1 || known.count(key) != 0 || given_name_listed(key)) continue;
    const auto it = country_by_code_.find(places.front().first);
    if (it == country_by_code_.end()) continue;
    countries_[it->second].cities.push_back(places.front().second);
  }
}

bool Lexicon::given_name_listed(const std::string& key) const {
  return std::find(female_names_.begin(), female_names_.end(), key) != female_names_.end() ||
         std::find(male_names_.begin(), male_names_.end(), key) != male_names_.end();
}

Lexicon Lexicon::from_texts(const std::vector<NamedText>& texts) {
  Lexicon l;
  for (const auto& t : texts) l.load_json(t.json, t.name, false);
  l.build_index();
  return l;
}

Lexicon Lexicon::with_overlays(const std::vector<std::string>& files, const Lexicon& base) {
  Lexicon l = base;
  l.phrases_.clear();
  l.max_len_.clear();
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot read lexicon file");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    l.load_json(bytes, path, true);
  }
  l.build_index();
  return l;
}

void Lexicon::load_iso(std::string_view bytes, const std::string& name) {
  rapidjson::Document d;
  d.Parse(bytes.data(), bytes.size());
  if (d.HasParseError() || !d.IsObject() || !d.HasMember("3166-1") || !d["3166-1"].IsArray()) {
    throw Error(name + ": not an ISO 3166-1 list");
  }
  for (const auto& c : d["3166-1"].GetArray()) {
    object_entry(c, name, "3166-1");
    CountryInfo ci;
    ci.code = str(c, "alpha_3");
    if (ci.code.size() != 3) continue;
    const std::string common = str(c, "common_name");
    ci.label = common.empty() ? str(c, "name") : common;
    for (const char* k : {"name", "official_name", "common_name"}) {
      const std::string a = str(c, k);
      if (!a.empty() && a != ci.label) ci.aliases.push_back(a);
    }
    std::string lower = ci.code;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char ch) { return static_cast<char>(ch - 'A' + 'a'); });
    ci.id = "country:" + lower;
    country_by_code_[ci.code] = static_cast<std::uint32_t>(countries_.size());
    countries_.push_back(std::move(ci));
  }
}

void Lexicon::load_json(std::string_view bytes, const std::string& name, bool overlay) {
  // Parsed in place, in a copy of the bytes that lives as long as the document: its strings are
  // then views of the copy, where a parse of the bytes copied each into the document (a thirteenth
  // of the built-in lexicon's start-up). In place a NUL byte would end the text early, so a file
  // with one takes the copying parse, which reports it.
  std::string buffer;
  rapidjson::Document d;
  if (bytes.find('\0') == std::string_view::npos) {
    // RapidJSON's SSE2 whitespace skip (RAPIDJSON_SSE2) reads the aligned 16 bytes that hold the
    // closing NUL, up to 15 past it: they must be the buffer's own (AddressSanitizer stops a read of
    // the next block, as the image generator of the sanitized build showed).
    buffer.reserve(bytes.size() + 16);
    buffer.assign(bytes);
    d.ParseInsitu<rapidjson::kParseIterativeFlag>(buffer.data());
  } else {
    d.Parse<rapidjson::kParseIterativeFlag>(bytes.data(), bytes.size());
  }
  if (d.HasParseError()) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < d.GetErrorOffset() && i < bytes.size(); ++i) {
      if (bytes[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    throw Error(name + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
                rapidjson::GetParseError_En(d.GetParseError()));
  }
  if (!d.IsObject()) throw Error(name + ":1:1: a lexicon file must be a JSON object");

  if (d.HasMember("countries") && d["countries"].IsArray()) {
    for (const auto& c : d["countries"].GetArray()) {
      object_entry(c, name, "countries");
      const std::string code = str(c, "code");
      if (code.size() != 3) throw Error(name + ": country without a 3-letter \"code\"");
      auto it = country_by_code_.find(code);
      if (it == country_by_code_.end()) {
        CountryInfo ci;
        ci.code = code;
        std::string lower = code;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](char ch) { return static_cast<char>(ch | 0x20); });
        ci.id = "country:" + lower;
        it = country_by_code_.emplace(code, static_cast<std::uint32_t>(countries_.size())).first;
        countries_.push_back(std::move(ci));
      }
      CountryInfo& ci = countries_[it->second];
      const std::string label = str(c, "label");
      if (!label.empty() && label != ci.label) {
        if (!ci.label.empty()) ci.aliases.push_back(ci.label);
        ci.label = label;
      }
      for (auto& a : strs(c, "aliases")) ci.aliases.push_back(std::move(a));
      for (auto& a : strs(c, "demonyms")) ci.demonyms.push_back(std::move(a));
      if (const auto cap = str(c, "capital"); !cap.empty()) ci.capital = cap;
      for (auto& a : strs(c, "capital_aliases")) ci.capital_aliases.push_back(std::move(a));
      for (auto& a : strs(c, "seats")) ci.seats.push_back(std::move(a));
      if (const auto sc = str(c, "seat_city"); !sc.empty()) ci.seat_city = sc;
      for (auto& a : strs(c, "cities")) ci.cities.push_back(std::move(a));
      for (auto& a : strs(c, "combining")) ci.combining.push_back(std::move(a));
      if (c.HasMember("historic") && c["historic"].IsBool()) ci.historic = c["historic"].GetBool();
    }
  }
  if (d.HasMember("organizations") && d["organizations"].IsArray()) {
    for (const auto& o : d["organizations"].GetArray()) {
      object_entry(o, name, "organizations");
      OrgInfo oi;
      oi.key = str(o, "id");
      oi.label = str(o, "label");
      if (oi.key.empty() || oi.label.empty()) throw Error(name + ": organization without \"id\" or \"label\"");
      oi.id = "organization:" + slug(oi.key);
      oi.kind = str(o, "kind");
      oi.aliases = strs(o, "aliases");
      oi.demonyms = strs(o, "demonyms");
      oi.seat = str(o, "seat");
      oi.meetings_of = str(o, "meetings_of");
      const auto it = org_by_key_.find(oi.key);
      if (it != org_by_key_.end()) {
        orgs_[it->second] = std::move(oi);
      } else {
        org_by_key_[oi.key] = static_cast<std::uint32_t>(orgs_.size());
        orgs_.push_back(std::move(oi));
      }
    }
  }
  if (d.HasMember("people") && d["people"].IsArray()) {
    std::unordered_map<std::string, std::uint32_t> by_id;
    for (std::uint32_t i = 0; i < people_.size(); ++i) by_id[people_[i].id] = i;
    for (const auto& p : d["people"].GetArray()) {
      object_entry(p, name, "people");
      PersonInfo pi;
      pi.name = str(p, "name");
      if (pi.name.empty()) throw Error(name + ": person without \"name\"");
      pi.id = make_id("person", pi.name);
      const std::string g = str(p, "gender");
      pi.gender = g.empty() ? '?' : g[0];
      pi.variants = strs(p, "variants");
      add_transliterated_spellings(pi);
      pi.family_first = p.HasMember("family_name_first") && p["family_name_first"].IsBool() &&
                        p["family_name_first"].GetBool();
      if (p.HasMember("positions") && p["positions"].IsArray()) {
        for (const auto& q : p["positions"].GetArray()) {
          object_entry(q, name, "positions");
          Position pos;
          pos.role = str(q, "role");
          pos.country = str(q, "country");
          pos.org = str(q, "org");
          pos.from = date_of(str(q, "from"));
          pos.to = date_of(str(q, "to"));
          pi.positions.push_back(std::move(pos));
        }
      }
      const auto it = by_id.find(pi.id);
      if (it != by_id.end() && !overlay) {
        // The same person in two built-in files: one entry with all positions and spellings.
        auto& have = people_[it->second];
        for (auto& v : pi.variants) {
          if (std::find(have.variants.begin(), have.variants.end(), v) == have.variants.end()) have.variants.push_back(v);
        }
        have.family_first = have.family_first || pi.family_first;
        for (auto& q : pi.positions) {
          const bool dup = std::any_of(have.positions.begin(), have.positions.end(), [&](const Position& x) {
            return x.role == q.role && x.country == q.country && x.org == q.org && x.from == q.from;
          });
          if (!dup) have.positions.push_back(std::move(q));
        }
        if (have.gender == '?') have.gender = pi.gender;
      } else if (it != by_id.end()) {
        people_[it->second] = std::move(pi);
      } else {
        by_id[pi.id] = static_cast<std::uint32_t>(people_.size());
        people_.push_back(std::move(pi));
      }
    }
  }
  if (d.HasMember("titles") && d["titles"].IsArray()) {
    for (const auto& t : d["titles"].GetArray()) {
      object_entry(t, name, "titles");
      TitleInfo ti;
      ti.key = str(t, "key");
      ti.label = str(t, "label");
      ti.head = str(t, "head");
      if (ti.key.empty()) throw Error(name + ": title without \"key\"");
      if (t.HasMember("form_countries") && t["form_countries"].IsObject()) {
        for (const auto& fc : t["form_countries"].GetObject()) {
          if (fc.value.IsString()) ti.form_countries.emplace_back(name_key(fc.name.GetString()), fc.value.GetString());
        }
      }
      std::uint32_t idx = 0;
      const auto it = title_by_key_.find(ti.key);
      if (it != title_by_key_.end()) {
        idx = it->second;
        titles_[idx] = ti;
      } else {
        idx = static_cast<std::uint32_t>(titles_.size());
        title_by_key_[ti.key] = idx;
        titles_.push_back(ti);
      }
      for (const auto& f : strs(t, "forms")) pending_.emplace_back(f, LexEntry{LexKind::kTitle, idx, false, false});
    }
  }
  for (const auto& h : strs(d, "honorifics")) pending_.emplace_back(h, LexEntry{LexKind::kHonorific, 0, false, true});
  for (const auto& h : strs(d, "person_nouns")) pending_.emplace_back(h, LexEntry{LexKind::kPersonNoun, 0, false, false});
  for (const auto& n : strs(d, "female_given_names")) female_names_.push_back(name_key(n));
  for (const auto& n : strs(d, "male_given_names")) male_names_.push_back(name_key(n));
  for (const auto& o : strs(d, "outlets")) {
    const bool capital = !o.empty() && o[0] >= 'A' && o[0] <= 'Z';
    pending_.emplace_back(o, LexEntry{LexKind::kOutlet, 0, acronym(o), capital});
  }
  if (d.HasMember("places") && d["places"].IsArray()) {
    for (const auto& p : d["places"].GetArray()) {
      object_entry(p, name, "places");
      const std::string n = str(p, "name");
      if (n.empty()) continue;
      const auto idx = static_cast<std::uint32_t>(places_.size());
      places_.push_back(n);
      pending_.emplace_back(n, LexEntry{LexKind::kPlace, idx, false, true});
      for (const auto& a : strs(p, "aliases")) pending_.emplace_back(a, LexEntry{LexKind::kPlace, idx, false, true});
    }
  }
  if (d.HasMember("triggers") && d["triggers"].IsArray()) {
    for (const auto& t : d["triggers"].GetArray()) {
      object_entry(t, name, "triggers");
      TriggerInfo ti;
      ti.relation = str(t, "relation");
      ti.frame = str(t, "frame");
      if (ti.relation.empty() || ti.frame.empty()) throw Error(name + ": trigger without \"relation\" or \"frame\"");
      const auto idx = static_cast<std::uint32_t>(triggers_.size());
      const std::string verb = str(t, "verb");
      const std::string rest = str(t, "rest");
      auto add = [&](const std::string& form) {
        std::string key = form;
        if (!rest.empty()) key.append(" ").append(rest);
        pending_.emplace_back(std::move(key), LexEntry{LexKind::kTrigger, idx, false, false});
      };
      if (!verb.empty()) {
        // Inflections: given forms win over the regular rules.
        const std::string past = str(t, "past");
        const std::string pp = str(t, "pp");
        const std::string ing = str(t, "ing");
        const std::string s3 = str(t, "s");
        auto ends = [&](const char* suf) { return verb.ends_with(suf); };
        const bool cons_y = verb.size() > 1 && verb.back() == 'y' &&
                            std::string("aeiou").find(verb[verb.size() - 2]) == std::string::npos;
        std::string reg_s = s3.empty() ? (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") ? verb + "es"
                                          : cons_y ? verb.substr(0, verb.size() - 1) + "ies"
                                                   : verb + "s")
                                       : s3;
        std::string reg_past = past.empty() ? (ends("e") ? verb + "d" : cons_y ? verb.substr(0, verb.size() - 1) + "ied" : verb + "ed")
                                            : past;
        std::string reg_pp = pp.empty() ? reg_past : pp;
        std::string reg_ing = ing.empty() ? (ends("ie") ? verb.substr(0, verb.size() - 2) + "ying"
                                             : (ends("e") && !ends("ee")) ? verb.substr(0, verb.size() - 1) + "ing"
                                                                          : verb + "ing")
                                          : ing;
        for (const auto& f : {verb, reg_s, reg_past, reg_pp, reg_ing}) add(f);
      }
      for (const auto& f : strs(t, "forms")) add(f);
      const auto nouns = strs(t, "nouns");
      if (!nouns.empty()) ti.noun = true;
      for (const auto& f : nouns) add(f);
      triggers_.push_back(ti);
    }
  }
  if (d.HasMember("event_nouns") && d["event_nouns"].IsObject()) {
    for (const auto& m : d["event_nouns"].GetObject()) {
      const auto idx = static_cast<std::uint32_t>(event_kinds_.size());
      event_kinds_.emplace_back(m.name.GetString(), m.name.GetStringLength());
      if (!m.value.IsArray()) continue;
      for (const auto& f : m.value.GetArray()) {
        if (f.IsString()) pending_.emplace_back(f.GetString(), LexEntry{LexKind::kEventNoun, idx, false, false});
      }
    }
  }
  if (d.HasMember("cues") && d["cues"].IsObject()) {
    for (const auto& m : d["cues"].GetObject()) {
      if (std::string_view(m.name.GetString(), m.name.GetStringLength()) == "unrealised_infinitive_nouns"sv) {
        // words that the clause rules look up, not phrases to find in the text: no cue kind
        if (!m.value.IsArray()) continue;
        auto& nouns = unrealised_infinitive_nouns_;
        for (const auto& f : m.value.GetArray()) {
          if (!f.IsString()) continue;
          std::string k = phrase_key(f.GetString());
          const auto at = std::lower_bound(nouns.begin(), nouns.end(), k);
          if (at == nouns.end() || *at != k) nouns.insert(at, std::move(k));
        }
        continue;
      }
      const auto idx = static_cast<std::uint32_t>(cue_kinds_.size());
      cue_kinds_.emplace_back(m.name.GetString(), m.name.GetStringLength());
      if (!m.value.IsArray()) continue;
      for (const auto& f : m.value.GetArray()) {
        if (f.IsString()) pending_.emplace_back(f.GetString(), LexEntry{LexKind::kCue, idx, false, false});
      }
    }
  }
}

namespace {

// Whether a name's first word, after a leading "the", starts in lower case ("coalition of the
// willing", but not "the Arab League").
bool written_lower_case(std::string_view name) {
  if (name.starts_with("the ")) name.remove_prefix(4);
  return !name.empty() && name[0] >= 'a' && name[0] <= 'z';
}

}  // namespace

void Lexicon::add_phrase(const std::string& text, LexEntry e) {  // NOLINT(performance-unnecessary-value-param)
  std::string key = phrase_key(text);
  // A leading "the" is not part of a name in running text ("the Kremlin" matches at "Kremlin").
  if (key.starts_with("the ") && e.kind != LexKind::kCue && e.kind != LexKind::kTrigger) key = key.substr(4);
  if (key.empty()) return;
  // Very short title forms ("PM") only count in capitals, so that "3 pm" is no title.
  if (e.kind == LexKind::kTitle && key.size() <= 2) e.case_sensitive = true;
  auto& v = phrases_[key];
  for (auto& x : v) {
    if (x.kind == e.kind && x.index == e.index) {
      // The same name twice ("NATO" and "Nato"): the looser case rule wins.
      x.case_sensitive = x.case_sensitive && e.case_sensitive;
      x.needs_capital = x.needs_capital && e.needs_capital;
      return;
    }
  }
  v.push_back(e);
  // Every prefix of the phrase (in whole tokens, the phrase included) learns the length of the
  // longest phrase it starts: a scan extends a phrase only while it is some phrase's prefix.
  const auto words = static_cast<std::uint8_t>(std::min<std::size_t>(255, std::count(key.begin(), key.end(), ' ') + 1));
  for (std::size_t end = key.find(' ');; end = key.find(' ', end + 1)) {
    auto& m = max_len_[end == std::string::npos ? key : key.substr(0, end)];
    m = std::max(m, words);
    if (end == std::string::npos) break;
  }
}

// The given names of the lexicon's people whose gender it knows, added to the lists of
// data/given_names.json, which win over them; a name the people give to both is in neither. (Not
// the first word of a name that starts with the family name: "Xi Jinping", "Lee Hsien Loong".)
void Lexicon::build_given_names() {
  std::vector<std::string> female, male;
  for (const PersonInfo& p : people_) {
    const std::size_t space = p.name.find(' ');
    if (space == std::string::npos || p.family_first || (p.gender != 'f' && p.gender != 'm')) continue;
    const std::string first = name_key(std::string_view(p.name).substr(0, space));
    if (first.size() < 3 || first.find('.') != std::string::npos || name_key(p.surname).starts_with(first)) continue;
    (p.gender == 'f' ? female : male).push_back(first);
  }
  const auto sorted = [](std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  sorted(female);
  sorted(male);
  sorted(female_names_);
  sorted(male_names_);
  const auto minus = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
  };
  // (the people's names that are neither ambiguous among them nor of the other list)
  const std::vector<std::string> people_female = minus(minus(female, male), male_names_);
  const std::vector<std::string> people_male = minus(minus(male, female), female_names_);
  female_names_.insert(female_names_.end(), people_female.begin(), people_female.end());
  male_names_.insert(male_names_.end(), people_male.begin(), people_male.end());
  sorted(female_names_);
  sorted(male_names_);
}

char Lexicon::given_name_gender(std::string_view key) const {
  const auto has = [&](const std::vector<std::string>& v) {
    const auto it = std::lower_bound(v.begin(), v.end(), key, [](const std::string& a, std::string_view b) { return a < b; });
    return it != v.end() && *it == key;
  };
  return has(female_names_) ? 'f' : has(male_names_) ? 'm' : '?';
}

void Lexicon::build_index() {
  build_given_names();
  phrases_.clear();
  max_len_.clear();
  holders_.clear();
  country_by_combining_form_.clear();
  // about two phrases per lexicon entry and as many prefixes: no rehashing while they are added
  const std::size_t entries = countries_.size() * 8 + orgs_.size() * 4 + people_.size() * 3 + pending_.size();
  phrases_.reserve(entries);
  max_len_.reserve(entries);
  for (std::uint32_t i = 0; i < countries_.size(); ++i) {
    const auto& c = countries_[i];
    add_phrase(c.label, {LexKind::kCountry, i, acronym(c.label), true});
    for (const auto& a : c.aliases) add_phrase(a, {LexKind::kCountry, i, acronym(a), true});
    for (const auto& a : c.demonyms) add_phrase(a, {LexKind::kDemonym, i, acronym(a), true});
    if (!c.capital.empty()) add_phrase(c.capital, {LexKind::kCapital, i, false, true});
    for (const auto& a : c.capital_aliases) add_phrase(a, {LexKind::kCapital, i, false, true});
    for (const auto& a : c.seats) add_phrase(a, {LexKind::kSeat, i, acronym(a), true});
    for (const auto& a : c.cities) add_phrase(a, {LexKind::kCity, i, false, true});
    for (const auto& a : c.combining) country_by_combining_form_.emplace(name_key(a), i);
  }
  for (std::uint32_t i = 0; i < orgs_.size(); ++i) {
    const auto& o = orgs_[i];
    add_phrase(o.label, {LexKind::kOrg, i, acronym(o.label), !written_lower_case(o.label)});
    // an alias the data writes in lower case is found in lower case ("coalition of the willing",
    // "chemical weapons watchdog"); the others need their capital
    for (const auto& a : o.aliases) add_phrase(a, {LexKind::kOrg, i, acronym(a), !written_lower_case(a)});
    for (const auto& a : o.demonyms) add_phrase(a, {LexKind::kOrgDemonym, i, false, true});
  }
  for (std::uint32_t i = 0; i < people_.size(); ++i) {
    auto& p = people_[i];
    add_phrase(p.name, {LexKind::kPerson, i, false, true});
    const std::string sn = surname_of(p, p.name);
    p.surname = sn;
    // a surname that starts with a particle in lower case ("von der Leyen", "de Villepin") is
    // written so in running text: no capital needed
    const bool particle = !sn.empty() && sn[0] >= 'a' && sn[0] <= 'z';
    if (!sn.empty()) add_phrase(sn, {LexKind::kSurname, i, false, !particle});
    // "el-Sisi", "al-Assad": news often drops the Arabic article ("Sisi", "Assad")
    if (sn.size() > 6 && (sn.starts_with("al-") || sn.starts_with("el-") || sn.starts_with("Al-") ||
                          sn.starts_with("El-"))) {
      add_phrase(sn.substr(3), {LexKind::kSurname, i, false, true});
    }
    // "Kishida Fumio": Japan's government, and news following it, write a Japanese name family
    // name first
    if (const auto sp = p.name.find(' '); !p.family_first && sp != std::string::npos &&
                                          p.name.find(' ', sp + 1) == std::string::npos && holds_office_of(p, "JPN")) {
      add_phrase(p.name.substr(sp + 1) + " " + p.name.substr(0, sp), {LexKind::kPerson, i, false, true});
    }
    for (const auto& v : p.variants) {
      // A one-word variant is a surname spelling ("Zelensky"); longer ones are full names.
      if (v.find(' ') == std::string::npos) {
        add_phrase(v, {LexKind::kSurname, i, acronym(v), true});
      } else {
        add_phrase(v, {LexKind::kPerson, i, false, true});
        const std::string vs = surname_of(p, v);
        if (!vs.empty()) add_phrase(vs, {LexKind::kSurname, i, false, true});
      }
    }
    // "Sabah Khaled Al-Hamad Al-Sabah" for "Sabah al-Khalid al-Hamad al-Sabah": an Arabic name
    // under any transliteration of it (a key no text makes: the mention finder asks for it)
    for (std::size_t k = 0; k <= p.variants.size(); ++k) {
      std::string sk = arabic_name_skeleton(name_key(k == 0 ? p.name : p.variants[k - 1]));
      if (sk.empty()) continue;
      auto& v = phrases_[sk];
      if (std::none_of(v.begin(), v.end(), [&](const LexEntry& x) { return x.kind == LexKind::kPerson && x.index == i; })) {
        v.push_back({LexKind::kPerson, i, false, true});
      }
      auto& m = max_len_[sk];
      m = std::max<std::uint8_t>(m, 1);
    }
    for (const auto& pos : p.positions) {
      latest_year_ = std::max({latest_year_, pos.from.year, pos.to.year});
      // A post in an organisation (ECB president) is not a national office of the holder's country.
      // (once per person: Nawaz Sharif's three terms as prime minister make him one holder, not three)
      auto& list = holders_[pos.org.empty() ? pos.role + "|" + pos.country : pos.role + "|@" + pos.org];
      if ((!pos.country.empty() || !pos.org.empty()) && (list.empty() || list.back() != i)) list.push_back(i);
    }
  }
  for (const auto& [text, e] : pending_) add_phrase(text, e);
  build_lookup();
}

void Lexicon::build_lookup() {
  // Every phrase is a prefix of itself (add_phrase), so max_len_ holds every key once: each key
  // is moved out of it, with the phrase's entries when it is one (no map of positions, which had
  // copied every key again, and no copy of the key: the map is dropped at the end).
  std::vector<std::string> keys;
  keys.reserve(max_len_.size());
  keys_.clear();
  keys_.reserve(max_len_.size());
  entries_.clear();
  entries_.reserve(phrases_.size());
  for (auto at = max_len_.begin(); at != max_len_.end();) {
    auto node = max_len_.extract(at++);
    KeyInfo& info = keys_.emplace_back();
    info.max_len = node.mapped();
    if (const auto it = phrases_.find(node.key()); it != phrases_.end()) {
      info.entries = static_cast<std::uint32_t>(entries_.size());
      entries_.add(it->second);
    }
    keys.push_back(std::move(node.key()));
  }
  entries_.finish();
  // The one-token keys again, with the closed-class words, in the table the tokenizer looks every
  // token up in: a token no phrase starts with then costs the lexicon scan no lookup at all.
  std::unordered_map<std::string, WordInfo> words;
  words.reserve(phrases_.size() + max_len_.size());
  add_word_classes(words);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::string_view key = keys[i];
    if (key.find(' ') != std::string_view::npos) {
      // Every later word of a phrase is in the table too (with no phrase data unless it starts
      // one): a token that is not there cannot continue any phrase, which the scan sees without
      // building the phrase's key.
      for (std::size_t at = key.find(' '); at != std::string_view::npos;) {
        const std::size_t next = key.find(' ', at + 1);
        const std::string_view part = key.substr(at + 1, next == std::string_view::npos ? next : next - at - 1);
        if (!part.empty() && part.size() <= WordTable::kMaxWord) words.try_emplace(std::string(part));
        at = next;
      }
      continue;
    }
    if (key.size() > WordTable::kMaxWord) continue;
    WordInfo& w = words[keys[i]];
    w.entries = keys_[i].entries == KeyIndex::kNone ? WordInfo::kNoEntries : keys_[i].entries;
    w.max_len = keys_[i].max_len;
  }
  words_.build(words);
  // The pair filter: 16 bits per phrase of two or more words keep false answers rare. A phrase
  // word longer than the table's words is in no pair: the scan never asks for such a token, which
  // the tokenizer does not look up either.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (const std::string& key : keys) {
    const auto sp = key.find(' ');
    if (sp == std::string::npos) continue;
    const auto sp2 = key.find(' ', sp + 1);
    const std::uint32_t a = words_.find(std::string_view(key).substr(0, sp));
    const std::uint32_t b = words_.find(std::string_view(key).substr(sp + 1, sp2 == std::string::npos ? sp2 : sp2 - sp - 1));
    if (a != WordTable::kAbsent && b != WordTable::kAbsent) pairs.emplace_back(a, b);
  }
  std::size_t bits = 64;
  while (bits < pairs.size() * 16) bits *= 2;
  pair_bits_.assign(bits / 64, 0);
  pair_mask_ = bits / 64 - 1;
  for (const auto& [a, b] : pairs) {
    const std::uint64_t h = pair_hash(a, b);
    pair_bits_[(h >> 6) & pair_mask_] |= std::uint64_t{1} << (h & 63);
  }
  index_.build(std::move(keys));
  // The maps were only needed to gather the phrases.
  phrases_.clear();
  max_len_.clear();
}

std::optional<std::uint32_t> Lexicon::country_by_code(std::string_view alpha3) const {
  const auto it = country_by_code_.find(std::string(alpha3));
  if (it == country_by_code_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Lexicon::country_of_city(std::string_view key) const {
  if (const auto* entries = lookup(key)) {
    for (const LexEntry& le : *entries) {
      if (le.kind == LexKind::kCity || le.kind == LexKind::kCapital) return le.index;
    }
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Lexicon::country_of_combining_form(std::string_view key) const {
  const auto it = country_by_combining_form_.find(std::string(key));
  if (it == country_by_combining_form_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Lexicon::org_by_key(std::string_view key) const {
  const auto it = org_by_key_.find(std::string(key));
  if (it == org_by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Lexicon::title_by_key(std::string_view key) const {
  const auto it = title_by_key_.find(std::string(key));
  if (it == title_by_key_.end()) return std::nullopt;
  return it->second;
}

namespace {
bool in_office(const Position& p, const Date& d) {
  if (d.empty()) return p.to.empty();
  const bool started = p.from.empty() || compatible(p.from, d) || p.from < d;
  const bool not_ended = p.to.empty() || compatible(p.to, d) || d < p.to;
  return started && not_ended;
}
}  // namespace

std::vector<std::uint32_t> Lexicon::holders(std::string_view role, std::string_view country, std::string_view org,
                                            const Date& date) const {
  std::string key(role);
  key.push_back('|');
  if (org.empty()) {
    key.append(country);
  } else {
    key.push_back('@');
    key.append(org);
  }
  const auto it = holders_.find(key);
  if (it == holders_.end()) return {};
  std::vector<std::pair<int, std::uint32_t>> ranked;
  for (const auto i : it->second) {
    int best = 0;
    for (const auto& p : people_[i].positions) {
      if (p.role != role) continue;
      if (!org.empty() ? p.org != org : p.country != country) continue;
      best = std::max(best, in_office(p, date) ? 2 : 1);
    }
    ranked.emplace_back(best, i);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::uint32_t> out;
  for (const auto& [rank, i] : ranked) {
    if (rank == 2 || date.empty()) out.push_back(i);
  }
  return out;
}

bool Lexicon::in_office_on(const PersonInfo& p, const Date& date) const {
  return date.empty() || std::any_of(p.positions.begin(), p.positions.end(),
                                     [&](const Position& pos) { return in_office(pos, date); });
}

const Position* Lexicon::position_at(const PersonInfo& p, const Date& date) const {
  const Position* latest = nullptr;
  for (const auto& pos : p.positions) {
    if (!date.empty() && in_office(pos, date)) return &pos;
    if (latest == nullptr || latest->from < pos.from) latest = &pos;
  }
  return latest;
}

}  // namespace evkg
