#include "extract/dateline.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/fold.hpp"
#include "extract/word_set.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

// A word of a dateline: capitals, with dots, apostrophes and hyphens ("ST. PETERSBURG").
bool caps_word(std::string_view w) {
  bool letter = false;
  for (const char c : w) {
    if (lower(c)) return false;
    if (upper(c)) {
      letter = true;
    } else if (c != '.' && c != '\'' && c != '-') {
      return false;
    }
  }
  return letter;
}

// "RIO DE JANEIRO" -> "Rio de Janeiro", "THE HAGUE" -> "The Hague".
std::string title_case(const std::vector<std::string_view>& words) {
  static const WordSet kParticles = {"de", "da", "do", "dos", "del", "of", "al", "el",
                                                                  "la", "le", "on", "upon"};
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string w(words[i]);
    for (std::size_t k = 0; k < w.size(); ++k) {
      const bool first = k == 0 || w[k - 1] == '-' || w[k - 1] == '.';
      if (!first && upper(w[k])) w[k] = static_cast<char>(w[k] - 'A' + 'a');
    }
    std::string low = w;
    for (char& c : low) c = upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    if (i > 0 && kParticles.count(low) != 0) w = low;
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

// The place a paragraph's opening words name, if they are a dateline.
std::string dateline_of(std::string_view line) {
  static const WordSet kNotPlaces = {
      "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT", "LIVE", "WATCH", "VIDEO",
      "EDITOR'S", "NOTE", "CORRECTION", "AP", "AFP", "REUTERS", "BY", "FILE", "PHOTO", "READ", "MORE"};
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size() && words.size() < 5) {
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != ',' && line[j] != '(') ++j;
    const std::string_view w = line.substr(i, j - i);
    if (w.empty() || !caps_word(w) || w == "-"sv || w == "--"sv) break;
    words.push_back(w);
    i = j;
    if (i < line.size() && line[i] == ' ') ++i;
    if (i < line.size() && (line[i] == ',' || line[i] == '(')) break;
  }
  if (words.empty() || words.size() > 4) return {};
  std::size_t letters = 0;
  for (const auto w : words) {
    if (kNotPlaces.count(w) != 0) return {};
    letters += w.size();
  }
  if (letters < 3) return {};
  // then a comma, a bracket or a dash, and a dash before the story starts
  const std::string_view rest = line.substr(i);
  if (rest.empty()) return {};
  const bool opens = rest[0] == ',' || rest[0] == '(' || rest.starts_with("-") || rest.starts_with("\u2014") ||
                     rest.starts_with("\u2013");
  if (!opens) return {};
  const std::string_view head = rest.substr(0, 90);
  const bool dash = head.find(" - ") != std::string_view::npos || head.find(" -- ") != std::string_view::npos ||
                    head.find("\u2014") != std::string_view::npos || head.find("\u2013") != std::string_view::npos ||
                    rest.starts_with("- ") || rest.starts_with("-- ");
  if (!dash) return {};
  // (the story starts after the dash: a masthead's section, "BLUE OCEAN BULLETIN - REGIONAL DESK",
  // has no lower-case word there)
  if (std::none_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return {};
  // (nor an edition's, "KEMPENLAND KOERIER - English edition": a story runs on for more words)
  // (counted after the dash: "DIARIO NUEVO SUR (Buenos Aires) - English-language service" is a
  // masthead too)
  std::size_t dash_at = rest.find(" - ");
  if (dash_at == std::string_view::npos) dash_at = rest.find(" -- ");
  const std::string_view story = dash_at == std::string_view::npos || dash_at > 60 ? rest : rest.substr(dash_at + 2);
  if (std::count(story.begin(), story.end(), ' ') < 3) return {};
  return title_case(words);
}

// The place of a byline that says where it was filed from: "By Anna Holm in Brussels", "By our
// correspondent in New Delhi, with additional reporting by ..." (a short line that starts with
// "By"; its first part, up to a comma or " with ", ends with "in" and a capitalised name).
std::string byline_place(std::string_view line) {
  if (!line.starts_with("By ") || line.size() > 160) return {};
  const std::string_view whole = line;
  std::size_t cut = std::min(line.find(','), line.find(" with "));
  if (cut != std::string_view::npos) line = line.substr(0, cut);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '.')) line.remove_suffix(1);
  std::size_t in = line.rfind(" in ");
  // (else where the reporting came from: "By A, diplomatic editor, with additional reporting by B in
  // Marsaxlokk"; not from several places)
  if (in == std::string_view::npos || in < 4) {
    const std::size_t by = whole.find(" reporting by ");
    if (by == std::string_view::npos) return {};
    line = whole.substr(by);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '.')) line.remove_suffix(1);
    if (line.find(',') != std::string_view::npos || line.find(" and ") != std::string_view::npos) return {};
    in = line.rfind(" in ");
    if (in == std::string_view::npos || in < 4) return {};
  }
  const std::string_view place = line.substr(in + 4);
  if (place.empty() || place.size() > 40) return {};
  // every word a name ("New Delhi", "Rio de Janeiro"), not "in the morning"
  std::size_t w = 0;
  while (w < place.size()) {
    std::size_t e = place.find(' ', w);
    if (e == std::string_view::npos) e = place.size();
    const std::string_view word = place.substr(w, e - w);
    if (word.empty() || (!upper(word.front()) && word != "de"sv && word != "of"sv)) return {};
    for (const char c : word) {
      if (c >= '0' && c <= '9') return {};
    }
    w = e + 1;
  }
  return upper(place.front()) ? std::string(place) : std::string();
}

// As the lexicon names a place: a capital, or a place it knows; "" for a country, which is no city.
std::string known_name(std::string place, const Lexicon& lex) {
  // "THE HAGUE": the place as the text names it after "in the" ("in The Hague": Hague)
  if (place.starts_with("The ") && place.size() > 4) place.erase(0, 4);
  // (a capital first: "SINGAPORE" is a city as well as a country)
  if (const auto* entries = lex.lookup(name_key(place))) {
    bool country = false;
    for (const auto& e : *entries) {
      if (e.kind == LexKind::kCapital && !lex.countries()[e.index].capital.empty()) {
        return lex.countries()[e.index].capital;
      }
      if (e.kind == LexKind::kPlace) return lex.places()[e.index];
      country = country || e.kind == LexKind::kCountry;
    }
    if (country) return {};
  }
  return place;
}

// Whether the lexicon knows a name as a capital, a city or a place.
bool known_place(const std::string& name, const Lexicon& lex) {
  const auto* entries = lex.lookup(name_key(name));
  if (entries == nullptr) return false;
  return std::any_of(entries->begin(), entries->end(), [](const LexEntry& e) {
    return e.kind == LexKind::kCapital || e.kind == LexKind::kCity || e.kind == LexKind::kPlace;
  });
}

}  // namespace

std::string dateline_city(std::string_view words, const Lexicon& lex) {
  std::vector<std::string_view> split;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    if (j > i) split.push_back(words.substr(i, j - i));
    i = j + 1;
  }
  return known_name(title_case(split), lex);
}

namespace {

// The place a live page greets its readers from: "08:30 Good morning from the Naval Academy in
// Annapolis, Maryland, where ...", "Welcome to our live coverage from Paris." (its last "in X" before a
// comma, or what follows "from" when that is a place the lexicon knows). Empty when the line is no
// such greeting.
std::string greeting_place(std::string_view line, const Lexicon& lex) {
  // (over a time stamp: "08:30", "8.30am")
  std::size_t i = 0;
  while (i < line.size() && i < 10 && ((line[i] >= '0' && line[i] <= '9') || line[i] == ':' || line[i] == '.' ||
                                       line[i] == ' ' || line[i] == 'a' || line[i] == 'p' || line[i] == 'm')) {
    ++i;
  }
  line.remove_prefix(i);
  static constexpr std::string_view kOpeners[] = {
      "Good morning from ",           "Good afternoon from ",          "Good evening from ", "Hello from ",
      "Welcome to our live coverage from ", "Welcome to our coverage from ", "We are live from ", "We're live from "};
  std::string_view rest;
  for (const std::string_view o : kOpeners) {
    if (line.starts_with(o)) rest = line.substr(o.size());
  }
  if (rest.empty()) return {};
  std::size_t end = 0;
  while (end < rest.size() && end < 120 && rest[end] != ',' && rest[end] != '.' && rest[end] != ';' && rest[end] != '(') {
    ++end;
  }
  std::string_view where = rest.substr(0, end);
  if (const std::size_t in = where.rfind(" in "); in != std::string_view::npos) where = where.substr(in + 4);
  if (where.starts_with("the ")) where.remove_prefix(4);
  const std::string name(where);
  return known_place(name, lex) ? known_name(name, lex) : std::string();
}

}  // namespace

std::string dateline_place(std::string_view text, const Lexicon& lex) {
  // the first paragraphs: title, byline, dateline
  std::string byline;
  std::size_t pos = 0;
  for (int lines = 0; lines < 12 && pos < text.size() && pos < 3000; ++lines) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    pos = end + 1;
    const std::string place = dateline_of(line);
    // ("DIARIO NUEVO SUR (Buenos Aires) - English-language service": a masthead the lexicon does
    // not know as a place, then the city it is filed from in brackets)
    if (!place.empty() && !known_place(place, lex)) {
      const std::size_t open = line.find('(');
      const std::size_t close = line.find(')');
      if (open != std::string_view::npos && close != std::string_view::npos && close > open + 1 && close < open + 40) {
        const std::string inner(line.substr(open + 1, close - open - 1));
        if (known_place(inner, lex)) return known_name(inner, lex);
      }
    }
    // ("HAVEL WALKS GUIDES -- Potsdam, Walk 4": a masthead of three words or more the lexicon does
    // not know as a place is none; the place after its dash is the page's, when the lexicon knows it)
    if (!place.empty() && !known_place(place, lex) && std::count(place.begin(), place.end(), ' ') >= 2) {
      const std::size_t dash = line.find("--");
      if (dash != std::string_view::npos) {
        std::string_view rest = line.substr(dash + 2);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        const std::size_t stop = rest.find_first_of(",:;.(");
        const std::string after(rest.substr(0, stop == std::string_view::npos ? rest.size() : stop));
        if (!after.empty() && known_place(after, lex)) return known_name(after, lex);
      }
      continue;
    }
    if (!place.empty()) return known_name(place, lex);
    if (byline.empty()) byline = byline_place(line);
    if (byline.empty()) byline = greeting_place(line, lex);
  }
  // a byline's place only when no dateline follows it ("By A in Washington ... WASHINGTON -")
  return byline.empty() ? std::string() : known_name(byline, lex);
}

void place_reported_gatherings(DocContext& ctx, const std::string& place) {
  if (place.empty()) return;
  std::vector<char> reported(ctx.events.size(), 0);  // someone is reported attending or chairing it
  for (const auto& a : ctx.pending) {
    if (a.target_event >= 0 && a.status == edge_status::kReported &&
        (a.relation == "attended"sv || a.relation == "chaired"sv)) {
      reported[static_cast<std::size_t>(a.target_event)] = 1;
    }
  }
  // ("JEDDAH, Saudi Arabia, May 19 (Wire) - ... at a summit in Saudi Arabia on Friday": a gathering
  // placed in the country of the dateline's city is held in that city)
  std::string country_key;
  if (const auto c = ctx.lex->country_of_city(name_key(place))) country_key = name_key(ctx.lex->countries()[*c].label);
  for (std::size_t i = 0; i < ctx.events.size(); ++i) {
    DocEvent& e = ctx.events[i];
    if (e.used && !e.to_come && !country_key.empty() && country_key != name_key(place) && e.place_key == country_key &&
        reported[i] != 0 &&
        (!e.date.full() || !ctx.doc_date.full() ||
         std::labs(days_from_civil(e.date.year, e.date.month, e.date.day) -
                   days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day)) <= 2)) {
      e.place = place;
      e.place_key = name_key(place);
      continue;
    }
    if (!e.used || !e.place_key.empty() || e.group.empty()) continue;
    if (e.kind != "summit"sv && e.kind != "conference"sv && e.kind != "meeting"sv) continue;
    if (ctx.doc_date.full() && e.date.full()) {
      const long diff = days_from_civil(e.date.year, e.date.month, e.date.day) -
                        days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day);
      if (std::labs(diff) > 7) continue;
    } else if (ctx.doc_date.full()) {
      continue;  // an undated gathering in a dated article: perhaps not the one reported from
    }
    if (reported[i] == 0) continue;
    e.place = place;
    e.place_key = name_key(place);
  }
}

}  // namespace evkg
