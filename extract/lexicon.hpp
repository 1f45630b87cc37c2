// The lexicon: world knowledge the extractor matches against text. Built from Debian's ISO 3166
// list plus the project's JSON files in data/ (compiled in), optionally overlaid by user files
// (`--lexicon FILE`): an overlay entry with the same code / id / name replaces the built-in one.
//
// Every name is indexed as a phrase of token keys (see token.hpp), so matching is longest-match,
// case- and accent-insensitive, on word boundaries, in one hash lookup per candidate length.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.hpp"
#include "extract/key_index.hpp"
#include "extract/lex_entries.hpp"
#include "extract/word_table.hpp"

namespace evkg {

struct CountryInfo {
  std::string code;   // ISO alpha-3
  std::string id;     // "country:fra"
  std::string label;  // "France"
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  std::string capital;
  std::vector<std::string> capital_aliases;
  std::vector<std::string> seats;
  std::string seat_city;  // the city of the seats of government when it is not the capital ("The Hague")
  std::vector<std::string> cities;
  // Combining forms that name the country as the first part of a hyphenated adjective ("Franco" in
  // "Franco-British", "Sino" in "Sino-Indian"); not names on their own ("General Franco").
  std::vector<std::string> combining;
  bool historic = false;
};

struct OrgInfo {
  std::string key;    // "nato"
  std::string id;     // "organization:nato"
  std::string label;  // "NATO"
  std::string kind;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  std::string seat;
  // The body whose summits this one's meetings are: the European Council meets as the EU's summit
  // ("eu"); "" for most.
  std::string meetings_of;
};

struct Position {
  std::string role;     // title key: "president", "foreign_minister", ...
  std::string country;  // ISO alpha-3, "" when none
  std::string org;      // organisation key, "" when none
  Date from;
  Date to;              // empty = still in office
};

struct PersonInfo {
  std::string id;    // "person:emmanuel-macron"
  std::string name;  // "Emmanuel Macron"
  char gender = '?';
  std::vector<std::string> variants;
  std::vector<Position> positions;
  std::string surname;  // the name as news uses it alone: "Macron", "von der Leyen", "Lee" (family name first)
  bool family_first = false;  // the data says the family name comes first ("Lee Hsien Loong" of Singapore)
};

struct TitleInfo {
  std::string key;    // "prime_minister"
  std::string label;  // "Prime Minister"
  std::string head;   // "state", "government" or ""
  // Forms that name one country's office when the text names none: "secretary of state" -> "USA".
  std::vector<std::pair<std::string, std::string>> form_countries;
};

struct TriggerInfo {
  std::string relation;  // met, attended, chaired, pledged, rejected, called, accused, ...
  std::string frame;     // how arguments are found: meet, host, gather, receive, attend, ...
  bool noun = false;     // a noun trigger ("meeting", "talks") rather than a verb form
  bool passive_ok = true;
};

struct LexMatch {
  std::uint32_t length = 0;  // in tokens
  const LexEntries* entries = nullptr;
};

class Lexicon {
 public:
  // The built-in lexicon, read from the image the build made of it (lexicon_image_gen.cpp).
  static const Lexicon& builtin();
  // The built-in lexicon built from the embedded data files, as the image generator does (a tenth
  // of a second; the image reads back in a few milliseconds). Throws evkg::Error if the embedded
  // data is malformed.
  static Lexicon from_embedded_data();
  // The lexicon as bytes (lexicon_image.cpp), and back: from_image(l.image()) is a copy of l.
  // The bytes are for the binary of the same build only. Throws evkg::Error on a truncated image.
  std::string image() const;
  static Lexicon from_image(std::string_view bytes);
  // Built-in plus overlay files. Throws evkg::Error("FILE:line:col: problem").
  static Lexicon with_overlays(const std::vector<std::string>& files);
  // The same over another base lexicon than the built-in one.
  static Lexicon with_overlays(const std::vector<std::string>& files, const Lexicon& base);
  // A lexicon of these lexicon-file texts only, in order, without the built-in data; each is a
  // name for messages and the JSON text (the format of data/*.json). The fuzz target of the
  // overlay loader uses a small one as its base, so that an input costs milliseconds, not a
  // rebuild of the whole built-in index.
  struct NamedText {
    std::string name;
    std::string_view json;
  };
  static Lexicon from_texts(const std::vector<NamedText>& texts);

  // Longest phrase starting at token `pos` of the key sequence; length 0 when none.
  // `keys` gives each token's key; matching of case-sensitive entries is checked by the caller.
  template <typename KeyAt>
  LexMatch longest(std::size_t pos, std::size_t n, const KeyAt& key_at) const;
  const LexEntries* lookup(std::string_view phrase_key) const {
    const std::uint32_t i = index_.find(phrase_key);
    return i == KeyIndex::kNone || keys_[i].entries == KeyIndex::kNone ? nullptr : &entries_[keys_[i].entries];
  }
  // The longest phrase (in tokens) that starts with this token key; 0 when none does.
  std::size_t max_phrase_len(std::string_view first_key) const {
    const std::uint32_t i = index_.find(first_key);
    return i == KeyIndex::kNone ? 0 : keys_[i].max_len;
  }
  // One lookup of a key of whole tokens: its entries (nullptr when it is no phrase) and the length
  // in tokens of the longest phrase it is a prefix of (0 when it is no phrase's prefix).
  struct PrefixLookup {
    const LexEntries* entries = nullptr;
    std::size_t max_len = 0;
  };
  PrefixLookup lookup_prefix(std::string_view key) const {
    const std::uint32_t i = index_.find(key);
    if (i == KeyIndex::kNone) return {};
    const KeyInfo& k = keys_[i];
    return {k.entries == KeyIndex::kNone ? nullptr : &entries_[k.entries], k.max_len};
  }
  // The same for a one-token key the tokenizer found in words() (Token::word): no hashing.
  PrefixLookup lookup_word(std::uint32_t word) const {
    const WordInfo& w = words_.info(word);
    return {w.entries == WordInfo::kNoEntries ? nullptr : &entries_[w.entries], w.max_len};
  }
  // Every one-token key with its class bits and phrase data, for the tokenizer (see word_table.hpp).
  const WordTable& words() const { return words_; }
  // False when no phrase starts with these two words (positions in words()); true when one may
  // (a bit filter: a rare false true costs one lookup of the pair's key, never a wrong answer).
  bool may_start_phrase(std::uint32_t first, std::uint32_t second) const {
    const std::uint64_t h = pair_hash(first, second);
    return (pair_bits_[(h >> 6) & pair_mask_] >> (h & 63) & 1) != 0;
  }

  const std::vector<CountryInfo>& countries() const { return countries_; }
  const std::vector<OrgInfo>& orgs() const { return orgs_; }
  const std::vector<PersonInfo>& people() const { return people_; }
  // The latest year any office of the lexicon starts or ends in: how far its knowledge reaches.
  int latest_year() const { return latest_year_; }
  const std::vector<TitleInfo>& titles() const { return titles_; }
  const std::vector<TriggerInfo>& triggers() const { return triggers_; }
  const std::vector<std::string>& places() const { return places_; }
  const std::vector<std::string>& event_kinds() const { return event_kinds_; }
  const std::vector<std::string>& cue_kinds() const { return cue_kinds_; }
  // A noun whose following to-infinitive has not happened ("an offer to host talks"): the cue kind
  // "unrealised_infinitive_nouns", a list of words that ClauseView::status looks token keys up in,
  // not phrases found in the text as the other cue kinds are.
  bool unrealised_infinitive_noun(std::string_view key) const {
    return std::binary_search(unrealised_infinitive_nouns_.begin(), unrealised_infinitive_nouns_.end(), key);
  }

  std::optional<std::uint32_t> country_by_code(std::string_view alpha3) const;
  // The country of a city or capital named by a name key ("jeddah" -> Saudi Arabia), its first
  // such entry; nullopt for any other key.
  std::optional<std::uint32_t> country_of_city(std::string_view key) const;
  // The country of a combining form by its name key ("franco" -> France); nullopt for any other.
  std::optional<std::uint32_t> country_of_combining_form(std::string_view key) const;
  std::optional<std::uint32_t> org_by_key(std::string_view key) const;
  std::optional<std::uint32_t> title_by_key(std::string_view key) const;

  // People holding `role` for `country` (alpha-3) or `org` on `date` (any time when date is empty),
  // best first: those in office on the date, then the most recent.
  std::vector<std::uint32_t> holders(std::string_view role, std::string_view country, std::string_view org,
                                     const Date& date) const;
  // The position a person held on date (the latest when date is empty or none matches).
  const Position* position_at(const PersonInfo& p, const Date& date) const;
  // Whether the person held some office on date (true when date is empty).
  bool in_office_on(const PersonInfo& p, const Date& date) const;
  // 'f' or 'm' for a given name (a name key: "jill") whose bearers are women or men, else '?'.
  char given_name_gender(std::string_view key) const;

  std::size_t phrase_count() const { return entries_.size(); }

 private:
  // Every member of the built lexicon, in order, for image() and from_image() alike.
  template <typename Io, typename Self>
  static void image_fields(Io& io, Self& l);
  void load_json(std::string_view bytes, const std::string& name, bool overlay);
  void load_iso(std::string_view bytes, const std::string& name);
  void build_index();
  void build_given_names();
  void load_subdivisions(std::string_view iso1, std::string_view iso2, const std::string& name);
  bool given_name_listed(const std::string& key) const;
  void build_lookup();
  void add_phrase(const std::string& text, LexEntry e);

  // (Every member is stored in the image: lexicon_image.cpp writes and reads each of them.)
  std::vector<CountryInfo> countries_;
  std::vector<OrgInfo> orgs_;
  std::vector<PersonInfo> people_;
  std::vector<TitleInfo> titles_;
  std::vector<TriggerInfo> triggers_;
  std::vector<std::string> places_;
  std::vector<std::string> event_kinds_;
  std::vector<std::string> cue_kinds_;
  std::vector<std::string> unrealised_infinitive_nouns_;  // keys, sorted
  std::vector<std::string> honorifics_;
  std::vector<std::string> person_nouns_;
  std::vector<std::string> outlets_;
  std::vector<std::string> female_names_;  // given-name keys, sorted (data/given_names.json and the people's)
  std::vector<std::string> male_names_;
  // raw phrase lists kept until build_index
  std::vector<std::pair<std::string, LexEntry>> pending_;

  // While build_index gathers the phrases; empty afterwards.
  std::unordered_map<std::string, std::vector<LexEntry>> phrases_;
  std::unordered_map<std::string, std::uint8_t> max_len_;  // by phrase prefix of whole tokens
  // What lookups use (they are the extractor's most frequent operation): one index over phrase
  // keys and first token keys, so that a token's max_phrase_len and its one-word lookup share a slot.
  struct KeyInfo {
    std::uint32_t entries = KeyIndex::kNone;  // into entries_ when the key is a phrase
    std::uint8_t max_len = 0;                 // longest phrase starting with this key (0 = none)
    template <typename Io, ImageOf<KeyInfo> K>
    friend void image_fields(Io& io, K& k) {
      io(k.entries, k.max_len);
    }
  };
  KeyIndex index_;
  std::vector<KeyInfo> keys_;
  WordTable words_;  // one-token keys of index_ and the closed-class words
  // The first two words of every phrase of two or more (may_start_phrase), a bit per pair hash.
  static std::uint64_t pair_hash(std::uint32_t first, std::uint32_t second) {
    const std::uint64_t h = ((std::uint64_t{first} << 32) | second) * 0x9E3779B97F4A7C15ULL;
    return h >> 40;
  }
  std::vector<std::uint64_t> pair_bits_ = std::vector<std::uint64_t>(1, ~std::uint64_t{0});
  std::uint64_t pair_mask_ = 0;
  PhraseEntries entries_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> holders_;  // "role|FRA", "role|@nato"
  int latest_year_ = 0;
  std::unordered_map<std::string, std::uint32_t> country_by_code_, org_by_key_, title_by_key_;
  std::unordered_map<std::string, std::uint32_t> country_by_combining_form_;  // by name key
};

template <typename KeyAt>
LexMatch Lexicon::longest(std::size_t pos, std::size_t n, const KeyAt& key_at) const {
  std::size_t maxlen = max_phrase_len(key_at(pos));
  if (maxlen == 0) return {};
  if (pos + maxlen > n) maxlen = n - pos;
  LexMatch best;
  std::string phrase;
  for (std::size_t len = 1; len <= maxlen; ++len) {
    if (len > 1) phrase.push_back(' ');
    phrase += key_at(pos + len - 1);
    if (const auto* entries = lookup(phrase)) best = LexMatch{static_cast<std::uint32_t>(len), entries};
  }
  return best;
}

}  // namespace evkg
