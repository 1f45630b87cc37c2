#include "extract/event_mentions.hpp"

#include "extract/calendar_words.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>
#include <string_view>

#include "core/fold.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// A country's building or post abroad: "the US mission in Geneva", "the Russian embassy in London".
bool mission_noun(TokenKey k) {
  return k == "mission"sv || k == "embassy"sv || k == "consulate"sv || k == "residence"sv || k == "ambassador's"sv;
}

// Capitalised words that make an event's name rather than name its place: "the Ukraine Recovery
// Conference", "the World Leaders Climate Action Summit", "the Peace Summit".
bool event_name_word(TokenKey k) {
  static const WordSet kWords = {
      "recovery", "reconstruction", "peace", "climate", "action", "security", "donors", "donor", "investment",
      "leaders", "energy", "development", "economic", "political", "community", "defence", "defense", "trade",
      "future", "food", "water", "health", "nuclear", "humanitarian", "democracy", "global", "world", "ocean",
      "cooperation", "partnership", "financing", "finance", "aid", "relief", "solidarity", "unity", "freedom",
      "summit", "conference", "forum", "council", "assembly", "general", "special", "emergency", "extraordinary",
      "international", "regional", "ministerial", "intergovernmental", "high-level", "ordinary", "regular", "annual",
      "biennial", "plenary", "inaugural", "informal", "joint", "triennial"};
  return kWords.count(k.view()) != 0;
}

// "47th", "21st", "2nd", "3rd": an ordinal written in digits.
bool ordinal(const Token& t) {
  const std::string_view k = t.key;
  if (k.size() < 3 || k[0] < '0' || k[0] > '9') return false;
  const std::string_view suffix = k.substr(k.size() - 2);
  if (suffix != "st"sv && suffix != "nd"sv && suffix != "rd"sv && suffix != "th"sv) return false;
  return std::all_of(k.begin(), k.end() - 2, [](char c) { return c >= '0' && c <= '9'; });
}

// Whether date mention d opens the sentence starting at token f ("Sunday ...", "On Sunday ...").
bool day_opens_sentence(const DocContext& ctx, const DateMention& d, std::uint32_t f) {
  return d.first == f || (d.first == f + 1 && ctx.tokens[f].key == "on"sv);
}

// "conference's preparatory committee", "summit's drafting group": the end of a body of a gathering
// named by the gathering's noun at `q`, its possessive and up to three words in lower case ending
// in a body's noun; else `q`.
std::uint32_t event_body_end(const DocContext& ctx, std::uint32_t q, std::uint32_t L) {
  static const WordSet kGatheringNouns = {"conference", "summit", "forum", "congress", "assembly", "convention"};
  static const WordSet kBodyNouns = {"committee", "subcommittee", "bureau", "board", "secretariat",
                                     "panel", "group", "commission", "council"};
  if (q + 3 > L || kGatheringNouns.count(ctx.tokens[q].key.view()) == 0 || ctx.tokens[q + 1].key != "'s"sv) return q;
  for (std::uint32_t r = q + 2; r < L && r < q + 5; ++r) {
    const Token& tk = ctx.tokens[r];
    if (!tk.is(kWord) || tk.is(kCapital)) return q;
    if (kBodyNouns.count(tk.key.view()) != 0) return r + 1;
  }
  return q;
}

// "the Paris Pact for People and the Planet", "the 4P coalition", "the Tagus Group": the end of a
// body's name the lexicon does not know, starting at `q`, when it is one: a run of capitalised
// words (or a word with digits, "4P") joined by "for", "and", "the", "of", that either ends in a
// noun of a body in lower case ("coalition") or is three words or more with a body's word among
// them ("Pact", "Alliance"); else `q`. (A known body, person or country at `q` is no such name.)
std::uint32_t unknown_body_name_end(const DocContext& ctx, std::uint32_t q, std::uint32_t L) {
  static const WordSet kBodyNouns = {"coalition", "alliance", "group", "pact", "partnership", "initiative", "club",
                                     "forum", "network", "platform", "council", "committee", "compact", "caucus"};
  const auto name_word = [&](std::uint32_t r) {
    const Token& tk = ctx.tokens[r];
    return tk.is(kWord) && (tk.is(kCapital) || (tk.is(kDigit) && tk.key.size() <= 4));
  };
  if (q >= L || !name_word(q)) return q;
  std::uint32_t r = q;
  bool body_word = false;
  int words = 0;
  while (r < L && r < q + 10) {
    if (name_word(r)) {
      body_word = body_word || kBodyNouns.count(ctx.tokens[r].key.view()) != 0;
      ++words;
      ++r;
    } else if (const auto joins = [&](std::uint32_t j) {
                 return j < L && (ctx.tokens[j].key == "for"sv || ctx.tokens[j].key == "and"sv ||
                                  ctx.tokens[j].key == "the"sv || ctx.tokens[j].key == "of"sv);
               };
               words > 0 && joins(r) && ((r + 1 < L && name_word(r + 1)) || (joins(r + 1) && r + 2 < L && name_word(r + 2)))) {
      r += name_word(r + 1) ? 1 : 2;
    } else {
      break;
    }
  }
  const bool lower_body = r < L && ctx.tokens[r].is(kWord) && !ctx.tokens[r].is(kCapital) &&
                          kBodyNouns.count(ctx.tokens[r].key.view()) != 0;
  if (!lower_body && !(body_word && words >= 3)) return q;
  if (lower_body) ++r;
  return r;
}

// "IX", "XVII": a Roman numeral in capitals, as gatherings are numbered ("the IX Summit of the
// Americas").
bool roman_numeral(const Token& t) {
  if (!t.is(kAllCaps) || t.key.size() > 6) return false;
  const std::string_view k = t.key.view();
  return std::all_of(k.begin(), k.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'l'; });
}

// "sixth", "twelfth", "47th": an ordinal in words or digits ("the sixth meeting of ...").
bool ordinal_or_word(const Token& t) {
  static const WordSet kWords = {
      "first",   "second", "third",   "fourth",     "fifth",     "sixth",      "seventh",
      "eighth",  "ninth",  "tenth",   "eleventh",   "twelfth",   "thirteenth", "fourteenth",
      "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  return ordinal(t) || kWords.count(t.key.view()) != 0;
}


bool kinds_compatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  static const WordSet kGathering = {"summit", "meeting", "talks", "conference"};
  return kGathering.count(a) != 0 && kGathering.count(b) != 0;
}

bool past_marker(std::string_view k) {
  static const WordSet kPast = {
      "was", "were", "had", "did", "met", "held", "took", "said", "told", "sat", "led", "brought", "gave",
      "sent", "spoke", "went", "came", "joined", "attended", "hosted", "chaired", "insisted", "added",
      "announced", "accused", "rejected", "agreed", "ago", "last", "yesterday", "previous", "earlier", "flew",
      "flown", "saw", "seen", "drove", "rode", "shook", "stood", "won", "lost", "left", "began", "made", "got",
      "spent", "arrived", "landed", "visited", "travelled", "traveled", "received", "welcomed", "signed",
      // (reporting and common verbs of the narrative: "Readers asked one question after the
      // conference in Lugano on Monday")
      "asked", "wrote", "heard", "found", "thought", "felt", "knew", "kept", "watched", "noted", "reported",
      "wanted", "tried", "happened", "followed", "ended", "opened", "closed", "started", "finished", "became",
      "showed", "remained", "stayed", "returned", "presented", "launched", "pledged", "promised", "warned", "laid",
      "placed"};
  return kPast.count(k) != 0;
}

}  // namespace

bool in_relative_clause_before(const DocContext& ctx, const SentenceInfo& si, std::uint32_t t, std::uint32_t at) {
  // the comma and relative pronoun that open the clause, within 12 tokens before t
  std::uint32_t open = t;
  for (std::uint32_t n = 0; open > si.span.first + 1 && n < 12; --open, ++n) {
    const TokenKey k = ctx.tokens[open - 1].key;
    if ((k == "who"sv || k == "which"sv || k == "whose"sv) && ctx.tokens[open - 2].key == ","sv) break;
    if (k == ","sv || k == ";"sv) return false;
  }
  if (open <= si.span.first + 1) return false;
  // and the comma that closes it, before `at`
  for (std::uint32_t c = t; c < at; ++c) {
    if (ctx.tokens[c].key == ","sv) return true;
  }
  return false;
}

Tense tense_at(const DocContext& ctx, const SentenceInfo& si, std::uint32_t at) {
  for (const auto& c : si.cues) {
    // (not a word of a quotation the predicate is outside: "saying \"the rich will stay rich\";
    // lunched with Macron")
    if (c.first < at && c.kind == "planned"sv && !in_relative_clause_before(ctx, si, c.first, at) &&
        (!si.in_quote[c.first - si.span.first] || (at < si.span.last && si.in_quote[at - si.span.first]))) {
      // ("a state visit at the invitation of the king, who held a welcome on Wednesday": how the
      // visit came about, no plan)
      if (c.first >= si.span.first + 2 && ctx.tokens[c.first].key == "invitation"sv &&
          ctx.tokens[c.first - 1].key == "the"sv &&
          (ctx.tokens[c.first - 2].key == "at"sv || ctx.tokens[c.first - 2].key == "on"sv ||
           ctx.tokens[c.first - 2].key == "upon"sv)) {
        continue;
      }
      return Tense::kFuture;
    }
  }
  // ("is due in London on Sunday": expected there)
  for (std::uint32_t i = si.span.first + 1; i < at && i < si.span.last; ++i) {
    if (ctx.tokens[i].key != "due"sv) continue;
    const TokenKey b = ctx.tokens[i - 1].key;
    if (b == "is"sv || b == "are"sv || b == "'s"sv) return Tense::kFuture;
  }
  for (std::uint32_t i = si.span.first; i < si.span.last; ++i) {
    if (past_marker(ctx.tokens[i].key)) return Tense::kPast;
  }
  // the predicate itself in the past: "dismissed the bid on Tuesday", "declined", "vowed" (not
  // "will be dismissed", "to be signed", "is expected")
  if (at > si.span.first && at < si.span.last && ctx.tokens[at].is(kWord) && !ctx.tokens[at].is(kCapital) &&
      ctx.tokens[at].key.ends_with("ed") && ctx.tokens[at].key.size() > 4) {
    static const WordSet kNotPast = {
        "will", "would", "'ll", "to", "be", "is", "are", "am", "being", "can", "could", "should", "may", "might", "must",
        "shall", "the", "a", "an"};
    if (kNotPast.count(ctx.tokens[at - 1].key) == 0) return Tense::kPast;
  }
  // (a look ahead's present is to come: "Saudi Arabia hosts the summit in Jeddah on Friday")
  return ctx.preview ? Tense::kFuture : Tense::kPresent;
}

namespace {

const std::string kSummitKind = "summit";

// The body whose gathering a body's meeting is: "the European Council" meets as the European
// Union's summit (OrgInfo::meetings_of); any other group is its own.
const std::string& gathering_body(const DocContext& ctx, const std::string& group) {
  static const std::string kNone;
  if (group.empty()) return group;
  // ("the Biden-Putin summit": the pair of people it brings together is no body)
  if (const auto dash = group.find('-'); dash != std::string::npos && group.find(' ') > dash) {
    const std::string pair = group.substr(0, group.find(' '));
    bool people = true;
    std::size_t from = 0;
    while (people && from <= pair.size()) {
      const auto end = std::min(pair.find('-', from), pair.size());
      const auto* entries = ctx.lex->lookup(name_key(pair.substr(from, end - from)));
      people = entries != nullptr && std::any_of(entries->begin(), entries->end(), [](const LexEntry& e) {
        return e.kind == LexKind::kSurname || e.kind == LexKind::kPerson;
      });
      from = end + 1;
    }
    if (people) return kNone;
  }
  const auto* entries = ctx.lex->lookup(name_key(group));
  if (entries == nullptr) return group;
  for (const auto& e : *entries) {
    if (e.kind != LexKind::kOrg) continue;
    const std::string& of = ctx.lex->orgs()[e.index].meetings_of;
    if (of.empty()) break;
    if (const auto o = ctx.lex->org_by_key(of)) return ctx.lex->orgs()[*o].label;
  }
  return group;
}

// "of South American presidents", "of the region's leaders", "of heads of state": the words after an
// event noun ending at `end` say it gathers many leaders.
bool of_many_leaders(const DocContext& ctx, std::uint32_t end, std::uint32_t L) {
  if (end >= L || ctx.tokens[end].key != "of"sv) return false;
  // (or of their advisers, ministers, envoys: "a meeting in Davos of national security advisers";
  // not of two: "a meeting of the two foreign ministers")
  static const WordSet kMany = {"presidents", "leaders", "heads", "premiers", "rulers", "advisers", "advisors",
                                "ministers", "envoys", "delegates"};
  for (std::uint32_t k = end + 1; k < L && k < end + 5; ++k) {
    const TokenKey w = ctx.tokens[k].key;
    if (kMany.count(w.view()) != 0) return true;
    if (w == ","sv || w == "."sv || w == ";"sv || w == "and"sv || w == "two"sv || w == "both"sv) return false;
  }
  return false;
}

// Whether no more than two people are reported at the event `ev` so far (a meeting of two).
bool at_most_two_attend(const DocContext& ctx, int ev) {
  const auto& e = ctx.events[static_cast<std::size_t>(ev)];
  if (!e.group.empty() || (e.kind != "meeting"sv && e.kind != "talks"sv)) return false;
  std::vector<int> seen;
  for (const PendingAssertion& p : ctx.pending) {
    if (p.target_event != ev || p.relation != "attended"sv || p.status != edge_status::kReported) continue;
    if (std::find(seen.begin(), seen.end(), p.subject) == seen.end()) seen.push_back(p.subject);
    if (seen.size() > 2) return false;
  }
  return !seen.empty();
}

// Whether `d` is more than ten days after the article's date (or in a later month, when it names
// no day): a gathering of then is one to come, not the one the article reports or previews.
bool far_ahead_of_article(const DocContext& ctx, const Date& d) {
  if (d.empty() || !ctx.doc_date.full()) return false;
  if (d.full()) {
    return days_from_civil(d.year, d.month, d.day) -
               days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day) > 10;
  }
  return d.month != 0 && d.year * 12 + d.month > ctx.doc_date.year * 12 + ctx.doc_date.month;
}

// "addressed the closing session on Friday" right after talks at the Elysee told in a report of a
// summit, "in Paris for the summit": a session of the summit spoken of, not of those talks. The most
// spoken-of summit or conference, named or placed, that fits the phrase's place and date, when the
// event in focus is talks or a meeting with no body; else -1.
int gathering_over_talks(const DocContext& ctx, const std::string& kind, const std::string& place_key, const Date& date) {
  if ((kind != kSummitKind && kind != "conference"sv) || ctx.salient_event < 0) return -1;
  const DocEvent& sal = ctx.events[static_cast<std::size_t>(ctx.salient_event)];
  if ((sal.kind != "talks"sv && sal.kind != "meeting"sv) || !sal.group.empty() || sal.many) return -1;
  int best = -1;
  for (std::size_t i = 0; i < ctx.events.size(); ++i) {
    const DocEvent& e = ctx.events[i];
    if (static_cast<int>(i) == ctx.salient_event || e.to_come || e.old) continue;
    if ((e.kind != kSummitKind && e.kind != "conference"sv) || (e.group.empty() && e.place_key.empty())) continue;
    if (!compatible(date, e.date) || (!place_key.empty() && !e.place_key.empty() && place_key != e.place_key)) continue;
    if (best < 0 || e.mentions > ctx.events[static_cast<std::size_t>(best)].mentions) best = static_cast<int>(i);
  }
  return best;
}

// Whether e is a ceremony known by another noun than the one whose last word is `head` ("the state
// dinner" is not the wreath-laying of that morning); false when either noun is unknown.
bool other_ceremony(const DocEvent& e, std::string_view head) {
  if (head.empty() || e.kind != "ceremony"sv || e.noun.empty()) return false;
  const auto last_word = [](std::string_view w) {
    const auto sp = w.rfind(' ');
    return sp == std::string_view::npos ? w : w.substr(sp + 1);
  };
  return last_word(e.noun) != last_word(head);
}

// The noun of a ceremony's mention, its last word in lower case ("dinner" of "the state dinner");
// empty for other events and for a name ("the Coronation", "the funeral in Washington").
std::string_view ceremony_head(const DocContext& ctx, const Mention& m) {
  if (m.ev_kind != "ceremony"sv || m.last <= m.first) return {};
  const Token& t = ctx.tokens[event_phrase_end(ctx, m) - 1];
  return t.is(kWord) && !t.is(kCapital) ? t.key.view() : std::string_view();
}

// The distinctive words of a building's name, in key form ("hotel des invalides" -> "invalides").
std::vector<std::string> building_words(std::string_view venue) {
  static const std::set<std::string, std::less<>> generic = {
      "the", "de", "des", "du", "la", "le", "l", "of", "palace", "palais", "hotel", "house", "hall", "castle"};
  std::vector<std::string> out;
  const std::string k = name_key(venue);
  std::size_t i = 0;
  while (i < k.size()) {
    const auto sp = k.find(' ', i);
    std::string w = k.substr(i, sp == std::string::npos ? std::string::npos : sp - i);
    i = sp == std::string::npos ? k.size() : sp + 1;
    if (w.size() > 1 && generic.count(w) == 0) out.push_back(std::move(w));
  }
  return out;
}

bool share_a_word(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return std::find(b.begin(), b.end(), w) != b.end(); });
}

// Whether two places of one city name two buildings that share no distinctive word ("Hotel des
// Invalides, Paris" and "Elysee Palace, Paris"; not "Elysee, Paris" and "Elysee Palace, Paris", nor
// a city alone). Two seats of government are not told apart: the Oval Office is in the White House.
bool other_building(const DocContext& ctx, const std::string& a, const std::string& b) {
  const auto ca = a.rfind(',');
  const auto cb = b.rfind(',');
  if (ca == std::string::npos || cb == std::string::npos) return false;
  auto wa = building_words(std::string_view(a).substr(0, ca));
  auto wb = building_words(std::string_view(b).substr(0, cb));
  // (nor a word of the city they are in: the Gyeongju National Museum and the Gyeongju Arts Center)
  for (const auto& city : {building_words(std::string_view(a).substr(ca + 1)), building_words(std::string_view(b).substr(cb + 1))}) {
    for (const auto& w : city) {
      std::erase(wa, w);
      std::erase(wb, w);
    }
  }
  if (wa.empty() || wb.empty()) return false;
  const auto seat = [&](std::string_view venue) {
    const auto* entries = ctx.lex->lookup(name_key(venue));
    return entries != nullptr &&
           std::any_of(entries->begin(), entries->end(), [](const LexEntry& x) { return x.kind == LexKind::kSeat; });
  };
  if (seat(std::string_view(a).substr(0, ca)) && seat(std::string_view(b).substr(0, cb))) return false;
  return !share_a_word(wa, wb);
}

}  // namespace

std::uint32_t event_phrase_end(const DocContext& ctx, const Mention& m) {
  std::uint32_t last = m.last;
  while (last > m.first + 1 && (ctx.tokens[last - 1].key == "tonight"sv || ctx.tokens[last - 1].key == "today"sv ||
                                ctx.tokens[last - 1].key == "yesterday"sv || ctx.tokens[last - 1].key == "tomorrow"sv)) {
    --last;
  }
  return last;
}

int register_event(DocContext& ctx, const std::string& noun_kind, const std::string& place, const std::string& place_key,
                   const std::string& body, const Date& date, bool definite, bool to_come, bool many, std::string_view noun) {
  // (a ceremony known by another noun is another one: the wreath-laying and the state dinner)
  const auto other_noun = [&](const DocEvent& e) { return noun_kind == "ceremony"sv && other_ceremony(e, noun); };
  const std::string& group = gathering_body(ctx, body);
  // (the European Council's meeting is a summit, whatever noun the text gave it)
  // (so is a meeting of many leaders: "the meeting of South American presidents")
  const std::string& kind = (&group != &body || many) && noun_kind == "meeting"sv ? kSummitKind : noun_kind;
  // "The gathering of the Coalition of the Willing" after "a Paris summit": a definite phrase that
  // adds what the event being spoken of lacked. Talks between two leaders are not a body's meeting:
  // "the leaders' meeting of the APEC forum" after them is another event. Nor is an event known by
  // nothing but its noun ("the ASEAN-India session") the "APEC forum" spoken of later.
  // "the two-day summit in Hamburg" after a side gathering of a body there ("an informal gathering
  // of the BRICS leaders"): a definite phrase naming no body and its place is the gathering there
  // the text speaks of most
  if (definite && !to_come && group.empty() && !place_key.empty() && ctx.salient_event >= 0 &&
      !ctx.events[static_cast<std::size_t>(ctx.salient_event)].group.empty()) {
    int most = -1;
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
      const auto& e = ctx.events[i];
      if (e.to_come || e.place_key != place_key || !kinds_compatible(e.kind, kind) || !compatible(date, e.date)) continue;
      if (most < 0 || e.mentions > ctx.events[static_cast<std::size_t>(most)].mentions) most = static_cast<int>(i);
    }
    if (most >= 0 && most != ctx.salient_event &&
        ctx.events[static_cast<std::size_t>(most)].mentions > ctx.events[static_cast<std::size_t>(ctx.salient_event)].mentions) {
      auto& e = ctx.events[static_cast<std::size_t>(most)];
      if (date.full() && !e.date.full()) e.date = date;
      ++e.mentions;
      ctx.salient_event = most;
      return most;
    }
  }
  // "in Paris for the summit" after talks at the Elysee Palace told since the summit: the summit
  // spoken of before, not those talks (a meeting of two does not become a summit)
  if (definite && !to_come && group.empty()) {
    if (const int gathering = gathering_over_talks(ctx, kind, place_key, date); gathering >= 0) {
      auto& e = ctx.events[static_cast<std::size_t>(gathering)];
      if (date.full() && !e.date.full()) e.date = date;
      ++e.mentions;
      ctx.salient_event = gathering;
      return gathering;
    }
  }
  if (definite && !to_come && ctx.salient_event >= 0 && !(many && at_most_two_attend(ctx, ctx.salient_event))) {
    auto& e = ctx.events[static_cast<std::size_t>(ctx.salient_event)];
    const bool known = !e.place_key.empty() || !e.date.empty();
    // (nor is a named forum or conference, "the Lodhi Road Strategic Forum", a summit or a meeting
    // of two spoken of before without a body: "met at the university ... left to attend the Belt and
    // Road Forum")
    const bool group_fits =
        group.empty() || (e.group.empty() ? e.kind != "talks"sv && known &&
                                                !(kind == "conference"sv &&
                                                  (e.kind == "summit"sv ||
                                                   (e.kind == "meeting"sv && at_most_two_attend(ctx, ctx.salient_event))))
                                          : name_key(group) == name_key(e.group));
    // (nor is "the Summit" of this week a meeting announced for a later month: "will travel to
    // Washington in July to meet Biden")
    const bool far_ahead = date.empty() && far_ahead_of_article(ctx, e.date);
    const bool fits = kinds_compatible(e.kind, kind) && compatible(date, e.date) && !far_ahead && !other_noun(e) &&
                      (place_key.empty() || e.place_key.empty() || place_key == e.place_key) &&
                      !other_building(ctx, place, e.place) && group_fits;
    if (fits) {
      if (e.place.empty()) {
        e.place = place;
        e.place_key = place_key;
      }
      if (e.group.empty()) e.group = group;
      e.many = e.many || many;
      if (e.date.empty() || (date.full() && !e.date.full())) e.date = date.empty() ? e.date : date;
      if (kind == "summit"sv) e.kind = kind;
      ++e.mentions;
      return ctx.salient_event;
    }
  }
  for (std::size_t i = ctx.events.size(); i-- > 0;) {
    auto& e = ctx.events[i];
    // ("next year's APEC summit in Gyeongju" is not this year's APEC forum, nor the reverse)
    if (!kinds_compatible(e.kind, kind) || e.to_come != to_come || other_noun(e)) continue;
    if (!place_key.empty() && !e.place_key.empty() && place_key != e.place_key) continue;
    if (!group.empty() && !e.group.empty() && name_key(group) != name_key(e.group)) continue;
    if (!compatible(date, e.date)) continue;
    // (nor is a gathering in one building of a city the one in another: the honours at the Hotel des
    // Invalides and the talks at the Elysee)
    if (other_building(ctx, place, e.place)) continue;
    const bool same_place = !place_key.empty() && place_key == e.place_key;
    const bool same_group = !group.empty() && name_key(group) == name_key(e.group);
    const bool same_date = date.full() && date == e.date;
    if (!(same_place || same_group || same_date)) continue;
    // (nor are two ceremonies of a day one where one of them has a place the other lacks: a
    // wreath-laying at the Marti memorial and the state dinner that evening)
    if (kind == "ceremony"sv && e.kind == "ceremony"sv && !same_place && !same_group && place_key.empty() != e.place_key.empty()) {
      continue;
    }
    if (many && at_most_two_attend(ctx, static_cast<int>(i))) continue;
    // "a summit of the Gulf Cooperation Council in Riyadh" after an investment forum in Riyadh: a
    // body's gathering newly spoken of is not another kind of event that happened there
    if (!definite && !group.empty() && e.group.empty() && e.kind != kind) continue;
    // (nor is talks of two, definite or not: "held talks with Biden in San Francisco ... will attend
    // the APEC leaders' meeting in San Francisco")
    if (!group.empty() && e.group.empty() && (e.kind == "talks"sv || (e.kind == "meeting"sv && at_most_two_attend(ctx, static_cast<int>(i))))) {
      continue;
    }
    // nor is a meeting of two at the place of a body's gathering (or of a gathering of many
    // leaders) that gathering, unless on its day ("had lunch with Macron at the Elysee" is not the
    // coalition's meeting at the Elysee)
    // (nor, on a live page, a summit's told of before without its day, on another day than the
    // page's: "Zelensky arrived in Paris on Wednesday for talks" in the coverage of Thursday's
    // summit does not date it; a live page's undated gathering is of its day)
    const bool other_day_live = ctx.live && e.kind == kSummitKind && kind != kSummitKind && date.full() &&
                                e.date.empty() && ctx.doc_date.full() && date != ctx.doc_date;
    if (!definite && group.empty() && !many && (!e.group.empty() || e.many || other_day_live) && !same_date) continue;
    // (nor is a meeting newly told at a place a gathering of many the text has not placed: "stood
    // beside Trump in the Oval Office on Tuesday" is not the summit of that day)
    if (!definite && group.empty() && !many && !place_key.empty() && e.place_key.empty() &&
        (e.kind == kSummitKind || e.kind == "conference"sv) && kind != e.kind && !same_group) {
      continue;
    }
    if (e.place.empty()) {
      e.place = place;
      e.place_key = place_key;
    }
    if (e.group.empty()) e.group = group;
    e.many = e.many || many;
    if (!date.empty() && (e.date.empty() || (date.full() && !e.date.full()))) e.date = date;
    if (kind == "summit"sv) e.kind = kind;
    ++e.mentions;
    if (!e.to_come) ctx.salient_event = static_cast<int>(i);
    return static_cast<int>(i);
  }
  DocEvent e;
  e.kind = kind;
  e.place = place;
  e.place_key = place_key;
  e.group = group;
  e.date = date;
  e.mentions = 1;
  e.to_come = to_come;
  e.many = many;
  e.first_sentence = ctx.sentence_no;
  if (kind == "ceremony"sv) e.noun = std::string(noun);
  ctx.events.push_back(std::move(e));
  if (to_come) return static_cast<int>(ctx.events.size()) - 1;
  ctx.salient_event = static_cast<int>(ctx.events.size()) - 1;
  return ctx.salient_event;
}

void date_live_report_event(DocContext& ctx) {
  // A live report of a dated article speaks of the day's gathering: the most spoken-of one, when
  // nothing dates it, is held on the article's date.
  if (!ctx.doc_date.full() || !ctx.live) return;
  int best = -1;
  for (std::size_t i = 0; i < ctx.events.size(); ++i) {
    const auto& e = ctx.events[i];
    if (!e.used) continue;
    if (best < 0 || e.mentions > ctx.events[static_cast<std::size_t>(best)].mentions) best = static_cast<int>(i);
  }
  if (best < 0) return;
  auto& e = ctx.events[static_cast<std::size_t>(best)];
  // ("CASPIAN LIVE -- Samarkand, the eve of the summit": the day after the page's)
  const bool gathering = e.kind == "summit" || e.kind == "conference";
  if (e.date.empty()) e.date = ctx.eve_of_gathering && gathering ? add_days(ctx.doc_date, 1) : ctx.doc_date;
}

void date_events_by_their_close(DocContext& ctx) {
  for (auto& e : ctx.events) {
    if (!e.end_date.full() || e.days <= 0) continue;
    const Date first = add_days(e.end_date, -(e.days - 1));
    // A date equal to the close of an event of several days came with the close ("closed the summit
    // in Johannesburg on Sunday"): it is not the first day.
    const bool close_taken_for_date = e.days > 1 && e.date == e.end_date;
    if (e.date.empty() || (!e.date.full() && compatible(e.date, first)) || close_taken_for_date) e.date = first;
  }
}

namespace {

// "his first summit as a host ... Monday's sessions" in an article that speaks of the G7 and of no
// other body that holds summits: those gatherings are the G7's, in the week of the article.
void place_gatherings_of_the_body(DocContext& ctx) {
  if (!ctx.doc_date.full()) return;
  int body = -1;
  std::uint32_t best = 0, second = 0;
  for (std::size_t i = 0; i < ctx.entities.size(); ++i) {
    const DocEntity& e = ctx.entities[i];
    if (e.type != "organization"sv || e.lex < 0) continue;
    const std::string& kind = ctx.lex->orgs()[static_cast<std::size_t>(e.lex)].kind;
    if (kind != "alliance"sv && kind != "bloc"sv && kind != "coalition"sv && kind != "forum"sv && kind != "union"sv) continue;
    if (e.mentions > best) {
      second = best;
      best = e.mentions;
      body = static_cast<int>(i);
    } else if (e.mentions > second) {
      second = e.mentions;
    }
  }
  const bool one_body = body >= 0 && best >= 2 && second * 2 <= best;
  // (else, in a report filed from a city, a gathering of its days is held there: "SINGAPORE, June 12
  // - ... the talks")
  if (!one_body && ctx.dateline.empty()) return;
  const long today = days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day);
  for (DocEvent& e : ctx.events) {
    if (!e.used || e.to_come || !e.place_key.empty() || !e.group.empty()) continue;
    if (e.kind != "summit"sv && e.kind != "conference"sv) continue;
    if (e.date.full()) {
      const long d = days_from_civil(e.date.year, e.date.month, e.date.day);
      if (d < today - (one_body ? 7 : 2) || d > today) continue;
    } else if (!one_body) {
      continue;
    }
    if (one_body) e.group = ctx.entities[static_cast<std::size_t>(body)].label;
    if (!ctx.dateline.empty()) {
      e.place = ctx.dateline;
      e.place_key = name_key(ctx.dateline);
    }
  }
}

}  // namespace

void place_anonymous_gatherings(DocContext& ctx) {
  auto gathering = [](const DocEvent& e) { return e.kind == "summit"sv || e.kind == "conference"sv; };
  int main = -1;
  for (std::size_t i = 0; i < ctx.events.size(); ++i) {
    const DocEvent& e = ctx.events[i];
    // (dated: an undated one may be another, to come: "the invitation for the Bali summit")
    if (e.to_come || (e.place_key.empty() && e.group.empty()) || !gathering(e) || !e.date.full()) continue;
    if (main < 0 || e.mentions > ctx.events[static_cast<std::size_t>(main)].mentions) main = static_cast<int>(i);
  }
  if (main < 0) {
    place_gatherings_of_the_body(ctx);
    return;
  }
  const DocEvent m = ctx.events[static_cast<std::size_t>(main)];
  // where: its place, else the dateline's city
  const std::string place = !m.place_key.empty() ? m.place : ctx.dateline;
  // when: its days (when the text gives them, else the days around it a gathering of leaders
  // lasts)
  const long first = days_from_civil(m.date.year, m.date.month, m.date.day) - (m.end_date.full() ? 0 : 2);
  const long last = m.end_date.full() ? days_from_civil(m.end_date.year, m.end_date.month, m.end_date.day)
                                      : days_from_civil(m.date.year, m.date.month, m.date.day) + std::max(m.days - 1, 2);
  // (an anonymous meeting someone chaired is a gathering too: "is playing host to the gathering")
  std::vector<char> chaired(ctx.events.size(), 0);
  for (const auto& a : ctx.pending) {
    if (a.relation == "chaired"sv && a.target_event >= 0) chaired[static_cast<std::size_t>(a.target_event)] = 1;
  }
  for (std::size_t i = 0; i < ctx.events.size(); ++i) {
    DocEvent& e = ctx.events[i];
    if (static_cast<int>(i) == main || !e.used || e.to_come || !e.place_key.empty() || !e.group.empty() || !e.date.full()) {
      continue;
    }
    if (!gathering(e) && !(e.kind == "meeting"sv && chaired[i] != 0)) continue;
    const long d = days_from_civil(e.date.year, e.date.month, e.date.day);
    if (d < first || d > last) continue;
    if (!place.empty()) {
      e.place = place;
      e.place_key = name_key(place);
    }
    e.group = m.group;
    if (e.kind == "meeting"sv) e.kind = m.kind;
  }
}

namespace {

// Whether event i is a reception dated days before the article, which "the summit" is not about
// ("on June 1 he had been received by Trump in the Oval Office" is not the summit of June 12 the
// article reports, nor is its host's "who hosted the summit" about it).
bool old_reception(const DocContext& ctx, int i, const std::string& kind) {
  const DocEvent& e = ctx.events[static_cast<std::size_t>(i)];
  if (kind != "summit"sv || e.kind != "meeting"sv || e.named || !e.group.empty() || !e.date.full() ||
      !ctx.doc_date.full()) {
    return false;
  }
  return days_from_civil(ctx.doc_date.year, ctx.doc_date.month, ctx.doc_date.day) -
             days_from_civil(e.date.year, e.date.month, e.date.day) > 3;
}

bool salient_fits(const DocContext& ctx, const std::string& kind) {
  return ctx.salient_event >= 0 && kinds_compatible(ctx.events[static_cast<std::size_t>(ctx.salient_event)].kind, kind);
}

bool session_of_gathering_just_told(const DocContext& ctx, const Mention& m) {
  if (ctx.salient_event < 0 || m.last == 0 || ctx.tokens[m.last - 1].key != "session"sv) return false;
  const DocEvent& e = ctx.events[static_cast<std::size_t>(ctx.salient_event)];
  // (not a meeting of two: "who had been met there by the ambassador. Harris took part in the
  // leaders' session")
  return !e.to_come && e.first_sentence + 1 == ctx.sentence_no && kinds_compatible(e.kind, m.ev_kind) &&
         e.kind != "meeting"sv && !at_most_two_attend(ctx, ctx.salient_event);
}

}  // namespace

bool all_caps_line(const DocContext& ctx, const SentenceInfo& si) {
  bool word = false;
  for (std::uint32_t i = si.span.first; i < si.span.last; ++i) {
    if (!ctx.tokens[i].is(kWord) || ctx.tokens[i].is(kDigit)) continue;
    if (!ctx.tokens[i].is(kAllCaps)) return false;
    word = true;
  }
  return word;
}

int last_event_of_kind(const DocContext& ctx, const std::string& kind, std::string_view head) {
  // the most mentioned event of that kind, the latest on a tie
  int best = -1;
  for (std::size_t i = 0; i < ctx.events.size(); ++i) {
    if (ctx.events[i].kind != kind || ctx.events[i].to_come || ctx.events[i].old) continue;
    // ("the state dinner" after a wreath-laying: a ceremony known by another noun is another one)
    if (other_ceremony(ctx.events[i], head)) continue;
    if (best < 0 || ctx.events[i].mentions >= ctx.events[static_cast<std::size_t>(best)].mentions) best = static_cast<int>(i);
  }
  return best;
}

int event_of_mention(DocContext& ctx, Mention& m) {
  if (m.event >= 0) {
    ctx.events[static_cast<std::size_t>(m.event)].named = true;
    return m.event;
  }
  if (!m.place_key.empty() || !m.ev_group.empty() || m.ev_date.full()) {
    m.event = register_event(ctx, m.ev_kind, m.place, m.place_key, m.ev_group, m.ev_date, m.ev_definite, false, false,
                             ceremony_head(ctx, m));
  } else if (m.ev_tied && !m.ev_definite) {
    // "Kenya hosted RSF-linked talks": not the talks last spoken of, nor the gathering a later
    // phrase speaks of ("the Antalya Diplomacy Forum" is not those talks)
    const int salient = ctx.salient_event;
    m.event = register_event(ctx, m.ev_kind, "", "", "", m.ev_date, false);
    ctx.salient_event = salient;
  } else if (m.ev_indefinite && m.ev_kind == "summit"sv) {
    // "The crown prince chaired a summit that brought together ...": a gathering newly spoken of,
    // not the last one (talks in Bethlehem the day before); "a session" is part of one
    m.event = register_event(ctx, m.ev_kind, "", "", "", m.ev_date, false);
  } else if (const int same = last_event_of_kind(ctx, m.ev_kind, ceremony_head(ctx, m)); same >= 0) {
    // "the summit": the last summit spoken of, before any other compatible event
    m.event = same;
  } else if (salient_fits(ctx, m.ev_kind) && !old_reception(ctx, ctx.salient_event, m.ev_kind) &&
             !other_ceremony(ctx.events[static_cast<std::size_t>(ctx.salient_event)], ceremony_head(ctx, m))) {
    // (not a ceremony known by another noun: "the state banquet" after an address to Parliament)
    m.event = ctx.salient_event;
  } else if (m.ev_kind == "summit"sv || m.ev_kind == "conference"sv || m.ev_kind == "meeting"sv) {
    m.event = register_event(ctx, m.ev_kind, "", "", "", m.ev_date, false);
  }
  if (m.event >= 0) ctx.events[static_cast<std::size_t>(m.event)].named = true;
  return m.event;
}

// A people's or region's adjective before an event noun ("his first Arab summit", "an African
// summit"): what kind of gathering it is, not where it is held.
bool region_adjective(const Token& t) {
  static const WordSet kWords = {
      "arab", "african", "asian", "european", "nordic", "baltic", "islamic", "latin", "caribbean", "pacific",
      "balkan", "arctic", "andean", "ibero-american", "pan-african", "pan-european", "western", "eastern"};
  return t.is(kCapital) && kWords.count(t.key.view()) != 0;
}
bool geographic_feature(TokenKey k) {
  static const WordSet kWords = {"bay", "gulf", "horn", "sea", "cape", "strait", "straits", "coast", "isle"};
  return kWords.count(k.view()) != 0;
}

bool format_word(const Token& t) {
  if (!t.is(kCapital) || !t.is(kWord)) return false;
  const std::string_view k = t.key.view();
  const auto hyphen = k.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= k.size()) return false;
  // (a capitalised word of two lettered parts)
  return std::all_of(k.begin(), k.end(), [](char c) { return c == '-' || (c >= 'a' && c <= 'z'); });
}

namespace {
// "an Orban-hosted summit", "a Qatar-brokered truce": who hosted it, not where it is held; "RSF-linked
// talks", "Kremlin-friendly forums": whom it is tied to.
bool hosted_by_name(const Token& t) {
  const std::string_view k = t.key.view();
  const auto hyphen = k.rfind('-');
  if (!t.is(kCapital) || hyphen == std::string_view::npos || hyphen == 0) return false;
  const std::string_view part = k.substr(hyphen + 1);
  return part == "hosted" || part == "led" || part == "backed" || part == "brokered" || part == "sponsored" ||
         part == "chaired" || part == "organised" || part == "organized" || part == "mediated" || part == "convened" ||
         part == "linked" || part == "allied" || part == "aligned" || part == "friendly" || part == "funded" ||
         part == "run" || part == "controlled" || part == "dominated" || part == "affiliated" || part == "supported";
}
}  // namespace

void find_event_phrases(DocContext& ctx, SentenceInfo& si, const std::function<int(std::uint32_t)>& hit_index,
                        const std::function<const LexEntry*(std::uint32_t, LexKind)>& hit_kind) {
  const std::uint32_t F = si.span.first, L = si.span.last;
  std::vector<int> covered(L - F, -1);
  for (std::size_t m = 0; m < si.mentions.size(); ++m) {
    for (std::uint32_t t = si.mentions[m].first; t < si.mentions[m].last && t < L; ++t) covered[t - F] = static_cast<int>(m);
  }
  auto mention_ending_at = [&](std::uint32_t end) -> Mention* {
    for (auto& m : si.mentions) {
      if (m.last == end) return &m;
    }
    return nullptr;
  };
  auto mention_starting_at = [&](std::uint32_t start) -> Mention* {
    for (auto& m : si.mentions) {
      if (m.first == start) return &m;
    }
    return nullptr;
  };
  std::vector<Mention> added;
  std::uint32_t body_of_event_end = F;  // past "of the conference's preparatory committee" read in a meeting
  for (std::uint32_t t = F; t < L; ++t) {
    const LexEntry* en = hit_kind(t, LexKind::kEventNoun);
    if (en == nullptr || covered[t - F] >= 0 || t < body_of_event_end) continue;
    // a press or news conference is not a diplomatic event
    if (t > F && (ctx.tokens[t - 1].key == "press"sv || ctx.tokens[t - 1].key == "news"sv)) continue;
    // "had a one-to-one with Starmer" is a meeting; "their one-on-one talks", "in one-on-one format"
    // only say how one went
    if ((ctx.tokens[t].key == "one-to-one"sv || ctx.tokens[t].key == "one-on-one"sv) &&
        (t == F || !(ctx.tokens[t - 1].key == "a"sv || ctx.tokens[t - 1].key == "the"sv || ctx.tokens[t - 1].key == "his"sv ||
                     ctx.tokens[t - 1].key == "her"sv || ctx.tokens[t - 1].key == "their"sv || ctx.tokens[t - 1].key == "brief"sv ||
                     ctx.tokens[t - 1].key == "short"sv) ||
         (t + 1 < L && ctx.tokens[t + 1].is(kWord) && ctx.tokens[t + 1].key != "with"sv && ctx.tokens[t + 1].key != "on"sv &&
          ctx.tokens[t + 1].key != "at"sv && ctx.tokens[t + 1].key != "in"sv && ctx.tokens[t + 1].key != "between"sv))) {
      continue;
    }
    // nor is a parliament named an assembly ("the speaker of the National Assembly")
    if (t > F && ctx.tokens[t].key == "assembly"sv && ctx.tokens[t].is(kCapital) &&
        (ctx.tokens[t - 1].key == "national"sv || ctx.tokens[t - 1].key == "legislative"sv ||
         ctx.tokens[t - 1].key == "constituent"sv || ctx.tokens[t - 1].key == "federal"sv ||
         ctx.tokens[t - 1].key == "consultative"sv)) {
      continue;
    }
    // nor "Congress", a legislature ("addressed both houses of Congress", "the US Congress",
    // "the National People's Congress"), but for a party's ("the 20th Party Congress")
    if (ctx.tokens[t].key == "congress"sv && ctx.tokens[t].is(kCapital) &&
        !(t > F && (ctx.tokens[t - 1].key == "party"sv || ctx.tokens[t - 1].key == "party's"sv))) {
      continue;
    }
    // nor "sitting" but as a noun with its article ("the sitting in the Dail chamber"; not "the
    // sitting president", "sitting with")
    if (ctx.tokens[t].key == "sitting"sv &&
        (t == F || !(ctx.tokens[t - 1].key == "the"sv || ctx.tokens[t - 1].key == "a"sv) ||
         (t + 1 < L && ctx.tokens[t + 1].is(kWord) && !ctx.tokens[t + 1].in(kClsPlacePrep) &&
          ctx.tokens[t + 1].key != "of"sv))) {
      continue;
    }
    const int h = hit_index(t);
    std::uint32_t noun_end = t + 1;
    while (noun_end < L && hit_index(noun_end) == h) ++noun_end;
    // nor is a building named after one ("the World Forum conference center", "the summit venue")
    std::uint32_t after_nouns = noun_end;  // "Forum conference center": over further event nouns
    while (after_nouns < L && hit_kind(after_nouns, LexKind::kEventNoun) != nullptr) ++after_nouns;
    if (after_nouns < L) {
      const TokenKey next = ctx.tokens[after_nouns].key;
      // (nor a newsroom's: "the Record's summit desk", "our summit coverage")
      if (next == "center"sv || next == "centre"sv || next == "hall"sv || next == "venue"sv || next == "hotel"sv ||
          next == "building"sv || next == "complex"sv || next == "desk"sv || next == "coverage"sv) {
        continue;
      }
      // (nor a name the capitalised noun begins: "the Coronation Big Lunch", "the Coronation Concert")
      const bool dated = std::any_of(si.dates.begin(), si.dates.end(),
                                     [&](const DateMention& d) { return d.first == after_nouns; });
      if (ctx.tokens[t].is(kCapital) && !ctx.tokens[t].is(kAllCaps) && t > F && ctx.tokens[after_nouns].is(kWord) &&
          ctx.tokens[after_nouns].is(kCapital) && !ctx.tokens[after_nouns].is(kAllCaps) && !dated &&
          [&] {
            // (no mention, or a name the lexicon does not know read as a person's: "Big Lunch")
            const Mention* m = mention_starting_at(after_nouns);
            return m == nullptr || (m->kind == MKind::kPerson && m->entity >= 0 &&
                                    ctx.entities[static_cast<std::size_t>(m->entity)].lex < 0);
          }()) {
        continue;
      }
      // (nor a kind of tie: "Australia's dialogue partnership with ASEAN", "a dialogue partner")
      if (ctx.tokens[t].key == "dialogue"sv &&
          (next == "partnership"sv || next == "partner"sv || next == "partners"sv || next == "relations"sv ||
           next == "status"sv || next == "mechanism"sv)) {
        continue;
      }
    }
    Mention ev;
    ev.kind = MKind::kEvent;
    ev.ev_kind = ctx.lex->event_kinds()[en->index];
    ev.first = t;
    ev.last = noun_end;
    // Left modifiers: "a Paris summit", "the Alaska summit", "a “Coalition of the Willing” summit".
    std::uint32_t b = t;
    std::uint32_t named_from = L;  // where the capitalised name of a named event starts, if any
    int named_city_country = -1;   // the country of a city named before the event noun
    for (int steps = 0; b > F && steps < 6; ++steps) {
      const Token& p = ctx.tokens[b - 1];
      if (p.is(kQuote) || p.key == "'"sv || p.key == "'s"sv || p.key == "leaders"sv || p.key == "ministers"sv ||
          p.key == "foreign"sv || p.key == "defence"sv || p.key == "defense"sv || p.key == "so-called"sv || p.key == "lavish"sv || p.key == "emergency"sv || p.key == "special"sv ||
          p.key == "extraordinary"sv || p.key == "annual"sv || p.key.ends_with("-day") || ordinal(p) ||
          p.key == "opening"sv || p.key == "closing"sv || p.key == "plenary"sv || p.key == "inaugural"sv ||
          p.key == "bilateral"sv || p.key == "historic"sv || ordinal_or_word(p) || p.key == "last"sv ||
          p.key == "final"sv || region_adjective(p) || hosted_by_name(p) ||
          p.key == "peace"sv || p.key == "virtual"sv || p.key == "high-level"sv || p.key == "crisis"sv || p.key == "direct"sv ||
          p.key == "in-person"sv || p.key == "face-to-face"sv || p.key == "informal"sv || p.key == "security"sv ||
          (p.is(kWord) && !p.is(kCapital) && p.key.view().find('-') != std::string_view::npos &&
           !p.key.ends_with("-way") && !p.key.ends_with("-nation") && !p.key.ends_with("-member") &&
           !p.key.ends_with("-party") && !p.key.ends_with("-country"))) {
        // (and a hyphenated adjective: "their first full-scale summit", "a closed-door session";
        // not a format: "a four-way meeting" is one of its own)
        --b;
        continue;
      }
      // "the COP21 climate conference": a word of what it is about before the event's name (not
      // after a body's: "the United Nations climate conference" is the conference spoken of)
      if (p.key == "climate"sv || p.key == "nuclear"sv || p.key == "trade"sv || p.key == "energy"sv ||
          p.key == "disarmament"sv) {
        const Mention* m = b - 1 > F ? mention_ending_at(b - 1) : nullptr;
        if (m != nullptr && m->kind == MKind::kOrg) break;
        --b;
        continue;
      }
      // "the Paris climate conference", "the Vienna nuclear talks": a word of what it is about
      // between a city the lexicon knows and the event (not a country or region, which is what
      // "the Ukraine peace summit" is about, nor a body: "the UN climate talks" are COP's)
      if (p.is(kWord) && !p.is(kCapital) && !p.in(kClsNotAName) && !p.in(kClsPlacePrep) && p.key.size() >= 4 &&
          b - 1 > F && b == t) {
        const Mention* m = mention_ending_at(b - 1);
        if (m != nullptr && m->kind == MKind::kPlace && m->place_country >= 0) {
          --b;
          continue;
        }
      }
      if (Mention* m = mention_ending_at(b); m != nullptr && (m->kind == MKind::kPlace || m->kind == MKind::kCountry ||
                                                            m->kind == MKind::kOrg)) {
        // ("the Commonwealth Heads of Government Meeting", "a NATO leaders' summit": the body's)
        if (m->kind == MKind::kOrg && (!m->generic || m->entity >= 0)) {
          ev.ev_group = ctx.entities[static_cast<std::size_t>(m->entity)].label;
        } else if (m->kind == MKind::kCountry && named_from == b) {
          // "the Ukraine Recovery Conference": the country is the subject of a named event, not
          // where it is held
          ev.ev_group = std::string(ctx.text_of(m->first, noun_end));
          named_from = m->first;
        } else if (m->kind == MKind::kPlace && m->place_country < 0 && ctx.tokens[m->last - 1].key.ends_with("an")) {
          // "the South American summit", "a Latin American meeting": what the gathering is of, as
          // "an African summit", not the place it is held in
        } else if (m->kind == MKind::kCountry && b == t) {
          // "Thursday's Ukraine summit", "the Libya conference": a country right before the noun
          // is what the gathering is about, not where it is held (a city is: "the Paris summit")
        } else if (m->kind == MKind::kPlace || (m->kind == MKind::kCountry && !m->metonym)) {
          ev.place = m->place.empty() ? ctx.entities[static_cast<std::size_t>(m->entity)].label : m->place;
          ev.place_key = m->place_key.empty() ? name_key(ev.place) : m->place_key;
          named_city_country = m->kind == MKind::kPlace ? m->place_country : -1;
        } else {
          break;
        }
        m->modifier = true;
        b = m->first;
        continue;
      }
      // ("RIO DE JANEIRO - The G20 summit": a capitalised determiner is no name)
      if (p.key == "the"sv || p.key == "a"sv || p.key == "an"sv || p.key == "this"sv || p.key == "its"sv) break;
      // ("XI IN BUDAPEST -- DAY ONE OF TALKS": a preposition in a line of capitals ends no name)
      if (p.is(kAllCaps) && (p.key == "of"sv || p.key == "in"sv || p.key == "on"sv || p.key == "at"sv ||
                             p.key == "for"sv || p.key == "to"sv || p.key == "with"sv || p.key == "from"sv)) {
        break;
      }
      if (p.is(kCapital) && p.is(kWord) && covered[b - 1 - F] < 0 && hit_index(b - 1) < 0 && b - 1 > F) {
        std::uint32_t c = b - 1;
        const auto name_word = [&](std::uint32_t k) {
          return ctx.tokens[k].is(kCapital) && ctx.tokens[k].is(kWord) && covered[k - F] < 0 && hit_index(k) < 0;
        };
        while (c > F) {
          if (name_word(c - 1)) {
            --c;
          } else if (c > F + 2 && ctx.tokens[c - 1].key == "and"sv && name_word(c - 2)) {
            c -= 2;  // ("the Belt and Road Forum": a name over "and")
          } else {
            break;
          }
        }
        if (c + 1 == b && (month_from_word(p.key) != 0 || weekday_from_word(p.key) >= 0)) {
          --b;  // "Monday's sessions", "the June summit": a date in the phrase, not a place
          ev.ev_definite = true;  // and one that names a known event, like "the"
          continue;
        }
        const std::string_view word = ctx.text_of(b - 1, b);
        const auto hyphen = word.find('-');
        // ("the Shangri-La Dialogue": a hyphenated name whose parts name no parties is the event's name)
        const auto party = [&](std::string_view part) {
          const auto* entries = ctx.lex->lookup(name_key(part));
          if (entries == nullptr) return false;
          return std::any_of(entries->begin(), entries->end(), [](const LexEntry& le) {
            return le.kind == LexKind::kCountry || le.kind == LexKind::kOrg || le.kind == LexKind::kDemonym ||
                   le.kind == LexKind::kOrgDemonym || le.kind == LexKind::kCapital || le.kind == LexKind::kCity;
          });
        };
        const bool format = hyphen != std::string_view::npos &&
                            (party(word.substr(0, hyphen)) || party(word.substr(hyphen + 1)));
        if (c + 1 == b && format && hyphen + 1 < word.size() && word[hyphen + 1] >= 'A' && word[hyphen + 1] <= 'Z') {
          // "the ASEAN-India session", "the US-Africa summit": the parties of a format, not a place;
          // a summit of such a format is its own event ("the 37th UK-France summit"), a session is
          // part of the gathering spoken of
          if (ev.ev_kind == "summit"sv && ev.ev_group.empty()) ev.ev_group = std::string(word);
          --b;
          continue;
        }
        // ("the COP28 conference": a name with a number is an event's name, not a place)
        const bool numbered = std::any_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        const bool hyphenated_name = numbered || (hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
                                                  word[hyphen + 1] >= 'A' && word[hyphen + 1] <= 'Z');
        // ("the Bay of Bengal summit", "a Horn of Africa meeting": a sea's or a region's name says
        // what the gathering is of, not the city it is held in)
        if (c + 1 == b && c > F + 2 && ctx.tokens[c - 1].key == "of"sv && ctx.tokens[c - 2].is(kCapital) &&
            geographic_feature(ctx.tokens[c - 2].key)) {
          b = c - 2;
          continue;
        }
        // ("the IX Summit of the Americas": its number, no place)
        if (c + 1 == b && roman_numeral(p)) {
          --b;
          continue;
        }
        // ("Sunak closes AI summit": an abbreviation the lexicon does not know says what the
        // gathering is about, not where it is held)
        if (c + 1 == b && p.is(kAllCaps) && p.key.size() <= 4 && !event_name_word(p.key)) {
          --b;
          continue;
        }
        // ("the Trilateral Summit Meeting", "an Extraordinary Summit": a word of its kind in
        // capitals, not a place)
        static const WordSet kKindWords = {"trilateral", "bilateral", "multilateral", "extraordinary", "special",
                                           "informal", "annual", "emergency", "regional", "ministerial", "joint",
                                           "inaugural", "plenary", "extended", "enlarged", "virtual", "leaders"};
        // (and of a ceremony: "a State Banquet", "the Official Dinner")
        static const WordSet kCeremonyWords = {"state", "official", "royal", "gala", "formal", "ceremonial"};
        if (c + 1 == b && (kKindWords.count(p.key.view()) != 0 ||
                           (ev.ev_kind == "ceremony"sv && kCeremonyWords.count(p.key.view()) != 0))) {
          --b;
          continue;
        }
        if (c + 1 == b && !event_name_word(p.key) && !hyphenated_name) {
          // an unknown place name used as a modifier ("the Alaska summit")
          ev.place = std::string(ctx.text_of(b - 1, b));
          ev.place_key = name_key(ev.place);
        } else {
          // a named event ("the World Economic Forum", "the Climate Action Summit"): its name is
          // the group (without a capitalised "The" that opens the sentence)
          if (c + 1 < b && ctx.tokens[c].key == "the"sv) ++c;
          ev.ev_group = std::string(ctx.text_of(c, noun_end));
          named_from = c;
        }
        b = c;
        continue;
      }
      break;
    }
    for (std::uint32_t k = b; k < t; ++k) ev.ev_tied = ev.ev_tied || hosted_by_name(ctx.tokens[k]);
    if (b > F) {
      const TokenKey d = ctx.tokens[b - 1].key;
      // "ASEAN opened its 47th summit": the organisation the possessive refers to is the group,
      // when the nearest name before it is that organisation's
      if ((d == "its"sv || d == "their"sv) && ev.ev_group.empty()) {
        const Mention* owner = nullptr;
        for (const auto& m : si.mentions) {
          if (m.last < b && m.kind != MKind::kPlace && (owner == nullptr || m.last > owner->last)) owner = &m;
        }
        if (owner != nullptr && owner->kind == MKind::kOrg && !owner->generic && owner->entity >= 0) {
          ev.ev_group = ctx.entities[static_cast<std::size_t>(owner->entity)].label;
        }
      }
      // "his last summit", "her first summit": the one spoken of, in a person's career
      const bool career = (d == "his"sv || d == "her"sv) && b < t &&
                          (ordinal_or_word(ctx.tokens[b]) || ctx.tokens[b].key == "last"sv ||
                           ctx.tokens[b].key == "final"sv);
      if (d == "the"sv || d == "this"sv || d == "that"sv || d == "its"sv || career) {
        ev.ev_definite = true;
        --b;
      } else if (d == "a"sv || d == "an"sv) {
        ev.ev_indefinite = true;
        --b;
      }
    }
    // "who follows the G8 for the Carignano Policy Forum", "Ana Ruiz of the Tagus Forum": a named forum
    // after "of the" or "for the" is a body one works for, no gathering
    // ("a defence analyst at the Bosphorus Policy Forum": where one works, after a role noun)
    const auto works_at = [&] {
      if (b < F + 2 || ctx.tokens[b - 1].key != "at"sv) return false;
      static const WordSet kRoles = {"analyst", "fellow", "researcher", "director", "expert", "scholar", "economist",
                                     "professor", "specialist", "head", "chairman", "president", "adviser", "advisor"};
      return kRoles.count(ctx.tokens[b - 2].key.view()) != 0;
    };
    if (named_from < L && ev.ev_definite && ctx.tokens[t].key == "forum"sv && b > F &&
        (ctx.tokens[b - 1].key == "of"sv || ctx.tokens[b - 1].key == "for"sv || works_at())) {
      continue;
    }
    ev.first = b;
    // "the opening ceremony", "the closing ceremony": part of the gathering spoken of
    if (ev.ev_kind == "ceremony"sv && ev.ev_definite && ev.place_key.empty() && ev.ev_group.empty()) {
      for (std::uint32_t k = b; k < t; ++k) {
        if (ctx.tokens[k].key == "opening"sv || ctx.tokens[k].key == "closing"sv) ev.ev_kind = "meeting";
      }
    }
    // Right modifiers: "of the so-called “Coalition of the Willing”", "in Paris", "at the White House".
    std::uint32_t e = noun_end;
    // "the Tokyo International Conference on African Development": a named event's name goes on
    // with what it is on or for, in capitals
    // (not the day it is on: "at the World Forum on Wednesday")
    const bool day_after = std::any_of(si.dates.begin(), si.dates.end(), [&](const DateMention& d) { return d.first == e + 1; });
    if (named_from < L && !ev.ev_group.empty() && e + 1 < L &&
        (ctx.tokens[e].key == "on"sv || ctx.tokens[e].key == "for"sv) && ctx.tokens[e + 1].is(kCapital) &&
        ctx.tokens[e + 1].is(kWord) && !day_after) {
      std::uint32_t q = e + 1;
      while (q < L && ((ctx.tokens[q].is(kCapital) && ctx.tokens[q].is(kWord)) ||
                       ((ctx.tokens[q].key == "and"sv || ctx.tokens[q].key == "of"sv) && q + 1 < L &&
                        ctx.tokens[q + 1].is(kCapital)))) {
        ++q;
      }
      ev.ev_group = std::string(ctx.text_of(named_from, q));
      e = q;
    }
    // "the Summit for a New Global Financing Pact", "the Conference on Disarmament": a gathering
    // named by its own capitalised noun, right after "the", and what it is for or on in capitals
    // (not "the Summit on Friday", nor "the Kigali Summit on Malaria", a place's gathering)
    // (or opening a line: "- Summit for a New Global Financing Pact, Thursday 22 June, Paris.")
    const bool opens_line = std::none_of(ctx.tokens.begin() + F, ctx.tokens.begin() + t,
                                         [](const Token& tok) { return tok.is(kWord); });
    if (ev.ev_group.empty() && named_from == L && noun_end == t + 1 && ctx.tokens[t].is(kCapital) &&
        ((t > F && ctx.tokens[t - 1].key == "the"sv) || opens_line) && e + 1 < L &&
        (ctx.tokens[e].key == "on"sv || ctx.tokens[e].key == "for"sv)) {
      std::uint32_t q = e + 1;
      if (q + 1 < L && (ctx.tokens[q].key == "a"sv || ctx.tokens[q].key == "an"sv || ctx.tokens[q].key == "the"sv)) ++q;
      const bool dated = std::any_of(si.dates.begin(), si.dates.end(), [&](const DateMention& d) { return d.first == q; });
      if (q < L && ctx.tokens[q].is(kCapital) && ctx.tokens[q].is(kWord) && !dated && mention_starting_at(q) == nullptr) {
        const std::uint32_t name_at = q;
        while (q < L && ((ctx.tokens[q].is(kCapital) && ctx.tokens[q].is(kWord)) ||
                         ((ctx.tokens[q].key == "and"sv || ctx.tokens[q].key == "of"sv) && q + 1 < L &&
                          ctx.tokens[q + 1].is(kCapital)))) {
          ++q;
        }
        if (q > name_at) {
          ev.ev_group = std::string(ctx.text_of(t, q));
          e = q;
        }
      }
    }
    for (int rounds = 0; rounds < 4 && e < L; ++rounds) {
      const TokenKey k = ctx.tokens[e].key;
      if (k == "of"sv || k == "in"sv || k == "at"sv) {
        std::uint32_t q = e + 1;
        // ("talks in a Vienna hotel": where the hotel is)
        while (q < L && (ctx.tokens[q].key == "the"sv || ctx.tokens[q].key == "so-called"sv || ctx.tokens[q].is(kQuote) ||
                         (k != "of"sv && ctx.tokens[q].key == "a"sv))) {
          ++q;
        }
        // "of the six-nation Gulf Cooperation Council", "of the 27-member bloc"
        if (k == "of"sv && q + 1 < L && !ctx.tokens[q].is(kCapital) && ctx.tokens[q].key.view().find('-') != std::string_view::npos &&
            (ctx.tokens[q].key.ends_with("-nation") || ctx.tokens[q].key.ends_with("-member") ||
             ctx.tokens[q].key.ends_with("-country") || ctx.tokens[q].key.ends_with("-state"))) {
          ++q;
        }
        Mention* m = mention_starting_at(q);
        if (m && k == "of"sv && m->kind == MKind::kOrg) {
          ev.ev_group = ctx.entities[static_cast<std::size_t>(m->entity)].label;
          m->modifier = true;
          e = m->last;
        } else if (m && (k == "in"sv || k == "at"sv) && m->kind == MKind::kCountry && m->last + 2 < L &&
                   mission_noun(ctx.tokens[m->last].key) && (ctx.tokens[m->last + 1].key == "in"sv)) {
          // "at the US mission in Geneva": a country's building abroad; the place follows
          e = m->last + 1;
        } else if (m && k == "at"sv && m->kind == MKind::kCountry && !m->possessive && m->last + 1 < L &&
                   ctx.tokens[m->last].is(kCapital) && ctx.tokens[m->last].is(kWord) &&
                   mention_starting_at(m->last) == nullptr) {
          // "at the China National Convention Center": a building named after a country is not the
          // country
          std::uint32_t q2 = m->last;
          while (q2 < L && ctx.tokens[q2].is(kCapital) && ctx.tokens[q2].is(kWord)) ++q2;
          e = q2;
        } else if (m && (k == "in"sv || k == "at"sv) && (m->kind == MKind::kPlace || m->kind == MKind::kCountry)) {
          // "in Egypt's New Administrative Capital": the country's place named after it
          if (m->kind == MKind::kCountry && m->possessive) {
            std::uint32_t r = m->last;
            if (r < L && ctx.tokens[r].key == "'s"sv) ++r;
            // (a city, or a seat of the country: "in Egypt's New Administrative Capital")
            if (Mention* in = mention_starting_at(r);
                in != nullptr && (in->kind == MKind::kPlace || (in->kind == MKind::kCountry && !in->place.empty()))) {
              m->modifier = true;
              m = in;
            }
          }
          // (a city the phrase already named stays, in its country: "the Antalya Diplomacy Forum in
          // Turkey"; not "the Gaza conference in Egypt")
          const bool city_in_it = m->kind == MKind::kCountry && named_city_country >= 0 && m->entity >= 0 &&
                                  ctx.entities[static_cast<std::size_t>(m->entity)].lex == named_city_country;
          if (!city_in_it) {
            ev.place = m->place.empty() ? ctx.entities[static_cast<std::size_t>(m->entity)].label : m->place;
            ev.place_key = m->place_key.empty() ? name_key(ev.place) : m->place_key;
          }
          m->modifier = true;
          e = m->last;
        } else if (m && k == "at"sv && m->kind == MKind::kOrg && !m->possessive && m->last + 1 < L &&
                   ctx.tokens[m->last].key == "in"sv) {
          // "at the United Nations in New York": the body whose house it is held in, then the city
          m->modifier = true;
          e = m->last;
        } else if (const std::uint32_t body_end = k == "of"sv && ev.ev_group.empty() &&
                                                     (ev.ev_kind == "meeting"sv || ev.ev_kind == "talks"sv)
                                                     ? unknown_body_name_end(ctx, q, L)
                                                     : q;
                   body_end > q) {
          // "a high-level meeting of the Paris Pact for People and the Planet", "a meeting of the 4P
          // coalition": a body the lexicon does not know holds its own meeting (not the gathering
          // the text is about, nor one in a city its name begins with)
          ev.ev_group = std::string(ctx.text_of(q, body_end));
          for (std::uint32_t r = q; r < body_end; ++r) {
            if (Mention* in = mention_starting_at(r)) in->modifier = true;
          }
          e = body_end;
        } else if (const std::uint32_t own_body_end = k == "of"sv && m == nullptr && ev.ev_group.empty() &&
                                                     (ev.ev_kind == "meeting"sv || ctx.tokens[t].key == "session"sv)
                                                     ? event_body_end(ctx, q, L)
                                                     : q;
                   own_body_end > q) {
          // "a meeting of the conference's preparatory committee", "a session of the summit's drafting
          // group": a body of the gathering meets on its own (not the gathering itself)
          ev.ev_group = std::string(ctx.text_of(q + 2, own_body_end)) + " of the " + std::string(ctx.text_of(q, q + 1));
          body_of_event_end = own_body_end;
          e = own_body_end;
        } else if (k == "of"sv && m == nullptr && q < L && ctx.tokens[q].is(kCapital) &&
                   !(roman_numeral(ctx.tokens[q]) && q + 1 < L && ctx.tokens[q + 1].is(kCapital))) {
          // (not "of the IX Summit of the Americas": a numbered gathering of its own, read next)
          // "the signing of the Abraham Accords": a name that is neither group nor place
          const std::uint32_t name_at = q;
          while (q < L && (ctx.tokens[q].is(kCapital) || ctx.tokens[q].key == "of"sv)) ++q;
          // ("the Summit of the Future", "the Conference of the Parties": a gathering named by its
          // own capitalised noun and what follows it is known by that name)
          if (ev.ev_group.empty() && named_from == L && t > F && noun_end == t + 1 && ctx.tokens[t].is(kCapital) &&
              ctx.tokens[name_at].is(kWord)) {
            ev.ev_group = std::string(ctx.text_of(t, q));
          }
          e = q;
        } else {
          break;
        }
        while (e < L && ctx.tokens[e].is(kQuote)) ++e;
        continue;
      }
      break;
    }
    ev.last = e;
    // "a summit that brought together the six members of the Gulf Cooperation Council": the body
    // whose members it brought together (not a mention of the phrase itself)
    if (ev.ev_group.empty() && e + 3 < L) {
      std::uint32_t q = e;
      if (ctx.tokens[q].key == ","sv) ++q;
      if (q < L && (ctx.tokens[q].key == "that"sv || ctx.tokens[q].key == "which"sv)) ++q;
      if (q + 1 < L && (ctx.tokens[q].key == "brought"sv || ctx.tokens[q].key == "bringing"sv) &&
          ctx.tokens[q + 1].key == "together"sv) {
        for (std::uint32_t r = q + 2; r < L && r < q + 12; ++r) {
          const TokenKey k = ctx.tokens[r].key;
          if (k == ","sv || k == ";"sv || k == "."sv) break;
          const Mention* m = mention_starting_at(r);
          if (m != nullptr && m->kind == MKind::kOrg && !m->generic && m->entity >= 0 && r > q + 2 &&
              ctx.tokens[r - 1].key == "the"sv && ctx.tokens[r - 2].key == "of"sv) {
            ev.ev_group = ctx.entities[static_cast<std::size_t>(m->entity)].label;
            break;
          }
        }
      }
    }
    // "the leaders' summit that Starmer hosted at Lancaster House": the place a relative clause of
    // hosting gives the gathering
    if (ev.place_key.empty() && e + 4 < L && (ctx.tokens[e].key == "that"sv || ctx.tokens[e].key == "which"sv)) {
      const Mention* host = mention_starting_at(e + 1);
      const std::uint32_t v = host != nullptr && (host->kind == MKind::kPerson || host->kind == MKind::kCountry)
                                  ? host->last
                                  : L;
      if (v + 2 < L && (ctx.tokens[v].key == "hosted"sv || ctx.tokens[v].key == "convened"sv ||
                        ctx.tokens[v].key == "chaired"sv) &&
          (ctx.tokens[v + 1].key == "at"sv || ctx.tokens[v + 1].key == "in"sv)) {
        const std::uint32_t p = ctx.tokens[v + 2].key == "the"sv ? v + 3 : v + 2;
        Mention* m = p < L ? mention_starting_at(p) : nullptr;
        if (m != nullptr && (m->kind == MKind::kPlace || (m->kind == MKind::kCountry && !m->place.empty()))) {
          ev.place = m->place.empty() ? ctx.entities[static_cast<std::size_t>(m->entity)].label : m->place;
          ev.place_key = m->place_key.empty() ? name_key(ev.place) : m->place_key;
          // (and the day the sentence opens with: "On Sunday Zelensky attended the summit that ...")
          for (const auto& d : si.dates) {
            if (day_opens_sentence(ctx, d, F) && d.kind != DateKind::kAnchored && ev.ev_date.empty()) {
              ev.ev_date = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
            }
          }
        }
      }
    }
    // A date right after ("on Thursday", "on Sept. 4") or inside the phrase; one after it belongs to
    // a verb of telling whose object the phrase is ("Trump announced the meeting on Monday")
    std::uint32_t det = ev.first;
    while (det > F && (ctx.tokens[det - 1].key == "the"sv || ctx.tokens[det - 1].key == "a"sv ||
                       ctx.tokens[det - 1].key == "this"sv || ctx.tokens[det - 1].key == "their"sv ||
                       ctx.tokens[det - 1].key == "his"sv || ctx.tokens[det - 1].key == "her"sv)) {
      --det;
    }
    const TokenKey told = det > F ? ctx.tokens[det - 1].key : TokenKey();
    const bool told_of = told == "announced"sv || told == "announces"sv || told == "confirmed"sv || told == "revealed"sv ||
                         told == "disclosed"sv || told == "unveiled"sv || told == "described"sv || told == "welcomed"sv ||
                         told == "praised"sv || told == "criticised"sv || told == "criticized"sv || told == "mentioned"sv ||
                         told == "discussed"sv || told == "proposed"sv;
    for (const auto& d : si.dates) {
      if (told_of && d.first >= e) continue;
      // ("the summit off Malta 35 years ago", "the summit of its founders 48 years ago": a gathering
      // years back, past what the phrase goes on to say of it)
      bool years_ago = d.kind == DateKind::kDeictic && d.unit == DateUnit::kYear && d.offset_years < 0 &&
                       d.first > e && d.first <= e + 8;
      for (std::uint32_t k = e; years_ago && k < d.first; ++k) {
        years_ago = ctx.tokens[k].is(kWord) && ctx.tokens[k].key != "and"sv && ctx.tokens[k].key != "but"sv;
      }
      // ("the summit of 11 November": the day it is named by)
      const bool named_by_day = d.first == e + 1 && ctx.tokens[e].key == "of"sv && d.day != 0;
      if ((d.first >= ev.first && d.last <= e) || d.first == e || (d.first == e + 1 && ctx.tokens[e].key == "on"sv) ||
          years_ago || named_by_day) {
        ev.ev_date = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
        if (d.first >= e) ev.last = d.last;
        break;
      }
    }
    // "Tomorrow the Central Asia - European Union summit opens", "On Friday, the conference closed":
    // a day that opens the sentence dates the gathering whose opening or close follows it
    if (ev.ev_date.empty() && ev.last < L) {
      const TokenKey verb = ctx.tokens[ev.last].key;
      const bool opens_or_ends = verb == "opens"sv || verb == "opened"sv || verb == "begins"sv || verb == "began"sv ||
                                 verb == "starts"sv || verb == "started"sv || verb == "ends"sv || verb == "ended"sv ||
                                 verb == "closes"sv || verb == "closed"sv || verb == "convenes"sv || verb == "convened"sv;
      // (after a live entry's time: "09:40 -- Tomorrow the summit opens")
      std::uint32_t w = F;
      while (w < L && (!ctx.tokens[w].is(kWord) || ctx.tokens[w].is(kDigit))) ++w;
      for (const auto& d : si.dates) {
        if (!opens_or_ends) break;
        if (d.first != w && !(d.first == w + 1 && ctx.tokens[w].key == "on"sv)) continue;
        // (over the start of a name the event's mention left out: "the Central Asia - European Union summit")
        std::uint32_t k = d.last;
        while (k < ev.first && k < d.last + 8 &&
               (ctx.tokens[k].key == ","sv || ctx.tokens[k].key == "the"sv || ctx.tokens[k].key == "-"sv ||
                (ctx.tokens[k].is(kCapital) && ctx.tokens[k].is(kWord)))) {
          ++k;
        }
        if (k == ev.first && d.kind != DateKind::kAnchored) ev.ev_date = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
        break;
      }
    }
    bool dated_by_anchor = false;  // "two days before the summit": dated from a day the text gives
    // "on Monday, three days after his summit with Putin": the event is dated from the last date
    // said before the anchor in this sentence (and stays undated without one).
    for (const auto& a : si.anchored_dates) {
      if (!ev.ev_date.empty()) break;
      const TokenKey between = a.last < ev.first ? ctx.tokens[a.last].key : TokenKey();
      const bool adjacent = a.last == ev.first || (a.last + 1 == ev.first && (between == "his"sv || between == "her"sv ||
                                                                              between == "their"sv));
      if (!adjacent) continue;
      Date from;
      for (const auto& d : si.dates) {
        if (d.last > a.first) break;
        const Date r = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
        if (r.full()) from = r;
      }
      // ("Wednesday 2 April. ... Costa landed, a full two days before the summit": or from the day
      // of the diary's entry the sentence is in)
      if (!from.full() && ctx.timeline && ctx.caption_day.full()) from = ctx.caption_day;
      ev.ev_date = ctx.resolve(a, from, Tense::kPast);
      dated_by_anchor = ev.ev_date.full();
    }
    // "The first summit between the EU and Africa ended in Lisbon on Sunday": an event the
    // sentence opens with takes the place its predicate names (held, opened, ended ... in)
    // ("as the Ukraine Recovery Conference opened in the Swiss city of Lugano": or one a clause opens
    // with, its predicate right after it)
    const bool opens_sentence = ev.first == F || (ev.first == F + 1 && (ctx.tokens[F].key == "the"sv ||
                                                                       ctx.tokens[F].key == "a"sv));
    const bool opens_clause = !opens_sentence && ev.last + 2 < L && ev.first > F &&
                              (ctx.tokens[ev.first].key == "the"sv || ctx.tokens[ev.first].is(kCapital)) &&
                              (ctx.tokens[ev.first - 1].key == "as"sv || ctx.tokens[ev.first - 1].key == "when"sv ||
                               ctx.tokens[ev.first - 1].key == "while"sv || ctx.tokens[ev.first - 1].key == ","sv) &&
                              (ctx.tokens[ev.last].key == "opened"sv || ctx.tokens[ev.last].key == "began"sv ||
                               ctx.tokens[ev.last].key == "convened"sv || ctx.tokens[ev.last].key == "closed"sv ||
                               ctx.tokens[ev.last].key == "ended"sv);
    if (ev.place_key.empty() && (opens_sentence || opens_clause)) {
      static const WordSet kHeld = {
          "ended", "ends", "opened", "opens", "closed", "closes", "began", "begins", "convened", "convenes",
          "held", "place", "gathered", "wrapped", "concluded", "concludes", "started", "starts"};
      std::uint32_t v = ev.last;
      while (v < L && v < ev.last + 14 && kHeld.count(ctx.tokens[v].key.view()) == 0) {
        const TokenKey k = ctx.tokens[v].key;
        if (k == ","sv || k == ";"sv || k == "."sv || k == ":"sv) {
          v = L;
          break;
        }
        ++v;
      }
      std::uint32_t at = v + 1;
      if (at < L && ctx.tokens[v].key == "wrapped"sv && ctx.tokens[at].key == "up"sv) ++at;
      // ("An extraordinary summit held jointly by the Arab League and the OIC (Organisation of
      // Islamic Cooperation) in Riyadh on Monday": over who held it, to where)
      if (at < L && ctx.tokens[v].key == "held"sv && ctx.tokens[at].key.ends_with("ly")) ++at;
      if (at < L && ctx.tokens[v].key == "held"sv && ctx.tokens[at].key == "by"sv) {
        std::uint32_t q = at + 1;
        int depth = 0;
        for (; q < L && q < at + 16; ++q) {
          const TokenKey k = ctx.tokens[q].key;
          if (k == "("sv) ++depth;
          if (k == ")"sv) --depth;
          if (depth > 0 || k == ")"sv) continue;
          if (k == "in"sv || k == "at"sv) break;
          const Mention* m = mention_starting_at(q);
          if (m != nullptr && (m->kind == MKind::kOrg || m->kind == MKind::kCountry || m->kind == MKind::kPerson)) {
            q = m->last - 1;
            continue;
          }
          if (k != "the"sv && k != "and"sv) break;
        }
        at = q;
      }
      if (at + 1 < L && (ctx.tokens[at].key == "in"sv || ctx.tokens[at].key == "at"sv)) {
        std::uint32_t p = ctx.tokens[at + 1].key == "the"sv ? at + 2 : at + 1;
        // ("in the Swiss city of Lugano", "in the city of Kazan")
        if (p + 2 < L && ctx.tokens[p].is(kCapital) && ctx.tokens[p + 1].key == "city"sv && ctx.tokens[p + 2].key == "of"sv) {
          p += 3;
        } else if (p + 1 < L && ctx.tokens[p].key == "city"sv && ctx.tokens[p + 1].key == "of"sv) {
          p += 2;
        }
        Mention* m = p < L ? mention_starting_at(p) : nullptr;
        if (m != nullptr && (m->kind == MKind::kPlace || (m->kind == MKind::kCountry && !m->metonym))) {
          ev.place = m->place.empty() ? ctx.entities[static_cast<std::size_t>(m->entity)].label : m->place;
          ev.place_key = m->place_key.empty() ? name_key(ev.place) : m->place_key;
          // (and the day said right after the place: "held ... in Riyadh on Monday, 11 November")
          if (ev.ev_date.empty() && ctx.tokens[v].key == "held"sv) {
            for (const auto& d : si.dates) {
              if (d.first == m->last || (d.first == m->last + 1 && ctx.tokens[m->last].key == "on"sv)) {
                ev.ev_date = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
                break;
              }
            }
          }
        }
      }
    }
    // "the first EU-Central Asia summit, held in Samarkand on Friday 4 April, is no exception", "Speech
    // at the first EU-Central Asia Summit, Samarkand, Friday 4 April 2025": the place and the day a
    // reduced relative or a title's apposition gives right after the event
    if (ev.place_key.empty() && ev.last + 2 < L && ctx.tokens[ev.last].key == ","sv) {
      std::uint32_t p = ev.last + 1;
      const bool held = ctx.tokens[p].key == "held"sv && (ctx.tokens[p + 1].key == "in"sv || ctx.tokens[p + 1].key == "at"sv);
      if (held) p += p + 3 < L && ctx.tokens[p + 2].key == "the"sv ? 3 : 2;
      Mention* m = p < L ? mention_starting_at(p) : nullptr;
      if (m != nullptr && (m->kind == MKind::kPlace || (held && m->kind == MKind::kCountry && !m->metonym))) {
        const DateMention* day = nullptr;
        for (const auto& d : si.dates) {
          const bool on = d.first == m->last + 1 && (ctx.tokens[m->last].key == "on"sv || ctx.tokens[m->last].key == ","sv);
          if (d.first == m->last || on) day = &d;
        }
        // (a title's apposition only with its full date: "Samarkand, Friday 4 April 2025")
        if (held || (day != nullptr && day->year != 0 && day->day != 0 && ctx.tokens[m->last].key == ","sv)) {
          ev.place = m->place.empty() ? ctx.entities[static_cast<std::size_t>(m->entity)].label : m->place;
          ev.place_key = m->place_key.empty() ? name_key(ev.place) : m->place_key;
          if (day != nullptr && ev.ev_date.empty()) ev.ev_date = ctx.resolve(*day, ctx.focus, tense_at(ctx, si, day->first));
        }
      }
    }
    // "Leaders gathered in Vilnius on Wednesday for a summit", "flew to Rome for talks": an event
    // named as the purpose of coming somewhere takes that place (and the date said with it).
    std::uint32_t purpose = ev.first;  // "for" before the event, over "the second day of"
    while (purpose > F && purpose + 6 > ev.first) {
      const std::string_view w = ctx.tokens[purpose - 1].key;
      // (and over "the fourth round of": "met in Davos for the fourth round of talks")
      if (w != "the"sv && w != "of"sv && w != "day"sv && !ordinal_or_word(ctx.tokens[purpose - 1]) && w != "final"sv &&
          w != "round"sv && w != "new"sv &&
          w != "last"sv && w != "opening"sv && w != "closing"sv && w != "their"sv && w != "its"sv && w != "annual"sv &&
          // ("carried into Washington National Cathedral for a state funeral")
          w != "a"sv && w != "an"sv && w != "state"sv) {
        break;
      }
      --purpose;
    }
    // ("have spent the day in Jeddah at a summit": a place right before "at" the event)
    const bool at_event = purpose > F + 1 && ctx.tokens[purpose - 1].key == "at"sv;
    if (ev.place_key.empty() && purpose > F && (ctx.tokens[purpose - 1].key == "for"sv || at_event)) {
      --purpose;
      for (std::uint32_t q = purpose; q > F && q + (at_event ? 4 : 12) > purpose; --q) {
        const Token& before = ctx.tokens[q - 1];
        if (before.is(kPunct) && before.key != ","sv) break;  // not across a clause mark or a quote
        Mention* m = mention_starting_at(q);
        if (m == nullptr || q < F + 1) continue;
        const std::uint32_t before_place = q - 1 > F && ctx.tokens[q - 1].key == "the"sv ? q - 2 : q - 1;
        const std::string_view prep = ctx.tokens[before_place].key;
        if (m->kind == MKind::kEvent || m->kind == MKind::kPerson || m->kind == MKind::kPronoun) break;
        if ((prep != "in"sv && prep != "at"sv && prep != "to"sv && prep != "into"sv) ||
            !(m->kind == MKind::kPlace || (m->kind == MKind::kCountry && !m->metonym)) || (at_event && m->last != purpose)) {
          continue;
        }
        ev.place = m->place.empty() ? ctx.entities[static_cast<std::size_t>(m->entity)].label : m->place;
        ev.place_key = m->place_key.empty() ? name_key(ev.place) : m->place_key;
        if (ev.ev_date.empty()) {
          for (const auto& d : si.dates) {
            // (or the day that opens the sentence: "On Sunday, advisers met in Davos for talks")
            const bool opening = day_opens_sentence(ctx, d, F);
            // (or the one day the sentence gives before it: "left the Capitol on Thursday morning
            // ... and was carried into the cathedral for a state funeral")
            const bool only_day = si.dates.size() == 1 && d.last <= purpose && d.kind != DateKind::kAnchored &&
                                  ev.ev_kind == "ceremony"sv;
            if ((d.first >= m->last && d.last <= purpose) || (opening && d.kind != DateKind::kAnchored) || only_day) {
              ev.ev_date = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
              break;
            }
          }
        }
        break;
      }
    }
    // "BRUSSELS, Dec 19 - ... at the end of their summit", "By Anna Holm in Brussels": before the
    // text has named any gathering, a summit it speaks of is held where the report is filed from
    // ("the first session of the council": of the gathering held there, named later)
    const auto session = [&]() {
      for (std::uint32_t k = ev.first; k < ev.last && k < L; ++k) {
        if (ctx.tokens[k].key == "session"sv || ctx.tokens[k].key == "sessions"sv) return true;
      }
      return false;
    };
    if (ev.place_key.empty() && ev.ev_group.empty() && !ctx.dateline.empty() && ctx.salient_event < 0 &&
        (ev.ev_kind == "summit"sv || ev.ev_kind == "conference"sv)) {
      if (session()) ev.ev_kind = "summit";  // a session of the gathering held there
      ev.place = ctx.dateline;
      ev.place_key = name_key(ctx.dateline);
    }
    // Specific events are registered at once; they become the document's salient event.
    // ("the meeting of South American presidents" after a meeting of two: see register_event)
    const bool many = ev.ev_group.empty() && of_many_leaders(ctx, ev.last, L);
    if (!ev.place_key.empty() || !ev.ev_group.empty()) {
      // "will host the next meeting in Copenhagen": an event to come is not the one being spoken of
      bool to_come = false;
      for (std::uint32_t k = ev.first > F + 2 ? ev.first - 2 : F; k < t; ++k) {
        const TokenKey w = ctx.tokens[k].key;
        to_come = to_come || w == "next"sv || w == "upcoming"sv || w == "forthcoming"sv;
      }
      // ("at the NATO summit in The Hague next week", "the summit later this month": a time to come
      // right after it)
      for (std::uint32_t k = ev.last; k + 1 < L && k < ev.last + 6 && !to_come; ++k) {
        const TokenKey w = ctx.tokens[k].key;
        if (w == ","sv || w == "."sv || w == ";"sv) break;
        const TokenKey n = ctx.tokens[k + 1].key;
        const bool span = n == "week"sv || n == "month"sv || n == "year"sv || n == "weekend"sv;
        to_come = (w == "next"sv && span) ||
                  (w == "later"sv && n == "this"sv && k + 2 < L &&
                   (ctx.tokens[k + 2].key == "week"sv || ctx.tokens[k + 2].key == "month"sv || ctx.tokens[k + 2].key == "year"sv));
      }
      // "the invitation he sent Putin for the Bali summit", "invited him to the summit in Gyeongju":
      // what one is invited to is to come
      if (ev.first > F + 1 && (ctx.tokens[ev.first - 1].key == "for"sv || ctx.tokens[ev.first - 1].key == "to"sv)) {
        for (std::uint32_t k = ev.first - 1; k > F && k + 8 > ev.first; --k) {
          const TokenKey w = ctx.tokens[k - 1].key;
          if (w == "."sv || w == ";"sv) break;
          to_come = to_come || w == "invitation"sv || w == "invitations"sv || w == "invited"sv || w == "invite"sv ||
                    w == "invites"sv || w == "inviting"sv;
        }
      }
      // "they said they would hold a full summit in the United States in June", "agreed to host a
      // conference in Moscow": another gathering to be held, once the text speaks of one, is to come
      // (a preview's "will co-chair a Paris summit" is the one it is about)
      if (ctx.salient_event >= 0 || ctx.event_phrases_seen > 0) {
        // (over "a" and an adjective or two: "hold a full summit")
        bool article = ev.ev_indefinite;
        for (std::uint32_t k = ev.first; k > F + 1 && k + 4 > ev.first && !to_come; --k) {
          const TokenKey v = ctx.tokens[k - 1].key;
          article = article || v == "a"sv || v == "an"sv;
          if (v == "hold"sv || v == "host"sv || v == "convene"sv || v == "stage"sv || v == "organise"sv ||
              v == "organize"sv) {
            const TokenKey w = ctx.tokens[k - 2].key;
            to_come = article && (w == "would"sv || w == "will"sv || w == "'ll"sv || w == "shall"sv || w == "to"sv);
            break;
          }
          if (!ctx.tokens[k - 1].is(kWord) || ctx.tokens[k - 1].is(kCapital)) break;
        }
      }
      // "the bloc's summit in Xiamen in September" in an article of July: held after the article
      // (the month it is held in does not date it: a later "the summit" is not dated by it either)
      if (ctx.doc_date.full()) {
        to_come = to_come || surely_after(ev.ev_date, ctx.doc_date);
        for (const auto& d : si.dates) {
          if (d.first <= ev.last || d.first > ev.last + 10 || ctx.tokens[d.first - 1].key != "in"sv ||
              d.kind != DateKind::kAbsolute || d.day != 0) {
            continue;
          }
          // (also over where it is held or a clause about it: "the summit of Mercosur in Puerto
          // Iguazu, Argentina, in July", "the Amazon summit Brazil is preparing for Belem in August";
          // not past a predicate, "the summit ended with a pledge to meet again in May", nor the
          // clause)
          bool its_own = true;
          for (std::uint32_t k = ev.last; k + 1 < d.first && its_own; ++k) {
            const TokenKey w = ctx.tokens[k].key;
            its_own = w != "."sv && w != ";"sv && w != ":"sv && w != "and"sv && w != "but"sv && w != "("sv;
            for (const auto& tr : si.triggers) its_own = its_own && !(tr.first <= k && k < tr.last);
          }
          if (!its_own) continue;
          to_come = to_come || surely_after(ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first)), ctx.doc_date);
        }
      }
      // "which is to be billed as the Summit of the Eight", "what will be called the Paris summit": a
      // name the gathering is yet to have
      for (std::uint32_t k = ev.first; k > F + 2 && k + 6 > ev.first && !to_come; --k) {
        const TokenKey w = ctx.tokens[k - 1].key;
        if (w == ","sv || w == "."sv || w == ";"sv) break;
        to_come = w == "be"sv && (ctx.tokens[k - 2].key == "to"sv || ctx.tokens[k - 2].key == "will"sv ||
                                  ctx.tokens[k - 2].key == "'ll"sv);
      }
      // "invited the President to attend the Eastern Economic Forum": what one is invited to attend
      if (!to_come && ev.first > F + 3 && ctx.tokens[ev.first - 1].key == "attend"sv &&
          ctx.tokens[ev.first - 2].key == "to"sv) {
        for (std::uint32_t k = ev.first - 2; k > F && k + 8 > ev.first; --k) {
          const TokenKey w = ctx.tokens[k - 1].key;
          if (w == "."sv || w == ";"sv) break;
          to_come = to_come || w == "invitation"sv || w == "invited"sv || w == "invite"sv || w == "invites"sv;
        }
      }
      // "on his way to a regional summit in Cambodia", "en route to the summit": not there yet
      for (std::uint32_t k = ev.first; k > F + 1 && k + 5 > ev.first && !to_come; --k) {
        const TokenKey w = ctx.tokens[k - 1].key;
        if (w == ","sv || w == "."sv || w == ";"sv) break;
        const TokenKey w2 = ctx.tokens[k - 2].key;
        to_come = (w == "to"sv && (w2 == "way"sv || w2 == "route"sv)) || (w == "for"sv && w2 == "bound"sv);
      }
      // "Zelenskiy is due in London on Sunday for a summit": one is expected at it
      if (!to_come && ev.first > F + 2 && (ctx.tokens[ev.first - 1].key == "for"sv ||
                                           (ctx.tokens[ev.first - 2].key == "for"sv &&
                                            (ctx.tokens[ev.first - 1].key == "a"sv || ctx.tokens[ev.first - 1].key == "the"sv)))) {
        for (std::uint32_t k = ev.first - 1; k > F + 1 && k + 10 > ev.first; --k) {
          const TokenKey w = ctx.tokens[k - 1].key;
          if (w == ","sv || w == "."sv || w == ";"sv) break;
          const TokenKey w2 = ctx.tokens[k - 2].key;
          to_come = w == "due"sv && (w2 == "is"sv || w2 == "are"sv || w2 == "'s"sv);
          if (to_come) break;
        }
      }
      // "the two met in Buenos Aires on 23 January, on the eve of the CELAC summit", "In July, Lula
      // is expected at the summit of Mercosur": a body's gathering told with another time than the
      // day of the gathering spoken of is not that gathering, which it would name
      bool definite = ev.ev_definite;
      if (definite && !ev.ev_group.empty() && ev.ev_date.empty() && ctx.salient_event >= 0 &&
          ctx.events[static_cast<std::size_t>(ctx.salient_event)].group.empty() &&
          ctx.events[static_cast<std::size_t>(ctx.salient_event)].date.full()) {
        const Date& spoken_of = ctx.events[static_cast<std::size_t>(ctx.salient_event)].date;
        for (const auto& d : si.dates) {
          if (d.last + 12 < ev.first || d.first > ev.last + 12) continue;
          const Date r = ctx.resolve(d, ctx.focus, tense_at(ctx, si, d.first));
          if (!r.empty() && !compatible(r, spoken_of)) definite = false;
        }
      }
      // "since the inaugural summit in Miami in 1994": a gathering of an earlier year than the
      // article's is an old one, not the one spoken of (nor what "the summit" later speaks of)
      bool old = false;
      // ("the 2008 summit at Toyako": a year of its own before the noun)
      if (!to_come && ctx.doc_date.year != 0 && ev.first > F + 1 && ctx.tokens[ev.first - 1].is(kDigit) &&
          ctx.tokens[ev.first - 2].key == "the"sv) {
        const std::string_view y = ctx.tokens[ev.first - 1].key.view();
        const int year = y.size() == 4 && y.find_first_not_of("0123456789") == std::string_view::npos ? std::stoi(std::string(y)) : 0;
        if (year >= 1900 && year < ctx.doc_date.year) {
          definite = false;
          old = true;
          if (ev.ev_date.empty()) ev.ev_date = Date{year, 0, 0};
        }
      }
      if (definite && !to_come && ctx.doc_date.year != 0) {
        for (const auto& d : si.dates) {
          if (d.first <= ev.last || d.first > ev.last + 6 || ctx.tokens[d.first - 1].key != "in"sv ||
              d.kind != DateKind::kAbsolute || d.month != 0 || d.year == 0 || d.year >= ctx.doc_date.year) {
            continue;
          }
          bool its_own = true;  // (not past a clause: "the summit, which ... in 2019")
          for (std::uint32_t k = ev.last; k + 1 < d.first && its_own; ++k) {
            const TokenKey w = ctx.tokens[k].key;
            its_own = w != "."sv && w != ";"sv && w != ","sv && w != "and"sv && w != "which"sv && w != "that"sv;
          }
          if (!its_own) continue;
          definite = false;
          old = true;
          if (ev.ev_date.empty()) ev.ev_date = Date{d.year, 0, 0};
        }
      }
      const int salient_before = ctx.salient_event;
      ev.event = register_event(ctx, ev.ev_kind, ev.place, ev.place_key, ev.ev_group, ev.ev_date, definite, to_come, many,
                                ev.ev_kind == "ceremony"sv ? ctx.tokens[noun_end - 1].key.view() : std::string_view());
      if (old && ev.event >= 0 && ctx.events[static_cast<std::size_t>(ev.event)].date.year < ctx.doc_date.year) {
        ctx.events[static_cast<std::size_t>(ev.event)].old = true;
        ctx.salient_event = salient_before;
      }
      // ("arrived in Hiroshima to join the G7 summit, after a flight from Jeddah, where he had
      // addressed the Arab League summit on Friday": a gathering told in the past perfect is
      // before the story, not the one it goes on to speak of)
      if (salient_before >= 0 && ev.event != salient_before && ev.first > F + 2) {
        bool perfect = false;
        for (std::uint32_t k = ev.first; k > F + 1 && k + 6 > ev.first && !perfect; --k) {
          const TokenKey w = ctx.tokens[k - 1].key;
          if (w == ","sv || w == ";"sv) break;
          perfect = w == "had"sv && ctx.tokens[k].key.ends_with("ed");
        }
        if (perfect) ctx.salient_event = salient_before;
      }
      // ("That evening the king gave a state banquet": a banquet or a dinner of state is a gathering
      // of its own, but not the one the text goes on to speak of)
      if (salient_before >= 0 && (ctx.tokens[noun_end - 1].key == "banquet"sv || ctx.tokens[noun_end - 1].key == "dinner"sv)) {
        ctx.salient_event = salient_before;
      }
    } else if (ev.ev_definite && many && [&] {
                 const int same = last_event_of_kind(ctx, ev.ev_kind);
                 const int spoken_of = same >= 0 ? same : ctx.salient_event;
                 return spoken_of >= 0 && at_most_two_attend(ctx, spoken_of);
               }()) {
      ev.event = register_event(ctx, ev.ev_kind, "", "", "", ev.ev_date, false, false, many);
    } else if (ev.ev_definite && ev.ev_date.full() && far_ahead_of_article(ctx, ev.ev_date)) {
      // "with its first session on December 12" in an article of late November: a gathering to
      // come, not the one spoken of (which it would date)
      ev.event = register_event(ctx, ev.ev_kind, "", "", "", ev.ev_date, false, true, many);
    } else if (ev.ev_definite) {
      // ("to the CICA summit in Dushanbe on Saturday, where the host chaired the meeting": a meeting
      // a sentence speaks of after naming a gathering of many is that gathering)
      const auto named_before = std::find_if(added.rbegin(), added.rend(), [](const Mention& a) {
        return a.event >= 0 && (a.ev_kind == "summit"sv || a.ev_kind == "conference"sv);
      });
      if (ev.ev_kind == "meeting"sv && ctx.tokens[t].key == "meeting"sv && named_before != added.rend() &&
          !ctx.events[static_cast<std::size_t>(named_before->event)].to_come) {
        ev.event = named_before->event;
      } else if (session_of_gathering_just_told(ctx, ev)) {
        // "advisers met in Davos for the fourth round of talks on the peace formula. Cassis and
        // Yermak co-chaired the session": a session right after a gathering first told in the
        // sentence before is of that gathering, not of the forum spoken of before it
        ev.event = ctx.salient_event;
      } else if (const int same = last_event_of_kind(ctx, ev.ev_kind, ctx.tokens[noun_end - 1].key.view()); same >= 0) {
        ev.event = same;
      } else if (const int gathering = gathering_over_talks(ctx, ev.ev_kind, "", ev.ev_date); gathering >= 0) {
        ev.event = gathering;
      } else if (salient_fits(ctx, ev.ev_kind)) {
        // "the sessions" after "having addressed an Arab League summit in Jeddah" in a report on
        // the G7: the gathering spoken of more often than the last one named, when there is one
        ev.event = old_reception(ctx, ctx.salient_event, ev.ev_kind) ? -1 : ctx.salient_event;
        for (std::size_t i = 0; i < ctx.events.size(); ++i) {
          const auto& other = ctx.events[i];
          if (other.to_come || other.old || !kinds_compatible(other.kind, ev.ev_kind) ||
              old_reception(ctx, static_cast<int>(i), ev.ev_kind)) {
            continue;
          }
          if (ev.event < 0 || other.mentions > ctx.events[static_cast<std::size_t>(ev.event)].mentions) {
            ev.event = static_cast<int>(i);
          }
        }
      } else {
        // "the session" after "the opening ceremony": the latest gathering it can be part of
        // (not a ceremony known by another noun: "the state dinner" after a wreath-laying)
        const std::string_view head = ctx.tokens[noun_end - 1].key.view();
        for (std::size_t i = ctx.events.size(); i-- > 0 && ev.event < 0;) {
          if (kinds_compatible(ctx.events[i].kind, ev.ev_kind) && !ctx.events[i].to_come && !ctx.events[i].old &&
              !(ev.ev_kind == "ceremony"sv && other_ceremony(ctx.events[i], head))) {
            ev.event = static_cast<int>(i);
          }
        }
        // "landed in the morning, a full two days before the summit": the first gathering the text
        // speaks of, dated, is the one it is about (talks on its sidelines days before are not at it)
        if (ev.event < 0 && dated_by_anchor && (ev.ev_kind == "summit"sv || ev.ev_kind == "conference"sv)) {
          ev.event = register_event(ctx, ev.ev_kind, "", "", "", ev.ev_date, true);
        }
      }
      if (ev.event >= 0) ++ctx.events[static_cast<std::size_t>(ev.event)].mentions;
      // "Monday's meeting" about an event not yet dated: its date
      if (ev.event >= 0 && ev.ev_date.full()) {
        Date& d = ctx.events[static_cast<std::size_t>(ev.event)].date;
        if (!d.full() && compatible(ev.ev_date, d)) d = ev.ev_date;
      }
    }
    // ("THE MALL GAZETTE - LIVE: CORONATION DAY": the gathering a headline in capitals names at the
    // top of a live page is the one the page is about)
    if (ev.event < 0 && ctx.live && ctx.sentence_no < 3 && ctx.salient_event < 0 && ev.place_key.empty() &&
        ev.ev_group.empty() && (ev.ev_kind == "summit"sv || ev.ev_kind == "conference"sv || ev.ev_kind == "ceremony"sv) &&
        all_caps_line(ctx, si)) {
      ev.event = register_event(ctx, ev.ev_kind, "", "", "", ev.ev_date, true);
    }
    // ("the eve of the summit")
    if (ev.first >= F + 2 && ctx.tokens[ev.first - 1].key == "of"sv && ctx.tokens[ev.first - 2].key == "eve"sv &&
        (ev.ev_kind == "summit"sv || ev.ev_kind == "conference"sv)) {
      ctx.eve_of_gathering = true;
    }
    // ("a state funeral", "the coronation": a ceremony's node is named by its noun, not its kind)
    // ("a joint sitting": so is a sitting of a parliament, a conference's noun of several words)
    // (also over the bare head it was registered with: "banquet" is "state banquet")
    if (ev.event >= 0 && (ev.ev_kind == "ceremony"sv || (ev.ev_kind == "conference"sv && noun_end > t + 1))) {
      std::string noun(ctx.text_of(t, noun_end));
      for (char& c : noun) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (t > F && ctx.tokens[t - 1].key == "state"sv) noun.insert(0, "state ");
      std::string& known = ctx.events[static_cast<std::size_t>(ev.event)].noun;
      if (known.empty() || (noun.size() > known.size() && noun.ends_with(known))) known = std::move(noun);
    }
    for (std::uint32_t k = t; k < ev.last && k < L; ++k) covered[k - F] = 0;
    t = noun_end - 1;
    ++ctx.event_phrases_seen;
    added.push_back(std::move(ev));
  }
  for (auto& a : added) si.mentions.push_back(std::move(a));
  sort_by_first_token(si.mentions);
}

}  // namespace evkg
