#include "extract/extractor.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "core/event_name.hpp"
#include "core/fold.hpp"
#include "core/slug.hpp"
#include "extract/analysis.hpp"
#include "extract/dateline.hpp"
#include "extract/dates.hpp"
#include "extract/commentators.hpp"
#include "extract/doc_entities.hpp"
#include "extract/document_year.hpp"
#include "extract/article_text.hpp"
#include "extract/calendar_words.hpp"
#include "extract/event_mentions.hpp"
#include "extract/mention_finder.hpp"
#include "extract/relation_frames.hpp"
#include "extract/withdrawn_facts.hpp"
#include "extract/word_set.hpp"

namespace evkg {
namespace {

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The meal a ceremony is, by the last word of its noun ("state banquet" and "state dinner" are one
// dinner, "luncheon" a lunch); empty for every other gathering.
std::string_view meal_word(const DocEvent& e) {
  if (e.kind != "ceremony" || e.noun.empty()) return {};
  const auto sp = e.noun.rfind(' ');
  const std::string_view head = std::string_view(e.noun).substr(sp == std::string::npos ? 0 : sp + 1);
  if (head == "dinner" || head == "banquet" || head == "supper") return "dinner";
  if (head == "lunch" || head == "luncheon") return "lunch";
  if (head == "breakfast") return "breakfast";
  return {};
}

// A name with its dotted acronyms written without dots, as the news mostly writes them in a name:
// "ASEAN-U.S." -> "ASEAN-US", "U.K.-France" -> "UK-France".
std::string undotted_acronyms(const std::string& name) {
  std::string out;
  out.reserve(name.size());
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (std::size_t i = 0; i < name.size(); ++i) {
    // (a dot after a single capital that begins a word, "U." of "U.S.", before another such letter
    // or after one: "S." of "U.S.")
    const bool acronym_dot = name[i] == '.' && i > 0 && upper(name[i - 1]) &&
                             (i == 1 || !std::isalpha(static_cast<unsigned char>(name[i - 2])) || name[i - 2] == '.') &&
                             ((i + 1 < name.size() && upper(name[i + 1]) && i + 2 < name.size() && name[i + 2] == '.') ||
                              (i >= 3 && name[i - 2] == '.' && upper(name[i - 3])));
    if (!acronym_dot) out.push_back(name[i]);
  }
  return out;
}

std::string event_label(const DocEvent& e) {
  // ("COP30 summit", not "COP30 summit summit"; "Summit of the Future", not "... summit")
  const std::string group = undotted_acronyms(e.group);
  std::string label = group.empty()                          ? capitalised(e.kind)
                      : name_says_its_kind(group, e.kind) ? group
                                                             : group + " " + e.kind;
  if (!e.place.empty()) label += ", " + e.place;
  if (!e.date.empty()) label += " (" + e.date.iso() + ")";
  return label;
}

// EVKG_TRACE=1 prints each sentence's mentions and triggers to stderr (for developing rules).
bool tracing() {
  static const bool on = std::getenv("EVKG_TRACE") != nullptr;
  return on;
}

void trace(const DocContext& ctx, const SentenceInfo& si) {
  static const char* kKinds[] = {"PER", "CTRY", "ORG", "PLACE", "OUTLET", "TITLE", "GENERIC", "PRON", "EVENT"};
  std::fprintf(stderr, "S: %.*s\n", static_cast<int>(si.span.end - si.span.begin), ctx.doc->text.data() + si.span.begin);
  for (const auto& m : si.mentions) {
    const std::string_view t = ctx.text_of(m.first, m.last);
    std::string what = m.entity >= 0 ? ctx.entities[static_cast<std::size_t>(m.entity)].id : m.place;
    if (m.kind == MKind::kEvent) {
      what = m.ev_kind + "|" + m.place + "|" + m.ev_group + "|" + m.ev_date.iso() + " #" + std::to_string(m.event);
    }
    if (m.partner >= 0) what += " + " + ctx.entities[static_cast<std::size_t>(m.partner)].id;
    std::fprintf(stderr, "  %s [%.*s] -> %s%s%s%s\n", kKinds[static_cast<int>(m.kind)], static_cast<int>(t.size()), t.data(),
                 what.c_str(), m.possessive ? " poss" : "", m.generic ? " generic" : "", m.modifier ? " mod" : "");
  }
  for (const auto& t : si.triggers) {
    const std::string_view x = ctx.text_of(t.first, t.last);
    std::fprintf(stderr, "  TRIGGER [%.*s] %s/%s\n", static_cast<int>(x.size()), x.data(),
                 ctx.lex->triggers()[t.info].relation.c_str(), ctx.lex->triggers()[t.info].frame.c_str());
  }
  for (const auto& c : si.cues) {
    const std::string_view x = ctx.text_of(c.first, c.last);
    std::fprintf(stderr, "  CUE [%.*s] %s\n", static_cast<int>(x.size()), x.data(), c.kind.c_str());
  }
}

NodeProps entity_node(const DocContext& ctx, const DocEntity& e) {
  NodeProps n;
  n.id = e.id;
  n.label = e.label;
  n.type = e.type;
  n.aliases = e.aliases;
  n.mentions = e.mentions;
  n.sources = {ctx.doc->id};
  const Lexicon& lex = *ctx.lex;
  if (e.type == "person") {
    if (!e.country.empty()) {
      if (const auto c = lex.country_by_code(e.country)) n.country = lex.countries()[*c].label;
    }
    if (!e.org.empty()) {
      if (const auto o = lex.org_by_key(e.org)) n.affiliation = lex.orgs()[*o].label;
    }
    if (!e.role.empty()) {
      if (const auto t = lex.title_by_key(e.role)) n.role = lex.titles()[*t].label;
    }
  } else if (e.type == "country" && e.lex >= 0) {
    const auto& c = lex.countries()[static_cast<std::size_t>(e.lex)];
    n.aliases.insert(n.aliases.end(), c.aliases.begin(), c.aliases.end());
  } else if (e.type == "organization" && e.lex >= 0) {
    const auto& o = lex.orgs()[static_cast<std::size_t>(e.lex)];
    n.aliases.insert(n.aliases.end(), o.aliases.begin(), o.aliases.end());
  }
  return n;
}

// The largest buffers of a document's analysis, kept by each thread from one document to the next:
// their storage is allocated once per thread instead of once per document.
struct ReusedBuffers {
  std::vector<Token> tokens;
  KeyArena token_keys;
  SentenceInfo sentence;
};

ReusedBuffers& reused_buffers() {
  thread_local ReusedBuffers buffers;
  return buffers;
}

}  // namespace

namespace {

// Whether byte `at` of `text` opens a line; whether a token ending at `at` closes one.
bool opens_line(std::string_view text, std::size_t at) { return at == 0 || text[at - 1] == '\n'; }
bool closes_line(std::string_view text, std::size_t at) {
  return at >= text.size() || text[at] == '\n' || text[at] == '\r';
}

// "SATURDAY, SEPTEMBER 3" on a line of its own, heading a timeline's entries: the day the entries
// after it are on (the date in focus). A caption's own dateline, "1. WASHINGTON, Wednesday, May 21,
// 2025.", also says where: the place the report is filed from, when the text gave none.
void note_day_heading(DocContext& ctx, const SentenceInfo& si) {
  if (si.dates.size() != 1) return;
  const DateMention& d = si.dates.front();
  const Mention* place = nullptr;
  // ("MONDAY, 26 FEBRUARY - THE ELYSEE CONFERENCE": after the day that opens it and a dash, a
  // heading's title in capitals, maybe with a place)
  bool titled = d.first == si.span.first && d.last + 1 < si.span.last &&
                (ctx.tokens[d.last].key == std::string_view("-") || ctx.tokens[d.last].key == std::string_view(":"));
  for (std::uint32_t i = d.last + 1; i < si.span.last && titled; ++i) {
    titled = !ctx.tokens[i].is(kWord) || ctx.tokens[i].is(kDigit) || ctx.tokens[i].is(kAllCaps);
  }
  // ("6. Havana, Sunday 12 May 2002.", "The White House, Sunday 17 September 1978.": a caption's
  // place and full day, in any case, and nothing else)
  bool place_and_day = d.day != 0 && d.year != 0 && d.first > si.span.first + 1 &&
                       ctx.tokens[d.first - 1].key == std::string_view(",") &&
                       (d.last == si.span.last || (d.last + 1 == si.span.last && ctx.tokens[d.last].key == std::string_view(".")));
  if (place_and_day) {
    const auto m = std::find_if(si.mentions.begin(), si.mentions.end(), [&](const Mention& x) {
      return x.last + 1 == d.first && (x.kind == MKind::kPlace || x.kind == MKind::kCountry);
    });
    std::uint32_t w = si.span.first;
    while (w < d.first && (!ctx.tokens[w].is(kWord) || ctx.tokens[w].is(kDigit) || ctx.tokens[w].key == std::string_view("the"))) ++w;
    place_and_day = m != si.mentions.end() && m->first == w;
    if (place_and_day) place = &*m;
  }
  for (std::uint32_t i = si.span.first; i < si.span.last && !place_and_day; ++i) {
    if (!ctx.tokens[i].is(kWord) || (i >= d.first && i < d.last)) continue;
    if (titled) {
      const auto m = std::find_if(si.mentions.begin(), si.mentions.end(), [&](const Mention& x) {
        return x.first <= i && i < x.last && (x.kind == MKind::kPlace || x.kind == MKind::kCountry);
      });
      if (place == nullptr && m != si.mentions.end()) place = &*m;
      continue;
    }
    if (i == si.span.first && ctx.tokens[i].is(kDigit)) continue;  // the caption's number
    // ("10 of 12 - FRIDAY, 4 APRIL.": the caption's place in a gallery)
    if (i == si.span.first + 1 && ctx.tokens[i].key == std::string_view("of") && ctx.tokens[i - 1].is(kDigit) &&
        i + 1 < d.first && ctx.tokens[i + 1].is(kDigit)) {
      ++i;
      continue;
    }
    // ("FRIDAY, OCT. 13 - AMMAN AND DOHA": a timeline's heading may name two places)
    // ("FRIDAY, 16 FEBRUARY - BERLIN, THEN PARIS": or one after the other)
    if (place != nullptr && (ctx.tokens[i].key == std::string_view("and") || ctx.tokens[i].key == std::string_view("then")) &&
        ctx.tokens[i].is(kAllCaps)) {
      continue;
    }
    const auto m = std::find_if(si.mentions.begin(), si.mentions.end(),
                                [&](const Mention& x) { return x.first <= i && i < x.last; });
    // (a capital is a place here, though its name also stands for its country: "WASHINGTON")
    // (the place before the day, "1. WASHINGTON, Wednesday, May 21", or after a day that opens the
    // heading, "THURSDAY, OCT. 12 - TEL AVIV")
    const bool after_day = d.first == si.span.first && m != si.mentions.end() && m->first >= d.last;
    if (m == si.mentions.end() || (m->kind != MKind::kPlace && m->kind != MKind::kCountry) ||
        !ctx.tokens[i].is(kAllCaps) || (d.first < m->last && !after_day)) {
      return;
    }
    place = &*m;
  }
  const Date r = ctx.resolve(d, ctx.focus, Tense::kPast);
  if (r.full()) ctx.focus = r;
  // ("3. Thursday, 6 April." opening a caption of a gallery: the day of what the caption shows)
  // ("SUNDAY, 14 DECEMBER" over a live report's entries: the day of what they tell)
  // ("MONDAY, 26 FEBRUARY - THE ELYSEE CONFERENCE": a titled heading of a day over entries)
  if ((place != nullptr || titled || ctx.captions || ctx.live) && r.full()) ctx.caption_day = r;
  // ("22nd June" on a line of its own over a court listing's or a diary's entries: the day what
  // they tell is on, "today" too; not a byline's date, the article's own)
  // ("Friday 4 April. At the Congress Centre Mirziyoyev greeted ...": a diary's entry opened by its
  // day, a sentence of its own)
  const bool own_line = d.last == si.span.last && closes_line(ctx.doc->text, ctx.tokens[d.last - 1].end);
  const bool entry_day = d.last + 1 == si.span.last && ctx.tokens[d.last].key == std::string_view(".") &&
                         weekday_from_word(ctx.tokens[d.first].key) >= 0 && d.day != 0;
  if (d.first == si.span.first && (own_line || entry_day) && r.full() && r != ctx.doc_date &&
      opens_line(ctx.doc->text, ctx.tokens[d.first].begin)) {
    ctx.caption_day = r;
    ctx.timeline = true;
  }
  // ("THURSDAY, OCT. 12 - TEL AVIV" over "Blinken lands in the morning and is received by ...": a
  // timeline, whose entries are on the day heading them)
  if (place != nullptr && r.full() && (d.first == si.span.first || place_and_day)) ctx.timeline = true;
  if (place != nullptr && r.full() && ctx.dateline.empty()) {
    ctx.dateline = dateline_city(ctx.text_of(place->first, place->last), *ctx.lex);
  }
}

// "2. BEIJING, BY VIDEO: BRICS LEADERS MEET ONLINE" on a line of its own: an item of a digest of
// several stories (a morning briefing), told from the place before the colon. What the items before
// spoke of (their gathering, their place, their "they") is not what this one speaks of.
void note_digest_item(DocContext& ctx, const SentenceInfo& si) {
  // (the number with its point, in this sentence or as one of its own before it)
  const auto numbered = [&](std::uint32_t n) {
    return ctx.tokens[n].is(kDigit) && ctx.tokens[n].key.size() <= 2 &&
           (ctx.tokens[n + 1].key == std::string_view(".") || ctx.tokens[n + 1].key == std::string_view(")")) &&
           opens_line(ctx.doc->text, ctx.tokens[n].begin);
  };
  const std::uint32_t f = si.span.first;
  std::uint32_t from = 0;
  if (si.span.last >= f + 4 && numbered(f)) {
    from = f + 2;
  } else if (f >= 2 && numbered(f - 2)) {
    from = f;
  } else {
    return;
  }
  if (!closes_line(ctx.doc->text, ctx.tokens[si.span.last - 1].end) || !all_caps_line(ctx, si)) return;
  std::uint32_t colon = from;
  while (colon < si.span.last && colon < from + 6 && ctx.tokens[colon].key != std::string_view(":")) ++colon;
  if (colon >= si.span.last || ctx.tokens[colon].key != std::string_view(":")) return;
  std::uint32_t end = from;
  while (end < colon && ctx.tokens[end].key != std::string_view(",")) ++end;
  ctx.dateline = end > from ? dateline_city(ctx.text_of(from, end), *ctx.lex) : std::string();
  ctx.salient_event = -1;
  for (auto& e : ctx.events) e.old = true;  // (named again, they are found again: not as "the summit")
  ctx.last_group.clear();
}

// "6. United Kingdom and Germany (Wednesday 24 April)" on a line of its own: an entry's heading, the
// day in brackets (or after a colon) at its end the day of what the entry tells.
void note_bracketed_day_heading(DocContext& ctx, const SentenceInfo& si) {
  if (si.dates.size() != 1 || si.span.last - si.span.first > 24) return;
  const DateMention& d = si.dates.front();
  const auto& t = ctx.tokens;
  // (or after a colon: "1. PM meeting with President Lula of Brazil: 25 September 2024")
  const bool bracketed = d.first > si.span.first && d.last + 1 == si.span.last &&
                         t[d.first - 1].key == std::string_view("(") && t[d.last].key == std::string_view(")");
  const bool after_colon = d.first > si.span.first + 1 && d.last == si.span.last && t[d.first - 1].key == std::string_view(":");
  if (!bracketed && !after_colon) return;
  // ("Followed by: Second Cairo Conference (4-6 December 1943)": a reference work's field, naming
  // another gathering with its days, is no heading over what follows)
  if (bracketed && std::any_of(t.begin() + si.span.first, t.begin() + d.first,
                               [](const Token& x) { return x.key == std::string_view(":"); })) {
    return;
  }
  const std::string_view text = ctx.doc->text;
  // (after the entry's number, if any: "6. ")
  std::size_t begin = t[si.span.first].begin;
  while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == '.' || (text[begin - 1] >= '0' && text[begin - 1] <= '9'))) {
    --begin;
  }
  if (!opens_line(text, begin) || !closes_line(text, t[si.span.last - 1].end)) return;
  const Date r = ctx.resolve(d, ctx.focus, Tense::kPast);
  if (!r.full()) return;
  ctx.focus = r;
  ctx.caption_day = r;
  ctx.timeline = true;
}

// "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer": the person of
// the lexicon a page is issued by, whom its bare titles name.
void note_issuer(DocContext& ctx, const SentenceInfo& si) {
  const auto& t = ctx.tokens;
  if (ctx.issuer >= 0 || si.span.last - si.span.first < 3 || t[si.span.first].key != std::string_view("from") ||
      t[si.span.first + 1].key != std::string_view(":")) {
    return;
  }
  int country = -1;
  for (const Mention& m : si.mentions) {
    if (m.kind == MKind::kPerson && m.entity >= 0 && ctx.entities[static_cast<std::size_t>(m.entity)].lex >= 0 &&
        !ctx.entities[static_cast<std::size_t>(m.entity)].role.empty()) {
      ctx.issuer = m.entity;
    }
    if (m.kind == MKind::kCountry && m.entity >= 0 && country < 0) country = ctx.entities[static_cast<std::size_t>(m.entity)].lex;
  }
  // "From: Prime Minister's Office, 10 Downing Street": the office's holder, in the country its
  // seat names, on the page's date
  if (ctx.issuer >= 0 || country < 0) return;
  for (std::uint32_t i = si.span.first + 2; i < si.span.last; ++i) {
    std::string phrase;
    for (std::uint32_t j = i; j < si.span.last && j < i + 4; ++j) {
      if (!t[j].is(kWord)) break;
      if (!phrase.empty()) phrase += ' ';
      phrase += t[j].key.view();
      const bool office = j + 2 < si.span.last && t[j + 1].key == std::string_view("'s") &&
                          t[j + 2].key == std::string_view("office");
      if (!office) continue;
      const auto* entries = ctx.lex->lookup(phrase);
      if (entries == nullptr) continue;
      for (const LexEntry& le : *entries) {
        if (le.kind != LexKind::kTitle) continue;
        const std::string& role = ctx.lex->titles()[le.index].key;
        const int holder = person_by_role(ctx, role, ctx.lex->countries()[static_cast<std::size_t>(country)].code, "");
        if (holder >= 0) ctx.issuer = holder;
        return;
      }
    }
  }
}

// "- Late morning: opened the plenary session, which he chaired": a line of a page's diary of what
// its issuer did (a heading, a colon, then a predicate in lower case with no subject) is the
// issuer's, and "he" or "she" in it stands for the issuer.
void diary_entry_speaker(DocContext& ctx, const SentenceInfo& si) {
  if (diary_heading_colon(ctx, si) != 0) ctx.last_subject_person = ctx.issuer;
}

// "SOUTH BLOCK TRANSCRIPTS", "KREMLIN READOUTS": a page whose first line is headed by a seat of
// government standing for its country is that government's (DocContext::seat_country).
void note_seat_country(DocContext& ctx, const SentenceInfo& si) {
  if (si.mentions.empty()) return;
  const Mention& m = si.mentions.front();
  if (m.kind != MKind::kCountry || !m.metonym || m.entity < 0 || m.first != si.span.first) return;
  const DocEntity& c = ctx.entities[static_cast<std::size_t>(m.entity)];
  if (c.type == "country" && c.lex >= 0) ctx.seat_country = ctx.lex->countries()[static_cast<std::size_t>(c.lex)].code;
}

// A transcript's label of who speaks, on the line its words open: "Question (Meera Lowe, The Coastal
// Herald): Whom else did he meet?", "Q (Lowe):", "Question from Meera Lowe:", "Foreign Secretary
// (Vikram Misri): Yesterday he met Putin". Whoever asks is no party to anything, and the "he" or
// "she" of the words after the label is someone spoken of, not the speaker: the label's mentions of
// people are dropped. (Not a quotation after the label, whose "I" is the speaker: `President Yoon:
// "President Ghazouani and I ..."`; nor a profile's line of predicates: "- Lula, President of Brazil:
// spoke on Friday".)
void drop_transcript_label(const DocContext& ctx, SentenceInfo& si) {
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  if (l - f < 4 || !opens_line(ctx.doc->text, t[f].begin) || !t[f].is(kCapital)) return;
  std::uint32_t colon = f + 1;
  while (colon < l && colon < f + 16 && t[colon].key != std::string_view(":")) ++colon;
  if (colon + 1 >= l || t[colon].key != std::string_view(":")) return;
  const TokenKey k = t[f].key;
  const bool question = (k == std::string_view("question") || k == std::string_view("q") ||
                         k == std::string_view("questioner")) &&
                        (t[f + 1].key == std::string_view("(") || t[f + 1].key == std::string_view("from"));
  if (!question) {
    // (a label of capitalised words and a bracketed name, then words that open a sentence)
    if (colon > f + 8 || !t[colon + 1].is(kCapital) || !t[colon + 1].is(kWord)) return;
    for (std::uint32_t i = f; i < colon; ++i) {
      const TokenKey w = t[i].key;
      if (t[i].is(kWord) && !t[i].is(kCapital) && w != std::string_view("of") && w != std::string_view("the")) return;
      if (!t[i].is(kWord) && w != std::string_view("(") && w != std::string_view(")") && w != std::string_view(",")) return;
    }
    if (std::any_of(si.triggers.begin(), si.triggers.end(), [&](const Trigger& tr) { return tr.first < colon; })) return;
  }
  std::vector<int> dropped;
  std::erase_if(si.mentions, [&](const Mention& m) {
    const bool drop = m.first >= f && m.last <= colon && (question || m.kind == MKind::kPerson || m.kind == MKind::kTitle);
    if (drop && m.entity >= 0) dropped.push_back(m.entity);
    return drop;
  });
  if (dropped.empty() && !question) return;
  si.index_mentions();
  // (a "he" after the label read as the speaker is the person the sentence before spoke of)
  for (Mention& m : si.mentions) {
    if (m.kind != MKind::kPronoun || m.first < colon || (m.pronoun != "he" && m.pronoun != "she")) continue;
    if (std::find(dropped.begin(), dropped.end(), m.entity) != dropped.end()) m.entity = ctx.previous_sentence_person;
  }
}

// "Justin Trudeau @JustinTrudeau" on a line of its own: the author of an embedded post, whose
// text follows up to a line with its time and day ("6:31 p.m. - Jun 9, 2022"). Its "I" and its
// subjectless lines ("Met today in Los Angeles with ...") are the author's, its "today" that day.
// Returns whether the sentence was such a line (no party to anything itself).
bool note_post_author(DocContext& ctx, const SentenceInfo& si, std::ptrdiff_t index) {
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  if (l - f < 3 || l - f > 14) return false;
  const std::string_view text = ctx.doc->text;
  if (!opens_line(text, t[f].begin) || !closes_line(text, t[l - 1].end)) return false;
  std::uint32_t at = l;
  for (std::uint32_t i = f + 1; i + 1 < l && at == l; ++i) {
    if (t[i].key == std::string_view("@") && t[i + 1].begin == t[i].end && t[i + 1].is(kWord)) {
      at = i;
    }
  }
  if (at == l) return false;
  int author = -1;
  for (const auto& m : si.mentions) {
    if (m.kind == MKind::kPerson && m.entity >= 0 && m.last <= at) author = m.entity;
  }
  if (author < 0) return false;
  // (the post runs to sentence `end`; its "today" is `day` when known)
  const auto begin_post = [&](std::ptrdiff_t end, const Date& day) {
    ctx.post_author = author;
    ctx.post_end = end;
    ctx.before_post_day = ctx.caption_day;
    ctx.before_post_timeline = ctx.timeline;
    if (day.full()) {
      ctx.caption_day = day;
      ctx.timeline = true;
    }
    return true;
  };
  // its time line: within the next few lines, a time and a full date
  const auto index_end = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(ctx.sentences.size()), index + 8);
  for (std::ptrdiff_t k = index + 1; k < index_end; ++k) {
    const Sentence& s = ctx.sentences[static_cast<std::size_t>(k)];
    bool time = false;
    for (std::uint32_t i = s.first; i < s.last && !time; ++i) {
      const std::string_view w = t[i].key;
      time = (t[i].is(kDigit) && ((i + 1 < s.last && t[i + 1].key == std::string_view(":")) ||
                                  w.find(':') != std::string_view::npos)) ||
             w == "p.m." || w == "a.m." || w == "pm" || w == "am";
    }
    if (!time) continue;
    for (const auto& d : find_dates(t, s.first, s.last, nullptr)) {
      if (d.kind != DateKind::kAbsolute || d.day == 0 || d.month == 0) continue;
      if (const Date day = ctx.resolve(d, ctx.focus, Tense::kPast); day.full()) return begin_post(k, day);
    }
    break;
  }
  // (without a time line that dates it: the rest of its paragraph, of the article's day)
  std::ptrdiff_t k = index + 1;
  while (k + 1 < index_end &&
         text.substr(t[ctx.sentences[static_cast<std::size_t>(k)].last - 1].end,
                     t[ctx.sentences[static_cast<std::size_t>(k + 1)].first].begin -
                         t[ctx.sentences[static_cast<std::size_t>(k)].last - 1].end)
                 .find("\n\n") == std::string_view::npos) {
    ++k;
  }
  return k < static_cast<std::ptrdiff_t>(ctx.sentences.size()) && begin_post(k, Date{});
}

// "President Yoon Suk Yeol's posts of Monday 3 June 2024", "I. President Yoon Suk Yeol, opening
// address (morning)": a heading line (no full stop) giving a person's own words, whose "I" and "we"
// the text under it are (DocContext::section_speaker). Returns whether the sentence was one.
bool note_section_speaker(DocContext& ctx, const SentenceInfo& si) {
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  if (l - f > 16 || t[l - 1].key == std::string_view(".")) return false;
  const std::string_view text = ctx.doc->text;
  if (!opens_line(text, t[f].begin) || !closes_line(text, t[l - 1].end)) return false;
  // (another heading ends the section of someone's own words: "II. From the plenary")
  const auto another_heading = [&] {
    ctx.section_speaker = -1;
    return false;
  };
  if (l - f < 3 || !si.triggers.empty()) return another_heading();
  static const WordSet kOwnWords = {"posts", "post", "thread", "address", "remarks", "speech", "statement",
                                    "message", "op-ed", "diary", "letter", "answers"};
  for (std::size_t n = 0; n < si.mentions.size(); ++n) {
    const Mention& m = si.mentions[n];
    if (m.kind != MKind::kPerson || m.entity < 0 || m.last + 1 >= l) continue;
    // (right after the name, over "'s" or a comma and an adjective or two)
    std::uint32_t k = m.last;
    if (t[k].key == std::string_view("'s") || t[k].key == std::string_view(",")) ++k;
    for (const std::uint32_t end = k + 3; k < l && k < end && t[k].is(kWord); ++k) {
      if (kOwnWords.count(t[k].key.view()) != 0) {
        ctx.section_speaker = m.entity;
        return true;
      }
    }
  }
  return another_heading();
}

// Past the sentence holding the time line of the embedded post being read (which may hold its last
// words too): the post has ended, the day headings before it are back in force.
void end_of_post(DocContext& ctx, std::ptrdiff_t index) {
  if (ctx.post_author < 0 || index <= ctx.post_end) return;
  ctx.post_author = -1;
  ctx.post_end = -1;
  ctx.caption_day = ctx.before_post_day;
  ctx.timeline = ctx.before_post_timeline;
}

// "By Lena Marsh", "From our special correspondent Abhay Sinha, New York", "Translated from the
// Hindi by Priya Misri", a page's "From: ..." line: a credit on a line of its own, without a full
// stop. Its names are the reporters' or the issuer's, no one "he" or "she" stands for and no party
// to anything.
bool credit_line(const DocContext& ctx, const SentenceInfo& si) {
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  if (l - f < 2 || l - f > 30 || !t[f].is(kCapital)) return false;
  static const WordSet kCredited = {"photo", "photos", "photograph", "photographs", "pictures", "rendering",
                                    "editor", "prepared", "archived", "rendered", "illustration", "graphics"};
  // ("... in our own words. Desk editor: Paul Lowe."): a sentence that is a credit's label and a name
  for (std::uint32_t c = f + 1; c < f + 4 && c + 2 < l; ++c) {
    if (t[c].key != std::string_view(":") || kCredited.count(t[c - 1].key.view()) == 0) continue;
    const auto named = std::find_if(si.mentions.begin(), si.mentions.end(), [&](const Mention& m) {
      return m.first == c + 1 && m.kind == MKind::kPerson;
    });
    if (named != si.mentions.end() && (named->last == l || (named->last + 1 == l && t[named->last].key == std::string_view(".")))) {
      return true;
    }
  }
  if (t[l - 1].key == std::string_view(".")) return false;
  const std::string_view text = ctx.doc->text;
  if (!opens_line(text, t[f].begin) || !closes_line(text, t[l - 1].end)) return false;
  const TokenKey k = t[f].key;
  if (k == std::string_view("from")) return t[f + 1].key == std::string_view(":") || t[f + 1].key == std::string_view("our");
  if (k == std::string_view("by") || k == std::string_view("translated") || k == std::string_view("compiled") ||
      k == std::string_view("reporting") || k == std::string_view("edited")) {
    return true;
  }
  // ("Photo: Amani Kessler | Desk editor: Owen Lisle", "Rendering: Ji-hye Marsh", "Excerpts prepared
  // by the summit desk; photographs by Mireille Sandoval"): the credits of a picture, a rendering,
  // an edit (with no predicate after the credit: "Photo: Macron greets Zelensky at the Elysee" is
  // a caption)
  std::uint32_t credit = l;
  for (std::uint32_t i = f; i + 1 < l; ++i) {
    if (kCredited.count(t[i].key.view()) != 0 &&
        (t[i + 1].key == std::string_view(":") || t[i + 1].key == std::string_view("by"))) {
      credit = i;
    }
  }
  return credit < l && std::none_of(si.triggers.begin(), si.triggers.end(),
                                    [&](const Trigger& tr) { return tr.first > credit; });
}

// "Related: Modi meets Zelensky in New York", "Read more: ...", "See also: ...", "» ...": a link to
// another article, whose headline tells that article's news, not this one's (nor on this one's day).
bool link_line(const DocContext& ctx, const SentenceInfo& si) {
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  if (l - f < 2 || !opens_line(ctx.doc->text, t[f].begin)) return false;
  const auto at = [&](std::uint32_t i, std::string_view k) { return i < l && t[i].key == k; };
  if (ctx.doc->text.substr(t[f].begin, 2) == "\u00bb") return true;  // (its key is a plain quote mark)
  if ((at(f, "related") || at(f, "watch") || at(f, "listen")) && at(f + 1, ":")) return true;
  return ((at(f, "read") && at(f + 1, "more")) || (at(f, "see") && at(f + 1, "also")) || (at(f, "also") && at(f + 1, "read"))) &&
         at(f + 2, ":");
}

// "Claim 1: \"Zelensky secretly met Putin on Saturday.\" FALSE.", "Viral claim: ...", "Rumour: ...": a
// fact-check's statement under check, which the page does not tell as a fact (its verdict follows).
// Also a quiz's ("True or false: Stalin attended the First Cairo Conference.") and the wrong answers
// an examiner quotes ("Wrong answers seen: \"Inonu was also at Tehran.\" Incorrect."): a quotation
// that makes up its sentence, judged wrong by the sentence after it, is no fact either.
bool claim_under_check(const DocContext& ctx, const SentenceInfo& si, const Sentence* next) {
  using namespace std::string_view_literals;
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  if (l - f < 3 || !t[f].is(kCapital)) {
    // (a quotation, then "Incorrect." or "False:")
    if (l - f < 3 || t[f].key != "\""sv || next == nullptr || next->first >= next->last) return false;
    const TokenKey v = t[next->first].key;
    return t[next->first].is(kCapital) && (v == "incorrect"sv || v == "false"sv || v == "wrong"sv);
  }
  if (t[f].key == "true"sv && t[f + 1].key == "or"sv && t[f + 2].key == "false"sv) return true;
  if (!opens_line(ctx.doc->text, t[f].begin)) return false;
  std::uint32_t i = f;
  if (t[i].key == "viral"sv || t[i].key == "the"sv || t[i].key == "wrong"sv || t[i].key == "incorrect"sv) ++i;
  const TokenKey k = t[i].key;
  if (k != "claim"sv && k != "rumour"sv && k != "rumor"sv && k != "hoax"sv && k != "myth"sv && k != "answer"sv &&
      k != "answers"sv) {
    return false;
  }
  // ("Answer: Franklin D. Roosevelt ..." is the key's own answer)
  if ((k == "answer"sv || k == "answers"sv) && i == f) return false;
  ++i;
  if (i < l && t[i].is(kDigit)) ++i;
  if (i < l && t[i].key == "seen"sv) ++i;
  return i < l && t[i].key == ":"sv;
}

}  // namespace

DocumentResult Extractor::extract(const Document& doc) const {
  Date date;
  if (const auto d = Date::parse_iso(doc.date)) date = *d;
  int year = 0;
  Date anchor;
  DocumentResult r = extract_dated(doc, date, date.empty() ? &year : nullptr, &anchor);
  if (year != 0) {
    // a day the header gave without its year ("--05-30", article_text.hpp) is of the year found
    Date day{year, 0, 0};
    if (doc.date.size() == 7 && doc.date.starts_with("--")) {
      if (const auto d = Date::parse_iso(std::to_string(year) + doc.date.substr(1)); d && d->full()) day = *d;
    }
    r = extract_dated(doc, day, nullptr, &anchor);
  }
  return r;
}

namespace {

// The day an attendance or a chair is dated by: the gathering's own (first) day when the clause
// gave none, or gave the day it closed ("broke off two days of talks on Sunday": they attended the
// talks that began on Saturday); else the clause's ("the guests joined the sessions on Saturday").
Date attendance_date(const DocContext& ctx, const PendingAssertion& p) {
  if ((p.relation != "attended" && p.relation != "chaired") || p.target_event < 0) return p.date;
  const DocEvent& e = ctx.events[static_cast<std::size_t>(p.target_event)];
  if (!e.date.full() || e.to_come) return p.date;
  if (p.date.empty()) return e.date;
  if (e.days > 1 && e.end_date.full() && p.date == e.end_date) return e.date;
  // (an arrival on the eve of a gathering dated only once the document was read: the gathering's
  // first day)
  if (p.date.full() && surely_after(e.date, p.date) && distance_days(e.date, p.date) <= 3) return e.date;
  return p.date;
}

// "15:25" on a line of its own opens a live report's entry: what the entries before it said
// ("yesterday", "since the strikes began on 13 June") is not the day in focus of this one, which is
// the day heading the entries, else the report's own date.
void note_entry_time(DocContext& ctx, const SentenceInfo& si) {
  if (!ctx.live || si.span.last - si.span.first != 3) return;
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  if (!t[f].is(kDigit) || t[f + 1].key != std::string_view(":") || !t[f + 2].is(kDigit)) return;
  if (ctx.caption_day.full()) {
    ctx.focus = ctx.caption_day;
  } else if (ctx.doc_date.full()) {
    ctx.focus = ctx.doc_date;
  }
}

// "ASTANA, June 17 (Wire) -- Xi and five leaders signed a treaty here on Tuesday, the main outcome of
// the second China-Central Asia Summit": a gathering the lede of a datelined report names, with no
// day of its own, is held on the lede's day (within two days of the report) in the dateline's city.
void date_lede_gathering(DocContext& ctx, SentenceInfo& si) {
  if (ctx.lede_read || ctx.dateline.empty() || !ctx.doc_date.full()) return;
  const Token& first = ctx.tokens[si.span.first];
  if (!first.is(kWord) || !first.is(kAllCaps)) return;
  ctx.lede_read = true;
  // (the dateline's own day counts only when the lede names no day of its own: "PARIS, March 24
  // (Wire) - Macron will receive the leaders on Thursday for a summit" is not on March 24)
  std::uint32_t dateline_end = si.span.first;
  for (std::uint32_t i = si.span.first; i < si.span.last && i < si.span.first + 14; ++i) {
    const TokenKey k = ctx.tokens[i].key;
    if (k == std::string_view("-") || k == std::string_view("--")) {  // (dashes are folded to "-")
      dateline_end = i;
      break;
    }
  }
  const bool own_day = std::any_of(si.dates.begin(), si.dates.end(), [&](const DateMention& d) { return d.first > dateline_end; });
  Date day;
  for (const auto& d : si.dates) {
    if (own_day && d.first < dateline_end) continue;
    const Date r = ctx.resolve(d, ctx.doc_date, Tense::kPast);
    if (!r.full()) continue;
    const long diff = days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day) -
                      days_from_civil(r.year, r.month, r.day);
    if (diff >= 0 && diff <= 2) day = r;
  }
  if (!day.full()) return;
  for (Mention& m : si.mentions) {
    if (m.kind != MKind::kEvent || (m.ev_kind != "summit" && m.ev_kind != "conference")) continue;
    // ("met in Dar es Salaam on Saturday for their first joint summit": an event phrase the
    // sentence has not tied to a gathering yet)
    const int ev = m.event >= 0 ? m.event : event_of_mention(ctx, m);
    if (ev < 0) continue;
    DocEvent& e = ctx.events[static_cast<std::size_t>(ev)];
    if (e.to_come || !e.date.empty() || (e.kind != "summit" && e.kind != "conference")) continue;
    e.date = day;
    if (e.place_key.empty()) {
      e.place = ctx.dateline;
      e.place_key = name_key(ctx.dateline);
    }
  }
}

// "The leaders of Korea, Japan and China agreed Monday to ... / President Yoon chaired the ninth
// trilateral summit with ...": the day the lede tells of, its first date in the first sentences
// (within two days before the article's).
void note_lede_day(DocContext& ctx, const SentenceInfo& si) {
  if (ctx.lede_day.full() || ctx.sentence_no > 4 || !ctx.doc_date.full() || ctx.live || ctx.captions) return;
  for (const auto& d : si.dates) {
    // (not a masthead's or a byline's full date: "Tuesday, May 28, 2024"; a dateline's is the
    // lede's: "GOYANG, Gyeonggi Province, Tuesday 4 June 2024 -- Below are ...")
    // (dashes are folded to "-")
    const bool dateline = d.last < si.span.last && d.first < si.span.first + 8 &&
                          (ctx.tokens[d.last].key == std::string_view("-") || ctx.tokens[d.last].key == std::string_view("--"));
    if (d.year != 0 && !dateline) continue;
    const Date r = ctx.resolve(d, ctx.doc_date, Tense::kPast);
    if (!r.full()) continue;
    const long diff = days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day) -
                      days_from_civil(r.year, r.month, r.day);
    if (diff >= 0 && diff <= 2) {
      ctx.lede_day = r;
      ctx.lede_sentence = ctx.sentence_no;
      // ("The summit in Johannesburg ended on Sunday", "did not open on Saturday", "arrived in Los
      // Angeles on Tuesday to take part in the summit": the day of a close, a denial or a journey
      // is not that of a gathering the lede names)
      static const WordSet kOther = {"ended", "ends", "closed", "closes", "concluded", "wrapped", "arrived", "arrives",
                                     "landed", "flew", "travelled", "traveled", "left", "departed"};
      for (std::uint32_t k = si.span.first; k < si.span.last && !ctx.lede_day_of_other; ++k) {
        ctx.lede_day_of_other = kOther.count(ctx.tokens[k].key.view()) != 0;
      }
      // (not a denial in brackets: "renderings (not official transcripts) of what the co-chairs said")
      const auto bracketed = [&](std::uint32_t at) {
        int depth = 0;
        for (std::uint32_t k = si.span.first; k < at; ++k) {
          if (ctx.tokens[k].key == std::string_view("(")) ++depth;
          if (ctx.tokens[k].key == std::string_view(")") && depth > 0) --depth;
        }
        return depth > 0;
      };
      for (const Cue& c : si.cues) {
        ctx.lede_day_of_other = ctx.lede_day_of_other || (c.kind == "negation" && !bracketed(c.first));
      }
    }
    return;  // (the lede's first date only)
  }
}

// "arrived on Wednesday, a day before his first-ever summit with Putin", "leaders will travel for a
// summit later this year": first sentences that speak of a gathering still ahead date none by the
// lede's day
void note_awaited_gatherings(DocContext& ctx, const SentenceInfo& si) {
  if (ctx.sentence_no > 5 || ctx.lede_awaits) return;
  for (const Mention& m : si.mentions) {
    if (m.kind != MKind::kEvent) continue;
    // ("leaders will travel for a summit later this year")
    bool ahead = tense_at(ctx, si, m.first) == Tense::kFuture;
    for (std::uint32_t k = m.first; !ahead && k > si.span.first && k + 4 > m.first; --k) {
      const TokenKey w = ctx.tokens[k - 1].key;
      ahead = w == std::string_view("before") || w == std::string_view("ahead") || w == std::string_view("eve") ||
              w == std::string_view("preparations") || w == std::string_view("run-up");
    }
    if (ahead) ctx.lede_awaits = true;
  }
}

// "The centrepiece of the Hungarian leg came on Thursday. In the morning Sulyok welcomed Xi": a
// sentence with no predicate of ours that tells of one past day (not in a quotation, not to come)
// puts that day in focus, as a sentence with a predicate does.
// (not the day of a clause of another time: "since the clashes began on Thursday", "two weeks
// after the attacks of November 13", "By the small hours of Wednesday he had carried a plan")
void note_told_day(DocContext& ctx, const SentenceInfo& si) {
  static const WordSet kOtherTime = {"since", "after", "before", "until", "till", "by", "when", "following", "ahead"};
  Date day;
  for (const auto& d : si.dates) {
    if (si.in_quote[d.first - si.span.first]) return;
    if (d.first > si.span.first && ctx.tokens[d.first - 1].key == std::string_view("of")) return;
    for (std::uint32_t k = d.first; k > si.span.first; --k) {
      const TokenKey w = ctx.tokens[k - 1].key;
      if (w == std::string_view(",") || w == std::string_view(";")) break;
      if (kOtherTime.count(w.view()) != 0) return;
    }
    const Date r = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
    if (!r.full() || (day.full() && !(r == day))) return;
    day = r;
  }
  if (!day.full() || (ctx.doc_date.full() && surely_after(day, ctx.doc_date))) return;
  ctx.focus = day;
}

// A gathering the lede or the sentence after it first speaks of, and no sentence dates, is held on
// the lede's day.
void date_gatherings_by_lede(DocContext& ctx) {
  if (!ctx.lede_day.full() || ctx.lede_awaits) return;
  // (not when the lede's day is already that of another gathering the lede tells: "Biden held talks
  // with Abbas in Bethlehem on Friday. Mohammed bin Salman chaired a summit ...")
  // (but "Leaders of Arab and Muslim nations met in the Qatari capital on Monday. / The emergency
  // summit of the Arab League ...": a gathering of many on the lede's day is that summit)
  if (std::any_of(ctx.events.begin(), ctx.events.end(), [&](const DocEvent& e) {
        return e.date == ctx.lede_day && e.first_sentence == ctx.lede_sentence && !e.many && e.kind != "summit" &&
               e.kind != "conference";
      })) {
    return;
  }
  for (DocEvent& e : ctx.events) {
    if (!e.used || !e.date.empty() || e.to_come || e.old || (e.kind != "summit" && e.kind != "conference")) continue;
    if (e.first_sentence > ctx.lede_sentence + 1 || e.first_sentence < ctx.lede_sentence) continue;
    if (e.first_sentence == ctx.lede_sentence && ctx.lede_day_of_other) continue;
    e.date = ctx.lede_day;
  }
}

// "Von der Leyen announced a 12 billion euro package" in a report on the summit she attended: a
// pledge to no one named is made at the gathering of many its maker attended that day (the
// summit's, when it is the one the document speaks of); -1 else.
int pledge_made_at(const DocContext& ctx, const PendingAssertion& p) {
  if (p.relation != "pledged" || p.status != edge_status::kReported || ctx.salient_event < 0) return -1;
  const DocEvent& e = ctx.events[static_cast<std::size_t>(ctx.salient_event)];
  if (e.to_come || e.old || (e.kind != "summit" && e.kind != "conference") || !e.used) return -1;
  if (p.date.full() && e.date.full() && distance_days(p.date, e.date) > std::max(e.days, 1) - 1) return -1;
  const bool there = std::any_of(ctx.pending.begin(), ctx.pending.end(), [&](const PendingAssertion& x) {
    return (x.relation == "attended" || x.relation == "chaired") && x.subject == p.subject &&
           x.target_event == ctx.salient_event && x.status == edge_status::kReported;
  });
  return there ? ctx.salient_event : -1;
}

}  // namespace

DocumentResult Extractor::extract_dated(const Document& doc, const Date& date, int* year_out, Date* anchor) const {
  ReusedBuffers& reuse = reused_buffers();
  DocContext ctx;
  ctx.doc = &doc;
  ctx.lex = &lex_;
  ctx.doc_date = date;
  ctx.weekday_anchor = *anchor;
  ctx.dateline = dateline_place(doc.text, lex_);
  ctx.captions = numbered_captions(doc.text);
  ctx.live = live_report(doc.text);
  ctx.preview = preview_page(doc.text);
  ctx.tokens.swap(reuse.tokens);  // handed back at the end (a document that throws drops them)
  std::swap(ctx.token_keys, reuse.token_keys);
  ctx.tokens.reserve(doc.text.size() / 5 + 16);  // news runs at about 5.5 bytes a token
  ctx.entities.reserve(32);  // a news article names a few dozen: no DocEntity moved by regrowth
  ctx.entity_id_hashes.reserve(32);
  ctx.token_keys.reserve(doc.text.size());
  tokenize_into(doc.text, ctx.tokens, ctx.token_keys, &lex_.words());
  ctx.sentences = split_sentences(doc.text, ctx.tokens);

  DocumentResult r;
  r.doc_id = doc.id;
  r.doc_date = ctx.doc_date.iso();
  r.sentences = ctx.sentences.size();
  r.bytes = doc.text.size();

  SentenceInfo& si = reuse.sentence;
  std::vector<WeekdayDate> weekday_dates;  // only read for an undated document (year_out given)
  std::vector<WeekdayDate> sentence_weekday_dates;
  // (a day the header gave without its year, "--05-30": the dateline's lede may give its weekday)
  int header_month = 0, header_day = 0;
  if (year_out != nullptr && doc.date.size() == 7 && doc.date.starts_with("--")) {
    if (const auto d = Date::parse_iso("2000" + doc.date.substr(1)); d && d->full()) {
      header_month = d->month;
      header_day = d->day;
    }
  }
  for (const auto& s : ctx.sentences) {
    si.reset(s);
    ctx.sentence_no = static_cast<std::size_t>(&s - ctx.sentences.data());
    end_of_post(ctx, &s - ctx.sentences.data());
    diary_entry_speaker(ctx, si);
    find_mentions(ctx, si);
    drop_transcript_label(ctx, si);
    note_commentators(ctx, si);
    for (const DateMention& d : si.dates) {
      if (d.kind == DateKind::kAbsolute && d.year != 0 && !si.in_quote[d.first - si.span.first]) ctx.story_year = d.year;
    }
    if (ctx.sentence_no == 0) note_seat_country(ctx, si);
    if (year_out != nullptr) note_weekday_dates(ctx, si, weekday_dates);
    // (in the lede: the first few sentences, past a headline)
    if (header_day != 0 && (note_dateline_weekday(ctx, si, header_month, header_day, weekday_dates) ||
                            &s - ctx.sentences.data() >= 4)) {
      header_day = 0;
    }
    // an undated article's narrative moves on: "on Friday" is counted from its latest weekday date
    if (year_out == nullptr && !ctx.doc_date.full() && ctx.doc_date.year != 0) {
      sentence_weekday_dates.clear();
      note_weekday_dates(ctx, si, sentence_weekday_dates);
      if (const Date d = weekday_date_in(sentence_weekday_dates, ctx.doc_date.year, true); d.full()) {
        ctx.weekday_anchor = d;
      }
    }
    if (tracing()) trace(ctx, si);
    note_digest_item(ctx, si);
    date_lede_gathering(ctx, si);
    note_lede_day(ctx, si);
    note_attendance_section(ctx, si);
    note_meeting_section(ctx, si);
    if (credit_line(ctx, si)) {
      note_issuer(ctx, si);
      continue;
    }
    if (note_post_author(ctx, si, &s - ctx.sentences.data())) continue;
    if (note_section_speaker(ctx, si)) continue;
    if (link_line(ctx, si) ||
        claim_under_check(ctx, si, &s + 1 < ctx.sentences.data() + ctx.sentences.size() ? &s + 1 : nullptr)) {
      continue;
    }
    if (!si.triggers.empty() || opens_with_heading(ctx, si)) {
      // ("MONDAY, 26 FEBRUARY - THE ELYSEE CONFERENCE": a day's heading whose title names a
      // gathering dates what follows, the gathering too)
      if (!si.triggers.empty() && all_caps_line(ctx, si)) note_day_heading(ctx, si);
      extract_relations(ctx, si);
      if (std::any_of(si.cues.begin(), si.cues.end(), [](const Cue& c) { return c.kind == "deny_report"; })) {
        ctx.withdrawing_sentences.push_back(si.span.begin);
      }
      note_awaited_gatherings(ctx, si);
      // ("THURSDAY, OCT. 12 - TEL AVIV": a heading of a day names no one, but dates what follows)
      if (si.triggers.empty()) note_day_heading(ctx, si);
      note_bracketed_day_heading(ctx, si);
    } else {
      extract_untriggered_commitments(ctx, si);
      // keep the he/she and they antecedents up to date ("Putin is on a visit to China. He held
      // talks with Xi")
      note_sentence_people(ctx, si, false);
      note_told_day(ctx, si);
      note_day_heading(ctx, si);
      note_bracketed_day_heading(ctx, si);
      note_entry_time(ctx, si);
    }
  }

  // An undated document whose year the text gives away is read again with it: this reading is dropped.
  if (year_out != nullptr && (*year_out = infer_document_year(ctx, weekday_dates)) != 0) {
    *anchor = weekday_date_in(weekday_dates, *year_out, false);
    reuse.tokens.swap(ctx.tokens);
    std::swap(reuse.token_keys, ctx.token_keys);
    return {};
  }

  chairs_attended(ctx);
  greeters_met_guests(ctx);
  date_events_by_their_close(ctx);
  date_live_report_event(ctx);
  place_reported_gatherings(ctx, ctx.dateline);
  place_anonymous_gatherings(ctx);
  date_gatherings_by_lede(ctx);
  // Events that assertions use get ids: "summit:paris-2025-09-04", undated ones a document-local id.
  int undated = 0;
  std::set<std::string> event_ids;
  for (auto& e : ctx.events) {
    if (!e.used) continue;
    // (a body's gathering by its place and body: the Quad's meeting in Hiroshima on the day of the G7
    // summit there is another event; the graph maps a mention of the place alone to the one it fits)
    // (a meeting or talks of no body in a building of the city, "Meeting, Elysee Palace, Paris", in
    // an article that also tells a body's gathering of that city and day: by its building, so that
    // it is not the city's gathering another article tells, "Summit, Paris")
    const bool in_building =
        e.group.empty() && (e.kind == "meeting" || e.kind == "talks") && e.place.find(',') != std::string::npos &&
        e.date.full() && std::any_of(ctx.events.begin(), ctx.events.end(), [&](const DocEvent& o) {
          return &o != &e && o.used && !o.group.empty() && o.place_key == e.place_key && o.date == e.date;
        });
    // (a meal is a gathering of its own, whatever else the city holds that day: the state banquet
    // at the Elysee is not the talks there that morning, in this article or another)
    const std::string_view meal = meal_word(e);
    const std::string base = slug(in_building             ? e.place
                                  : !e.place_key.empty() ? (e.group.empty() ? e.place_key : e.place_key + " " + e.group)
                                  : !e.group.empty()    ? e.group
                                                        : e.kind) +
                             (meal.empty() ? std::string() : "-" + std::string(meal));
    if (e.date.full()) {
      e.id = "summit:" + base + "-" + e.date.iso();
      // (two gatherings this article keeps apart on one day in one city stay apart: the talks at
      // the Alvorada and the presidents' meeting at the Itamaraty; the later one by its building)
      if (!event_ids.insert(e.id).second) {
        const auto comma = e.place.rfind(',');
        const std::string venue = comma == std::string::npos ? e.kind : e.place.substr(0, comma);
        e.id = "summit:" + base + "-" + slug(venue) + "-" + e.date.iso();
        for (int n = 2; !event_ids.insert(e.id).second; ++n) {
          e.id = "summit:" + base + "-" + slug(venue) + "-" + std::to_string(n) + "-" + e.date.iso();
        }
      }
    } else {
      e.id = "summit:" + base + "-u-" + slug(doc.id) + "-" + std::to_string(++undated);
    }
  }

  // Assertions, deduplicated within the sentence.
  std::set<std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, std::uint32_t>> seen;
  std::vector<char> used_entity(ctx.entities.size(), 0);
  std::map<std::string, std::string> topics;  // id -> label
  auto reliable = [&](int e) { return e >= 0 && ctx.entities[static_cast<std::size_t>(e)].reliable; };
  // (one who met someone known at an event attended it: "Tomas Berglund met Jacques Chirac in
  // Copenhagen" keeps the meeting, so it keeps his being there)
  std::set<std::pair<int, int>> met_known_at;  // entity, event
  for (const auto& p : ctx.pending) {
    if (p.relation != "met" || p.event < 0 || p.target < 0) continue;
    if (reliable(p.target)) met_known_at.emplace(p.subject, p.event);
    if (reliable(p.subject)) met_known_at.emplace(p.target, p.event);
  }
  // (a co-chair of someone known, in the same sentence: "Ignazio Cassis and Andriy Yermak
  // co-chaired it"; not one listed as present with someone known, whom a bare name may not be)
  std::set<std::pair<int, std::uint32_t>> known_chair;          // event, sentence
  std::set<std::tuple<int, int, std::uint32_t>> chaired_there;  // entity, event, sentence
  for (const auto& p : ctx.pending) {
    if (p.relation != "chaired" || p.target_event < 0) continue;
    chaired_there.emplace(p.subject, p.target_event, p.begin);
    if (reliable(p.subject)) known_chair.emplace(p.target_event, p.begin);
  }
  const auto withdrawn = withdrawn_facts(ctx);
  for (const auto& p : ctx.pending) {
    if (p.status == edge_status::kReported && withdrawn_here(withdrawn, p)) continue;
    // Bare capitalised names that no title, honorific or lexicon entry vouched for are weak
    // actors: an assertion needs at least one endpoint that is known (a lexicon or titled person,
    // a country, an organisation, or an event the text names as such).
    const bool known_event = p.target_event >= 0 && ctx.events[static_cast<std::size_t>(p.target_event)].named;
    const bool met_there = p.target_event >= 0 && met_known_at.count({p.subject, p.target_event}) != 0;
    const bool with_known = p.target_event >= 0 && p.target < 0 && known_chair.count({p.target_event, p.begin}) != 0 &&
                            chaired_there.count({p.subject, p.target_event, p.begin}) != 0;
    if (!reliable(p.subject) && !reliable(p.target) && !known_event && !met_there && !with_known) continue;
    Assertion a;
    a.relation = p.relation;
    a.subject = ctx.entities[static_cast<std::size_t>(p.subject)].id;
    if (p.target >= 0) {
      a.target = ctx.entities[static_cast<std::size_t>(p.target)].id;
      used_entity[static_cast<std::size_t>(p.target)] = 1;
    } else if (p.target_event >= 0) {
      a.target = ctx.events[static_cast<std::size_t>(p.target_event)].id;
    } else if (const int at = pledge_made_at(ctx, p); at >= 0) {
      a.target = ctx.events[static_cast<std::size_t>(at)].id;
    } else {
      a.target = make_id("topic", p.topic);
      topics[a.target] = p.topic;
    }
    used_entity[static_cast<std::size_t>(p.subject)] = 1;
    a.object = p.object;
    a.date = attendance_date(ctx, p).iso();
    a.place = p.place;
    if (p.event >= 0) a.event = ctx.events[static_cast<std::size_t>(p.event)].id;
    a.status = p.status;
    a.confidence = p.confidence;
    a.doc_id = doc.id;
    a.begin = p.begin;
    a.end = p.end;
    a.evidence = doc.text.substr(p.begin, p.end - p.begin);
    const auto key = std::make_tuple(a.relation, a.subject, a.target, name_key(a.object), a.status, a.date, a.begin);
    if (!seen.insert(key).second) continue;
    r.assertions.push_back(std::move(a));
  }

  for (std::size_t i = 0; i < ctx.entities.size(); ++i) {
    const auto& e = ctx.entities[i];
    if (!e.reliable && !used_entity[i]) continue;
    if (e.mentions == 0 && !used_entity[i]) continue;
    if (e.commentator && !used_entity[i]) continue;  // (quoted for a view, a party to nothing)
    r.entities.push_back(entity_node(ctx, e));
  }
  for (const auto& e : ctx.events) {
    if (!e.used) continue;
    NodeProps n;
    n.id = e.id;
    n.label = event_label(e);
    // ("Seville conference", "Paris summit": the name a reader gives a gathering of many by its
    // city; not a meeting or talks, which many gatherings in a city are)
    if (!e.place.empty() && (e.kind == "summit" || e.kind == "conference")) {
      const auto comma = e.place.rfind(", ");
      n.aliases.push_back((comma == std::string::npos ? e.place : e.place.substr(comma + 2)) + " " + e.kind);
    }
    // ("State funeral, Washington": a ceremony is known by its own noun)
    if (!e.noun.empty()) n.aliases.push_back(capitalised(e.noun) + (e.place.empty() ? "" : ", " + e.place));
    n.type = node_type::kSummit;
    n.role = e.kind;
    n.date = e.date.iso();
    n.location = e.place;
    n.affiliation = undotted_acronyms(e.group);
    n.mentions = static_cast<std::uint64_t>(e.mentions);
    n.sources = {doc.id};
    r.entities.push_back(std::move(n));
  }
  for (const auto& [id, label] : topics) {
    NodeProps n;
    n.id = id;
    n.label = label;
    n.type = node_type::kTopic;
    n.mentions = 1;
    n.sources = {doc.id};
    r.entities.push_back(std::move(n));
  }
  std::sort(r.entities.begin(), r.entities.end(), [](const NodeProps& a, const NodeProps& b) { return a.id < b.id; });
  reuse.tokens.swap(ctx.tokens);
  std::swap(reuse.token_keys, ctx.token_keys);
  return r;
}

}  // namespace evkg

