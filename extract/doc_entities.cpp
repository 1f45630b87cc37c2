#include "extract/doc_entities.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <string_view>
#include <tuple>

#include "core/fold.hpp"
#include "core/slug.hpp"

namespace evkg {
namespace {

std::size_t id_hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

// A document names a few dozen entities, looked up once per mention: a scan of their id hashes,
// comparing ids only where the hashes agree.
int find_id(const DocContext& ctx, std::string_view id) {
  const std::size_t h = id_hash(id);
  const auto& hashes = ctx.entity_id_hashes;
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    if (hashes[i] == h && ctx.entities[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

// "Masoud Pezeshkiyan" for the lexicon's "Masoud Pezeshkian": a name the lexicon does not know, of
// two or three words, whose last word (of seven letters or more) less one letter, or with its
// ending "-ow"/"-ew" written "-ov"/"-ev" (or the other way round), is a name of one lexicon person,
// with the same first word. A transliteration's variant of that person; -1 else.
int transliterated_person(const DocContext& ctx, std::string_view name) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos || space == 0) return -1;
  const std::string_view last = name.substr(space + 1);
  if (last.size() < 7 || std::count(name.begin(), name.end(), ' ') > 2) return -1;
  for (const char c : last) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '.') return -1;
  }
  // (only when some name of the lexicon starts with the same first word: most unknown names pass
  // with one lookup)
  if (ctx.lex->max_phrase_len(name_key(name.substr(0, name.find(' ')))) < 2) return -1;
  int found = -1;
  std::string variant;
  // ("Saparmurat Niyazow" for "Niyazov", "Medvedew" for "Medvedev": a Russian ending written in
  // the German or Polish way, or the other way round)
  if (last.ends_with("ow") || last.ends_with("ew") || last.ends_with("ov") || last.ends_with("ev")) {
    variant.assign(name.substr(0, name.size() - 1));
    variant += last.back() == 'w' ? 'v' : 'w';
    if (const LexEntries* entries = ctx.lex->lookup(name_key(variant))) {
      for (const LexEntry& e : *entries) {
        if (e.kind == LexKind::kPerson) return static_cast<int>(e.index);
      }
    }
  }
  for (std::size_t k = 1; k + 1 < last.size(); ++k) {  // (not the first letter, nor the last)
    if (last[k] == last[k - 1]) continue;             // (one deletion of a doubled letter is enough)
    variant.assign(name.substr(0, space + 1 + k));
    variant.append(last.substr(k + 1));
    const LexEntries* entries = ctx.lex->lookup(name_key(variant));
    if (entries == nullptr) continue;
    for (const LexEntry& e : *entries) {
      if (e.kind != LexKind::kPerson) continue;
      if (found >= 0 && found != static_cast<int>(e.index)) return -1;
      found = static_cast<int>(e.index);
    }
  }
  return found;
}

int add(DocContext& ctx, DocEntity e) {
  ctx.entity_id_hashes.push_back(id_hash(e.id));
  ctx.entities.push_back(std::move(e));
  return static_cast<int>(ctx.entities.size()) - 1;
}

std::string last_word_key(std::string_view name) {
  const std::string k = name_key(name);
  const auto sp = k.rfind(' ');
  return sp == std::string::npos ? k : k.substr(sp + 1);
}

// The key of the word a news text uses alone for someone the lexicon does not know. Two words whose
// second is a hyphenated given name ("Lin Hsin-i", "Kim Jong-un", "Lai Ching-te") are written family
// name first, as Chinese and Korean names are: the first word is the surname.
std::string surname_key_of(std::string_view name) {
  const auto sp = name.find(' ');
  if (sp != std::string_view::npos && name.find(' ', sp + 1) == std::string_view::npos) {
    const auto hy = name.find('-', sp + 2);
    if (hy != std::string_view::npos && hy + 1 < name.size() && name[hy + 1] >= 'a' && name[hy + 1] <= 'z') {
      return name_key(name.substr(0, sp));
    }
  }
  return last_word_key(name);
}

}  // namespace

int entity_for_lex_person(DocContext& ctx, std::uint32_t person) {
  const PersonInfo& p = ctx.lex->people()[person];
  if (const int i = find_id(ctx, p.id); i >= 0) return i;
  DocEntity e;
  e.id = p.id;
  e.label = p.name;
  e.type = "person";
  e.aliases = p.variants;
  e.gender = p.gender;
  e.lex = static_cast<int>(person);
  e.surname_key = last_word_key(p.surname.empty() ? p.name : p.surname);
  if (const Position* pos = ctx.lex->position_at(p, ctx.doc_date)) {
    e.role = pos->role;
    e.country = pos->country;
    e.org = pos->org;
  }
  return add(ctx, std::move(e));
}

int entity_for_country(DocContext& ctx, std::uint32_t country) {
  const CountryInfo& c = ctx.lex->countries()[country];
  if (const int i = find_id(ctx, c.id); i >= 0) return i;
  DocEntity e;
  e.id = c.id;
  e.label = c.label;
  e.type = "country";
  e.lex = static_cast<int>(country);
  return add(ctx, std::move(e));
}

int entity_for_org(DocContext& ctx, std::uint32_t org) {
  const OrgInfo& o = ctx.lex->orgs()[org];
  if (const int i = find_id(ctx, o.id); i >= 0) return i;
  DocEntity e;
  e.id = o.id;
  e.label = o.label;
  e.type = "organization";
  e.lex = static_cast<int>(org);
  return add(ctx, std::move(e));
}

int entity_for_defined_org(DocContext& ctx, std::string_view name, std::string_view abbreviation) {
  const std::string id = "organization:" + slug(name);
  if (const int i = find_id(ctx, id); i >= 0) return i;
  DocEntity e;
  e.id = id;
  e.label = std::string(name);
  e.type = "organization";
  e.aliases.emplace_back(abbreviation);
  return add(ctx, std::move(e));
}

int entity_for_named_person(DocContext& ctx, std::string_view name, const std::string& role,
                            const std::string& country, const std::string& org, bool reliable) {
  int i = -1;
  for (const auto& [text, entity] : ctx.named_people) {
    if (text == name) {
      i = entity;
      break;
    }
  }
  if (i >= 0) {
    if (reliable) ctx.entities[static_cast<std::size_t>(i)].reliable = true;
    note_role(ctx, i, role, country, org);
    return i;
  }
  const std::string id = make_id("person", name);
  i = find_id(ctx, id);
  // "Kayikwamba Wagner" after "Therese Kayikwamba Wagner": the last names of one named in full
  if (i < 0 && name.find(' ') != std::string_view::npos) {
    for (std::size_t k = 0; k < ctx.entities.size() && i < 0; ++k) {
      const DocEntity& e = ctx.entities[k];
      if (e.type == "person" && e.label.size() > name.size() + 1 && e.label.ends_with(name) &&
          e.label[e.label.size() - name.size() - 1] == ' ') {
        i = static_cast<int>(k);
      }
    }
    if (i >= 0) {
      ctx.named_people.emplace_back(std::string(name), i);
      if (reliable) ctx.entities[static_cast<std::size_t>(i)].reliable = true;
      note_role(ctx, i, role, country, org);
      return i;
    }
  }
  if (i < 0) {
    if (const int p = transliterated_person(ctx, name); p >= 0) {
      i = entity_for_lex_person(ctx, static_cast<std::uint32_t>(p));
      ctx.named_people.emplace_back(std::string(name), i);
      if (reliable) ctx.entities[static_cast<std::size_t>(i)].reliable = true;
      return i;
    }
  }
  ctx.named_people.emplace_back(std::string(name), i >= 0 ? i : static_cast<int>(ctx.entities.size()));
  if (i < 0) {
    DocEntity e;
    e.id = id;
    e.label = std::string(name);
    e.type = "person";
    e.surname_key = surname_key_of(name);
    e.surname_only = name.find(' ') == std::string_view::npos;
    e.reliable = reliable;
    // ("Jill Biden", "Victoria Starmer": a given name most of whose bearers are women is a "she")
    if (!e.surname_only && ctx.lex != nullptr) e.gender = ctx.lex->given_name_gender(name_key(name.substr(0, name.find(' '))));
    i = add(ctx, std::move(e));
  } else if (reliable) {
    ctx.entities[static_cast<std::size_t>(i)].reliable = true;
  }
  note_role(ctx, i, role, country, org);
  return i;
}

void note_role(DocContext& ctx, int entity, const std::string& role, const std::string& country,
               const std::string& org) {
  if (entity < 0) return;
  auto& e = ctx.entities[static_cast<std::size_t>(entity)];
  if (e.type != "person") return;
  if (e.lex >= 0 && !e.role.empty()) return;  // the lexicon knows better
  if (e.role.empty() && !role.empty()) e.role = role;
  if (e.country.empty() && !country.empty()) e.country = country;
  if (e.org.empty() && !org.empty()) e.org = org;
}

int person_by_surname(const DocContext& ctx, const std::string& surname_key, bool titled) {
  // the one this text names most (not counting pronouns); on a tie a known leader ("Kim" after Kim Jong Un and his envoy
  // Kim Yong Chol is the leader), else someone the lexicon knows (not a byline's namesake), else the
  // latest named; after a title, first one in office on the day the text is on ("Premier Li" after
  // Li Qiang and his late predecessor Li Keqiang)
  const Date& day = ctx.names_day.full() ? ctx.names_day : ctx.doc_date;
  const auto serving = [&](const DocEntity& x) {
    return titled && x.lex >= 0 && !day.empty() && ctx.lex->in_office_on(ctx.lex->people()[static_cast<std::size_t>(x.lex)], day);
  };
  int found = -1;
  for (std::size_t i = 0; i < ctx.entities.size(); ++i) {
    const auto& e = ctx.entities[i];
    if (e.type != "person" || e.surname_only || e.only_in_a_place_name()) continue;
    bool match = e.surname_key == surname_key;
    // a surname variant known to the lexicon ("Zelensky" for "Zelenskyy")
    if (!match && e.lex >= 0) {
      for (const auto& v : ctx.lex->people()[static_cast<std::size_t>(e.lex)].variants) {
        match = match || last_word_key(v) == surname_key;
      }
    }
    if (!match) continue;
    if (found < 0) {
      found = static_cast<int>(i);
      continue;
    }
    const DocEntity& f = ctx.entities[static_cast<std::size_t>(found)];
    const auto rank = [&serving](const DocEntity& x) {
      const bool leader = x.role == "president" || x.role == "prime_minister" || x.role == "supreme_leader" ||
                          x.role == "chancellor" || x.role == "king" || x.role == "emir" || x.role == "crown_prince";
      return std::make_tuple(serving(x) ? 1 : 0, x.named_mentions, leader ? 1 : 0, x.lex >= 0 ? 1 : 0);
    };
    if (rank(e) >= rank(f)) found = static_cast<int>(i);
  }
  return found;
}

int lex_person_by_surname(const DocContext& ctx, const LexEntries& entries, const std::string& role,
                          const std::string& country) {
  int best = -1;
  int candidates = 0;
  int serving = -1;
  int serving_count = 0;
  for (const auto& e : entries) {
    if (e.kind != LexKind::kSurname && e.kind != LexKind::kPerson) continue;
    const PersonInfo& p = ctx.lex->people()[e.index];
    // Plausible: in office within a few years of the document date; in an undated document,
    // in office now (a bare "Ford" in an undated article is not Gerald Ford), or once in the office
    // the title names ("President Musharraf of Pakistan" in an undated article)
    bool plausible = false;
    for (const auto& pos : p.positions) {
      if (plausible) break;
      if (ctx.doc_date.empty()) {
        plausible = pos.to.empty() || (!role.empty() && pos.role == role && (country.empty() || pos.country == country));
        continue;
      }
      const int from = pos.from.empty() ? 0 : pos.from.year;
      const int to = pos.to.empty() ? 9999 : pos.to.year;
      plausible = ctx.doc_date.year >= from - 1 && ctx.doc_date.year <= to + 3;
      // (or in office on the day the sentence tells of: "Stalin" in a textbook of 2022 on the Tehran
      // Conference of 1943)
      const int y = ctx.names_day.year;
      plausible = plausible || (y != 0 && y >= from && y <= to);
    }
    if (!plausible) continue;
    if (best != static_cast<int>(e.index)) ++candidates;
    best = static_cast<int>(e.index);
    // (of several, the one in office on the day: "Johnson" in June 2022 is Boris, not the Speaker
    // of 2023)
    if (const Date& day = ctx.names_day.full() ? ctx.names_day : ctx.doc_date;
        day.full() && ctx.lex->in_office_on(p, day) && serving != static_cast<int>(e.index)) {
      ++serving_count;
      serving = static_cast<int>(e.index);
    }
  }
  if (candidates == 1) return best;
  return serving_count == 1 ? serving : -1;
}

int person_by_role(DocContext& ctx, const std::string& role, const std::string& country, const std::string& org) {
  int found = -1;
  for (std::size_t i = 0; i < ctx.entities.size(); ++i) {
    const auto& e = ctx.entities[i];
    if (e.type != "person" || e.role != role) continue;
    if (!country.empty() && e.country != country) continue;
    if (!org.empty() && e.org != org) continue;
    // (a leader of the lexicon out of office on the article's date is "former", not "the
    // Ukrainian president" of this text)
    if (e.lex >= 0 && !ctx.lex->in_office_on(ctx.lex->people()[static_cast<std::size_t>(e.lex)], ctx.doc_date)) continue;
    found = static_cast<int>(i);
  }
  if (found >= 0) return found;
  if (country.empty() && org.empty()) return -1;
  // (a minister of no portfolio named is one of many: "Russia's minister for the development of the
  // Far East" is no minister the lexicon holds without a portfolio)
  if (role == "minister") return -1;
  const auto holders = ctx.lex->holders(role, country, org, ctx.doc_date);
  // Only a unique holder: "the French president" is one person, "a US envoy" may be several.
  if (holders.size() != 1) return -1;
  return entity_for_lex_person(ctx, holders.front());
}

std::string country_code_of(const DocContext& ctx, int entity) {
  if (entity < 0) return {};
  const auto& e = ctx.entities[static_cast<std::size_t>(entity)];
  if (e.type == "country") return e.lex >= 0 ? ctx.lex->countries()[static_cast<std::size_t>(e.lex)].code : "";
  return e.type == "person" ? e.country : "";
}

std::string speaking_seat(const DocContext& ctx, const SentenceInfo& si, std::uint32_t before) {
  using namespace std::string_view_literals;
  std::string code;
  for (const Mention& m : si.mentions) {
    if (m.first >= before) break;
    // ("A Downing Street spokesperson said": a title of no one, of that country)
    if (m.kind == MKind::kTitle && m.place_country >= 0 && m.last > m.first) {
      const std::string_view w = ctx.tokens[m.last - 1].key.view();
      if (w == "spokesperson"sv || w == "spokesman"sv || w == "spokeswoman"sv) {
        code = ctx.lex->countries()[static_cast<std::size_t>(m.place_country)].code;
      }
      continue;
    }
    if (m.kind != MKind::kCountry || !m.metonym || m.entity < 0 || m.last >= si.span.last) continue;
    const std::string_view w = ctx.tokens[m.last].key.view();
    if (w == "spokesperson"sv || w == "spokesman"sv || w == "spokeswoman"sv || w == "said"sv || w == "says"sv ||
        w == "statement"sv || w == "readout"sv || w == "source"sv || w == "sources"sv) {
      code = country_code_of(ctx, m.entity);
    }
  }
  return code;
}

std::string kingdom_code_of(const DocContext& ctx, int entity) {
  if (entity < 0) return {};
  const auto& e = ctx.entities[static_cast<std::size_t>(entity)];
  if (e.type == "person" && !royal_role(e.role)) return {};
  return country_code_of(ctx, entity);
}

bool royal_role(const std::string& role) {
  // (string views: as C strings each search measured its word first, for every person the graph
  // rules ask about, most of whom have no role at all)
  if (role.empty()) return false;
  static constexpr std::string_view kRoyalWords[] = {"king", "queen", "prince", "emir", "sultan"};
  return std::any_of(std::begin(kRoyalWords), std::end(kRoyalWords),
                     [&](std::string_view w) { return role.find(w) != std::string::npos; });
}

}  // namespace evkg
