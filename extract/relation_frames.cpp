#include "extract/relation_frames.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/fold.hpp"
#include "extract/clause.hpp"
#include "extract/doc_entities.hpp"
#include "extract/event_mentions.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// w occurs in k at the start of a word ("partnerships" does not contain the word "ship").
bool starts_word(const std::string& k, const char* w) {
  const std::string_view needle(w);
  for (std::size_t at = k.find(needle); at != std::string::npos; at = k.find(needle, at + 1)) {
    if (at == 0 || k[at - 1] == ' ' || k[at - 1] == '-' || needle[0] == '$' || static_cast<unsigned char>(needle[0]) >= 0x80) {
      return true;
    }
  }
  return false;
}

bool pledgeable(const std::string& object_key) {
  static const char* kWords[] = {"troop", "soldier", "forces", "force", "aid", "assistance", "support", "weapon",
                                 "arms", "missile", "munition", "ammunition", "tank", "jet", "aircraft", "drone",
                                 "air defen", "system", "guarantee", "security", "fund", "money", "dollar", "euro",
                                 "billion", "million", "package", "loan", "grant", "vaccine", "peacekeep", "equipment",
                                 "training", "reconstruction", "shell", "artillery", "boots", "personnel", "mission",
                                 "contingent", "warship", "ship", "fighter", "rocket", "$", "£", "€", "help", "police",
                                 "officers", "doctors", "experts", "observers", "monitors", "advisers", "instructors",
                                 "medical", "humanitarian", "vaccines", "demining",
                                 "backing", "investment", "relief", "food", "fuel", "energy", "gas"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* w) { return starts_word(object_key, w); });
}

// What is rejected in international affairs: proposals, plans, demands, troops, talks...
bool policy_object(const std::string& k) {
  static const char* kWords[] = {
      "proposal", "plan", "offer", "demand", "deal", "ceasefire", "cease-fire", "truce", "troop", "soldier",
      "force", "peace", "talks", "negotiat", "sanction", "resolution", "bid", "request", "call", "idea",
      "concept", "agreement", "accord", "presence", "deployment", "invitation", "ultimatum", "claim",
      "accusation", "allegation", "terms", "condition", "referendum", "treaty", "membership", "initiative",
      "draft", "package", "framework", "roadmap", "road map", "settlement", "compromise", "mediation",
      "intervention", "annexation", "occupation", "recognition", "independence", "quota", "tariff", "aid",
      "meeting", "summit", "visit", "election", "vote", "appeal", "ultimatum", "pressure", "recogni",
      "statement", "declaration", "communique", "target", "pact", "condemnation", "criticism",
      "interference", "mission", "base", "missile", "weapon", "nuclear", "inspection", "withdrawal",
      "exchange", "corridor", "guarantee", "security", "arms", "moratorium", "embargo", "blockade", "strike",
      "attack", "war", "invasion", "buffer", "zone", "border", "partition", "extradition", "asylum"};
  for (const char* w : kWords) {
    if (starts_word(k, w)) return true;
  }
  return false;
}

bool determiner(std::string_view k) {
  return k == "the"sv || k == "a"sv || k == "an"sv || k == "any"sv || k == "its"sv || k == "their"sv || k == "his"sv ||
         k == "her"sv || k == "some"sv || k == "all"sv || k == "this"sv || k == "that"sv || k == "these"sv || k == "those"sv;
}

bool pledge_context_word(std::string_view k) {
  static const std::unordered_set<std::string_view> kWords = {
      "willing", "ready", "prepared", "will", "would", "'ll", "pledge", "pledged", "pledges", "pledging", "promise",
      "promised", "promises", "promising", "commitment", "commitments", "committed", "announcements", "announcement",
      "announced", "vow", "vowed", "vows", "agreed", "agree", "agrees", "decided", "offered", "offer", "offers",
      "undertook", "intends", "pledge", "determined", "ready", "guaranteed"};
  return kWords.count(k) != 0;
}

class Frames {
 public:
  Frames(DocContext& ctx, SentenceInfo& si) : ctx_(ctx), si_(si), cv_(ctx, si) {}

  void run() {
    for (const auto& t : si_.triggers) {
      const TriggerInfo& info = ctx_.lex->triggers()[t.info];
      if (inside_name(t)) continue;
      handle(t, info);
    }
    finish_sentence();
  }

 private:
  TokenKey key(std::uint32_t i) const { return ctx_.tokens[i].key; }
  std::uint32_t F() const { return si_.span.first; }
  std::uint32_t L() const { return si_.span.last; }

  bool inside_name(const Trigger& t) const {
    const Mention* m = cv_.mention_at(t.first);
    return m != nullptr && (m->kind == MKind::kPerson || m->kind == MKind::kCountry || m->kind == MKind::kOrg) &&
           m->entity >= 0;
  }

  // The predicate at `at` is in the present tense: "meets", "attends", "is meeting", "are attending".
  bool present_predicate(std::uint32_t at) const {
    const TokenKey k = key(at);
    if (k.size() > 2 && k.ends_with("s") && !k.ends_with("ss") && !k.ends_with("us")) return true;
    std::uint32_t p = at;
    while (p > F() && key(p - 1).ends_with("ly")) --p;
    return p > F() && (key(p - 1) == "is"sv || key(p - 1) == "are"sv || key(p - 1) == "am"sv) && k.ends_with("ing");
  }

  Date date_for(std::uint32_t from, std::uint32_t end, std::uint32_t at) {
    // The clause's date: one after the predicate (before any next predicate) first, else the
    // nearest one before it in the clause ("On Thursday he held talks").
    from = std::min(from, cv_.clause_start(at));
    std::uint32_t next_trigger = end;
    for (const auto& t : si_.triggers) {
      // only a coordinated next predicate ("met X on Monday and held talks with Y on Wednesday")
      // any next predicate, except nouns and participles of supply verbs ("a reply delivered on
      // Wednesday") that do not start a clause of their own
      const std::string& fr = ctx_.lex->triggers()[t.info].frame;
      // nor a word of an event's name ("attends the G7 meeting on Friday")
      const Mention* in = cv_.mention_at(t.first);
      const bool predicate = fr != "meeting_noun"sv && fr != "supply"sv && (in == nullptr || in->kind != MKind::kEvent);
      if (predicate && t.first > at && t.first < next_trigger) next_trigger = t.first;
    }
    // not past a clause of another time ("chaired the summit, his first since he took over last
    // October")
    std::uint32_t forward_end = std::min(end, next_trigger);
    for (std::uint32_t i = at + 1; i < forward_end; ++i) {
      const TokenKey k = key(i);
      if (k == "since"sv || k == "when"sv || k == "while"sv || k == "until"sv) forward_end = i;
    }
    const DateMention* d = cv_.date_between(at, forward_end, at);
    if (d == nullptr) {
      std::uint32_t prev_trigger = from;
      for (const auto& t : si_.triggers) {
        const std::string& fr = ctx_.lex->triggers()[t.info].frame;
        if (fr == "meeting_noun"sv || fr == "supply"sv) continue;
        if (t.last <= at && t.last > prev_trigger && t.first < at) prev_trigger = t.last;
      }
      d = cv_.date_between(prev_trigger, at, at);
      // nor the time of a clause about the subject ("Trump, who flew in on Tuesday, attended ...")
      std::uint32_t comma = at;
      while (comma > F() && key(comma - 1).ends_with("ly")) --comma;
      if (d != nullptr && comma > F() && key(comma - 1) == ","sv) {
        const std::uint32_t open = cv_.qualifying_clause_start(comma - 1);
        if (open != ClauseView::kNoToken && d->first > open) d = cv_.date_between(prev_trigger, open, at);
      }
    }
    if (d == nullptr) {
      // "On Tuesday Xi held talks with A ... and also met B": a shared subject shares the date
      return shared_subject_ ? prev_date_ : Date{};
    }
    const Tense tense = tense_at(ctx_, si_, at);
    const Date r = resolve_date(*d, ctx_.doc_date, ctx_.focus, tense);
    // "meets Trump on Friday", "is attending on Thursday": in the present tense, a weekday is one to
    // come. With the article's date that shows in the resolved date; without it, only here.
    weekday_to_come_ = ctx_.doc_date.empty() && d->kind == DateKind::kWeekday && tense == Tense::kPresent &&
                       present_predicate(at);
    prev_date_ = r;
    if (!r.empty()) last_date_ = r;
    return r;
  }

  void add(const std::string& rel, int s, int target, int target_event, const std::string& object,
           const std::string& status, const Date& date, const std::string& place, int event, double conf,
           const std::string& topic = {}) {
    if (s < 0) return;
    if (target >= 0 && target == s) return;
    if (target < 0 && target_event < 0 && topic.empty()) return;
    PendingAssertion a;
    a.relation = rel;
    a.subject = s;
    a.target = target;
    a.target_event = target_event;
    a.topic = topic;
    a.object = object;
    a.status = status;
    a.date = date;
    a.place = place;
    a.event = event;
    a.confidence = conf;
    a.begin = si_.span.begin;
    a.end = si_.span.end;
    if (a.status == edge_status::kReported && weekday_to_come_ && rel != "pledged"sv && rel != "rejected"sv) {
      a.status = edge_status::kPlanned;
    }
    // a fact dated after the article is a plan ("when Britain chairs the G8 summit next year")
    if (a.status == edge_status::kReported && !date.empty() && !ctx_.doc_date.empty()) {
      const Date& d = ctx_.doc_date;
      const bool later = date.year > d.year || (date.year == d.year && date.month != 0 && d.month != 0 &&
                                                (date.month > d.month || (date.month == d.month && date.day != 0 &&
                                                                          d.day != 0 && date.day > d.day)));
      if (later) a.status = edge_status::kPlanned;
    }
    if (target_event >= 0) ctx_.events[static_cast<std::size_t>(target_event)].used = true;
    if (event >= 0) ctx_.events[static_cast<std::size_t>(event)].used = true;
    ctx_.pending.push_back(std::move(a));
  }

  // An event for a meeting stated with a place ("held talks with X in Alaska").
  int meeting_event(const std::string& kind, std::uint32_t from, std::uint32_t end, const Date& date,
                    std::string* place_out) {
    if (Mention* ev = cv_.event_after(from, 6)) {
      const int e = event_of_mention(ctx_, *ev);
      if (e >= 0) {
        *place_out = ctx_.events[static_cast<std::size_t>(e)].place;
        if (date.full() && ctx_.events[static_cast<std::size_t>(e)].date.empty()) ctx_.events[static_cast<std::size_t>(e)].date = date;
        return e;
      }
    }
    const Mention* pl = cv_.place_between(from, end);
    if (pl == nullptr) return -1;
    const std::string place = pl->place.empty() ? ctx_.entities[static_cast<std::size_t>(pl->entity)].label : pl->place;
    const std::string pkey = pl->place_key.empty() ? name_key(place) : pl->place_key;
    *place_out = place;
    return register_event(ctx_, kind, place, pkey, "", date);
  }

  std::string text(std::uint32_t a, std::uint32_t b) const { return std::string(ctx_.text_of(a, b)); }

  // Noun phrase text after `from` until a preposition introducing the beneficiary or a boundary.
  std::uint32_t np_end(std::uint32_t from, std::uint32_t limit) const {
    std::uint32_t i = from;
    while (i < limit) {
      const TokenKey k = key(i);
      if (k == ","sv && i > from && i + 1 < limit && ctx_.tokens[i - 1].is(kDigit) && ctx_.tokens[i + 1].is(kDigit)) {
        ++i;  // "1,000 police officers"
        continue;
      }
      if (k == "("sv) {  // "a 2.26 billion-pound ($2.8 billion) loan": an amount in brackets
        std::uint32_t close = i + 1;
        while (close < limit && close < i + 7 && key(close) != ")"sv) ++close;
        if (close < limit && key(close) == ")"sv) {
          i = close + 1;
          continue;
        }
      }
      if (k == ","sv || k == "to"sv || k == "for"sv || k == "if"sv || k == "as"sv || k == "because"sv || k == "once"sv ||
          k == "in"sv || k == "on"sv || k == "at"sv || k == "during"sv || k == "following"sv || k == "that"sv ||
          k == "which"sv || k == "who"sv || k == "under"sv || k == "within"sv || k == "by"sv ||
          k == "when"sv || k == "after"sv || k == "before"sv || k == "while"sv || k == "but"sv || k == "and"sv ||
          k == "so"sv || k == "until"sv || k == "unless"sv || k == "amid"sv || k == "despite"sv || cv_.boundary(i)) {
        break;
      }
      ++i;
    }
    return i;
  }

  std::string trimmed_np(std::uint32_t a, std::uint32_t b) const {
    while (a < b && (determiner(key(a)) || ctx_.tokens[a].is(kQuote))) ++a;
    while (b > a && (ctx_.tokens[b - 1].is(kPunct))) --b;
    return a < b ? text(a, b) : std::string();
  }

  // The subject, with a fallback for group nouns ("26 leaders have pledged") in a document about an
  // event of a named group: that group.
  Group subject_or_group(std::uint32_t at) {
    Group g = cv_.subject(at);
    if (!g.empty()) return g;
    const std::uint32_t start = cv_.clause_start(at);
    for (std::uint32_t i = at; i > start; --i) {
      const Mention* m = cv_.mention_at(i - 1);
      if (m == nullptr) continue;
      if (m->kind == MKind::kGeneric && ctx_.salient_event >= 0) {
        const std::string& group = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].group;
        if (group.empty()) break;
        const auto* entries = ctx_.lex->lookup(name_key(group));
        if (entries == nullptr) break;
        for (const auto& e : *entries) {
          if (e.kind == LexKind::kOrg) {
            g.entities.push_back(entity_for_org(ctx_, e.index));
            g.first = m->first;
            g.last = m->last;
            g.generic = true;
            return g;
          }
        }
        break;
      }
      if (m->kind != MKind::kEvent) break;
    }
    return g;
  }

  // Subject of a predicate; in "X met Y and held talks with Z" the second predicate shares X.
  Group subject_of(const Trigger& t) {
    std::uint32_t p = t.first;
    while (p > F() && (key(p - 1) == "also"sv || key(p - 1) == "then"sv || key(p - 1) == "later"sv ||
                       key(p - 1) == "subsequently"sv || key(p - 1) == "afterwards"sv)) {
      --p;
    }
    const bool coordinated = p > F() && (key(p - 1) == "and"sv || key(p - 1) == "but"sv || key(p - 1) == ","sv);
    shared_subject_ = false;
    if (coordinated && !prev_subject_.empty() && prev_trigger_last_ <= p) {
      // unless the conjunction introduces a new subject right before the predicate
      const Mention* m = cv_.mention_at(p - 1);
      if (m == nullptr || !cv_.is_actor(*m)) {
        shared_subject_ = true;
        return prev_subject_;
      }
    }
    return cv_.subject(t.first);
  }

  // A verb trigger used as a noun ("its veto", "the supply of") is no predicate.
  bool noun_use(const Trigger& t) const {
    if (t.first == F()) return false;
    const TokenKey p = key(t.first - 1);
    return p == "the"sv || p == "a"sv || p == "an"sv || p == "its"sv || p == "their"sv || p == "his"sv || p == "her"sv ||
           p == "our"sv || p == "'s"sv || p == "this"sv || p == "that"sv;
  }

  // A verb trigger is a predicate only if what stands right before it can stand before a verb:
  // "US television host Dick Clark" is no hosting, "Trump on Wednesday accused" is an accusation.
  bool verb_position(const Trigger& t) const {
    // an infinitive ("stands ready to deploy"), also when "to" ends a cue
    if (t.first > F() && key(t.first - 1) == "to"sv) return true;
    std::uint32_t i = t.first;
    while (i > F()) {
      const std::uint32_t p = i - 1;
      const Token& tk = ctx_.tokens[p];
      if (!tk.is(kWord) || tk.is(kCapital) || tk.is(kDigit)) return true;  // punctuation, names, numbers
      if (cv_.mention_at(p) != nullptr) return true;
      if (si_.cue_at[p - F()] >= 0) {
        i = p;
        continue;
      }
      bool in_date = false;
      for (const auto& d : si_.dates) in_date = in_date || (p >= d.first && p < d.last);
      if (in_date) {
        i = p;
        continue;
      }
      static const std::unordered_set<std::string_view> kBefore = {
          "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
          "did", "also", "then", "later", "now", "still", "just", "already", "again", "once", "first", "finally",
          "jointly", "together", "both", "all", "to", "and", "or", "but", "who", "which", "that", "on", "in",
          "at", "last", "this", "reportedly", "recently", "formally", "officially", "publicly", "privately",
          "personally", "separately", "briefly", "repeatedly", "subsequently", "previously", "eventually",
          "initially", "instead", "even", "only", "ever", "after", "before", "while", "when", "since", "without",
          "by", "not", "never", "emphatically", "firmly", "flatly", "quickly", "swiftly", "immediately", "he",
          "she", "they", "we", "it", "i", "you", "willing", "ready", "prepared", "able", "expected", "set",
          "due", "likely", "agreed", "decided", "promised", "pledged", "vowed", "offered", "refused", "declined",
          "sat", "so", "would", "will", "could", "should", "might", "may", "must", "can", "one", "two", "three",
          "leaders", "officials", "ministers", "diplomats", "men", "women", "sides", "countries", "nations",
          "where", "whom", "whose", "as", "if", "for", "with", "from", "of", "about", "upon", "during", "until",
          "because", "though", "although", "whether", "not", "no", "yet", "shortly", "soon", "earlier"};
      if (kBefore.count(tk.key) != 0 || tk.key.ends_with("ly")) return true;
      return false;
    }
    return true;
  }

  void handle(const Trigger& t, const TriggerInfo& info) {
    const std::string& f = info.frame;
    // a capitalised trigger inside a sentence is part of a name or a title ("Meet the Fockers")
    if (t.first > F() && ctx_.tokens[t.first].is(kCapital) && !ctx_.tokens[t.first - 1].is(kQuote) &&
        key(t.first - 1) != ":"sv && key(t.first - 1) != "("sv) {
      return;
    }
    if (f != "meeting_noun"sv && f != "led_by"sv && f != "call"sv && f != "thank_to"sv && f != "present"sv && noun_use(t)) return;
    if (!info.noun && f != "meeting_noun"sv && f != "led_by"sv && f != "call"sv && f != "thank_to"sv && f != "present"sv &&
        f != "alongside"sv && f != "speak_with"sv && !verb_position(t)) {
      return;
    }
    cur_ = &t;
    weekday_to_come_ = false;
    if ((f == "meet"sv || f == "receive"sv || f == "attend"sv || f == "join"sv) && passive(t)) return;
    if (f == "meet"sv || f == "alongside"sv) return meet(t, info);
    if (f == "host"sv) return host(t);
    if (f == "receive"sv) return receive(t);
    if (f == "gather"sv) return gather(t);
    if (f == "meeting_noun"sv) return meeting_noun(t);
    if (f == "attend"sv) return attend(t);
    if (f == "present"sv) return present(t);
    if (f == "join"sv) return join(t);
    if (f == "bring_together"sv) return bring_together(t);
    if (f == "chair"sv) return chair(t);
    if (f == "led_by"sv) return led_by(t);
    if (f == "pledge"sv) return pledge(t);
    if (f == "supply"sv) return supply(t);
    if (f == "reject"sv) return reject(t);
    if (f == "call"sv) return call(t, false);
    if (f == "speak_with"sv) return speak_with(t);
    if (f == "call_verb"sv) return call(t, true);
    if (f == "accuse"sv) return direct(t, info.relation, 2);
    if (f == "thank_to"sv || f == "call_on"sv || f == "appeal"sv) return direct(t, info.relation, 3);
    if (f == "member"sv) return member(t);
  }

  // "meeting" is a verb after an actor, an auxiliary or "after"; else a noun.
  bool verb_use(const Trigger& t) const {
    if (key(t.first) != "meeting"sv && key(t.first) != "meetings"sv) return true;
    if (key(t.first) == "meetings"sv) return false;
    if (t.first == F()) return false;
    const TokenKey p = key(t.first - 1);
    if (p == "is"sv || p == "are"sv || p == "was"sv || p == "were"sv || p == "been"sv || p == "be"sv || p == "after"sv ||
        p == "before"sv || p == "while"sv || p == "by"sv || p == "since"sv || p == "without"sv || p == "of"sv ||
        p == "following"sv || p == "upon"sv || p == "when"sv) {
      return true;
    }
    const Mention* m = cv_.mention_at(t.first - 1);
    return m != nullptr && cv_.is_actor(*m) && !m->possessive;
  }

  void remember(const Group& s, const Trigger& t) {
    prev_subject_ = s;
    prev_trigger_last_ = t.last;
  }

  // "talks with A, whose government ..., and with B": B is a partner too. Past a clause about A
  // between commas, an "and with" adds the group after it.
  Group with_second_partner(Group o) const {
    if (o.empty()) return o;
    std::uint32_t i = o.last;
    if (i + 1 < L() && key(i) == ","sv &&
        (key(i + 1) == "who"sv || key(i + 1) == "whose"sv || key(i + 1) == "which"sv)) {
      std::uint32_t close = i + 1;
      while (close < L() && close < i + 30 && key(close) != ","sv && key(close) != ";"sv && key(close) != "."sv) ++close;
      if (close >= L() || key(close) != ","sv) return o;
      i = close;
    }
    if (i < L() && key(i) == ","sv) ++i;
    if (i + 1 >= L() || key(i) != "and"sv || key(i + 1) != "with"sv) return o;
    const Group more = cv_.object(i + 2, 1);
    for (const int x : more.entities) {
      if (std::find(o.entities.begin(), o.entities.end(), x) == o.entities.end()) o.entities.push_back(x);
    }
    if (!more.empty()) o.last = more.last;
    return o;
  }

  // A meeting of group a with group b: every pair met, and everyone attended the event when there is
  // one.
  void meeting_between(const Group& a, const Group& b, const std::string& status, const Date& date,
                       const std::string& place, int ev) {
    for (const int x : a.entities) {
      for (const int y : b.entities) add("met", x, y, -1, "", status, date, place, ev, 0.8);
    }
    if (ev < 0) return;
    for (const int x : a.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
    for (const int y : b.entities) add("attended", y, -1, ev, "", status, date, "", -1, 0.7);
  }

  // "European leaders, including A, B and C", "32 leaders including A": the members named after a
  // group, within the clause. A group phrase is replaced by them; named members are added to.
  Group with_included(Group g) const {
    const std::uint32_t end = std::min<std::uint32_t>(cv_.clause_end(g.last), g.last + 12);
    for (std::uint32_t i = g.last; i < end; ++i) {
      if (key(i) != "including"sv) continue;
      const Mention* m = cv_.mention_at(i + 1);
      if (m == nullptr || !cv_.is_actor(*m) || m->generic) return g;
      const Group inc = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
      if (g.generic) {
        Group out = inc;
        out.first = g.first;
        return out;
      }
      for (const int x : inc.entities) {
        if (std::find(g.entities.begin(), g.entities.end(), x) == g.entities.end()) g.entities.push_back(x);
      }
      g.last = inc.last;
      return g;
    }
    return g;
  }

  // "Zelensky was received by the Pope", "was met by Rubio", "the summit was attended by 30 leaders
  // including Trump": the agent after "by" does what the verb says. Returns false when the trigger
  // is no passive with a named agent.
  bool passive(const Trigger& t) {
    std::uint32_t p = t.first;
    while (p > F() && (key(p - 1).ends_with("ly") || key(p - 1) == "also"sv)) --p;
    if (p == F() || t.last >= L() || key(t.last) != "by"sv) return false;
    const TokenKey aux = key(p - 1);
    if (aux != "was"sv && aux != "were"sv && aux != "is"sv && aux != "are"sv && aux != "been"sv && aux != "being"sv &&
        aux != "be"sv) {
      return false;
    }
    const TokenKey v = key(t.first);
    if (!v.ends_with("ed") && v != "met"sv) return false;
    Group agent = cv_.object(t.last + 1, 2);
    if (agent.empty()) {
      // "by 32 leaders including A": a group phrase, then its named members
      for (std::uint32_t i = t.last + 1; i < L() && i < t.last + 4; ++i) {
        const Mention* m = cv_.mention_at(i);
        if (m == nullptr || m->kind != MKind::kGeneric) continue;
        agent.generic = true;
        agent.first = m->first;
        agent.last = m->last;
        break;
      }
      if (!agent.generic) return false;
    }
    agent = with_included(agent);
    if (agent.empty()) return false;
    if (agent.generic) return false;
    const std::uint32_t end = cv_.clause_end(agent.last);
    const std::string& frame = ctx_.lex->triggers()[t.info].frame;
    if (frame == "attend"sv || frame == "join"sv) {
      // the event is the clause's subject ("The summit ... was attended by"), else the one spoken of
      // ("Trump and Putin were joined by Rubio and Lavrov")
      int ev = -1;
      const std::uint32_t lo = t.first > F() + 12 ? t.first - 12 : F();
      for (std::uint32_t i = t.first; i > lo && ev < 0; --i) {
        Mention* m = cv_.mention_starting(i - 1);
        if (m != nullptr && m->kind == MKind::kEvent) ev = event_in_clause(*m);
        if (cv_.boundary(i - 1)) break;
      }
      // "was attended by" says of the event being spoken of; "were joined by" only of a named one
      if (ev < 0 && frame == "attend"sv) ev = ctx_.salient_event;
      if (ev < 0) return true;
      const std::string status = cv_.status(0, t.first, false);  // the whole clause: "will be attended"
      const Date date = date_for(t.first, end, t.first);
      for (const int a : agent.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
      return true;
    }
    // met / received: the one who undergoes it is the grammatical subject
    Group s = subject_of(t);
    if (s.empty() || s.generic) return true;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    std::string place;
    const int ev = meeting_event("meeting", agent.last, end, date, &place);
    meeting_between(agent, s, status, date, place, ev);
    remember(s, t);
    return true;
  }

  void meet(const Trigger& t, const TriggerInfo& info) {
    if (!verb_use(t)) return;
    Group s = subject_of(t);
    if (s.empty()) return;
    std::uint32_t from = t.last;
    if (from < L() && (key(from) == "with"sv || key(from) == "up"sv)) ++from;
    Group o = cv_.object(from, info.frame == "alongside"sv ? 3 : 6);
    if (from > t.last) o = with_second_partner(o);  // "met with A ... and with B"
    const std::uint32_t end = cv_.clause_end(t.last);
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    std::string place;
    const std::string kind = key(t.first) == "hold"sv || key(t.first) == "held"sv || key(t.first) == "holds"sv ||
                                     key(t.first) == "holding"sv || key(t.first) == "had"sv || key(t.first) == "have"sv
                                 ? (ctx_.tokens[t.last - 1].key == "talks"sv ? "talks" : "meeting")
                                 : "meeting";
    const int ev = meeting_event(kind, o.empty() ? t.last : o.last, end, date, &place);
    const double conf = info.frame == "alongside"sv ? 0.7 : 0.85;
    if (o.empty()) {
      if (s.entities.size() >= 2 && info.frame != "alongside"sv) {
        for (std::size_t a = 0; a < s.entities.size(); ++a) {
          for (std::size_t b = a + 1; b < s.entities.size(); ++b) {
            add("met", s.entities[a], s.entities[b], -1, "", status, date, place, ev, conf);
          }
        }
      }
    } else {
      for (const int a : s.entities) {
        for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, conf);
      }
    }
    // attendance needs a meeting: someone met, or a group met ("EU ministers are meeting in Brussels")
    const bool someone_met = !o.empty() || (s.entities.size() >= 2 && info.frame != "alongside"sv) || s.generic;
    if (ev >= 0 && someone_met) {
      for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
      for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.75);
    }
    last_subject_ = s;
    remember(s, t);
  }

  void host(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty()) return;
    const std::uint32_t end = cv_.clause_end(t.last);
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    Group o = cv_.object(t.last, 3);
    const std::uint32_t object_last = o.last;  // the place follows the object, not the list of members
    if (!o.empty()) o = with_included(o);
    if (!o.empty()) {
      std::string place;
      const int ev = meeting_event("meeting", object_last, end, date, &place);
      for (const int a : s.entities) {
        for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, 0.8);
        if (ev >= 0) add("chaired", a, -1, ev, "", status, date, "", -1, 0.7);
      }
      if (ev >= 0) {
        for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
        for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
      }
    } else if (Mention* evm = cv_.event_after(t.last, 4)) {
      const int ev = event_in_clause(*evm);
      if (ev < 0) return;
      for (const int a : s.entities) {
        add("chaired", a, -1, ev, "", status, date, "", -1, 0.8);
        add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
      }
    }
    last_subject_ = s;
    remember(s, t);
  }

  void receive(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty() || t.last >= L()) return;
    const Mention* m = cv_.mention_at(t.last);
    if (m == nullptr || !cv_.is_actor(*m) || m->generic || cv_.adjectival(*m) || m->kind == MKind::kPronoun) return;
    Group o = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
    const std::uint32_t end = cv_.clause_end(t.last);
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    std::string place;
    const int ev = meeting_event("meeting", o.last, end, date, &place);
    for (const int a : s.entities) {
      for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, 0.7);
    }
  }

  void gather(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty()) return;
    Group o = cv_.object(t.last, 3);
    if (o.empty()) return;
    const std::uint32_t end = cv_.clause_end(o.last);
    Mention* evm = cv_.event_after(o.last, 4);
    const Mention* pl = cv_.place_between(o.last, end);
    if (evm == nullptr && pl == nullptr) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    std::string place;
    int ev = -1;
    if (evm != nullptr && evm->place_key.empty() && pl != nullptr) {
      evm->place = pl->place;
      evm->place_key = pl->place_key;
    }
    if (evm != nullptr) {
      if (date.full() && !evm->ev_date.full()) evm->ev_date = date;
      ev = event_of_mention(ctx_, *evm);
    } else {
      ev = meeting_event("meeting", o.last, end, date, &place);
    }
    if (ev >= 0) place = ctx_.events[static_cast<std::size_t>(ev)].place;
    for (const int a : s.entities) {
      for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, 0.8);
      if (ev >= 0) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
    }
    if (ev >= 0) {
      for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.75);
    }
    // the guests gathered for talks met each other as well
    for (std::size_t a = 0; a < o.entities.size(); ++a) {
      for (std::size_t b = a + 1; b < o.entities.size(); ++b) {
        add("met", o.entities[a], o.entities[b], -1, "", status, date, place, ev, 0.7);
      }
    }
    last_subject_ = s;
    remember(s, t);
  }

  // "X travelled to Kyiv for talks with Y", "flew to Washington on Monday for a meeting with Y": a
  // journey whose purpose was the meeting, told in the past tense; the place is the destination.
  // Without "with" ("flew to Brussels for an EU summit", "was in Tirana for a summit of the EPC"):
  // the traveller attended the event.
  bool travel_for_talks(const Trigger& t, const std::string& kind, std::uint32_t end) {
    const bool with = t.last < L() && key(t.last) == "with"sv;
    Mention* em = cv_.mention_starting(t.first);
    if (em == nullptr || em->kind != MKind::kEvent) {
      const Mention* in = cv_.mention_at(t.first);
      em = in != nullptr && in->kind == MKind::kEvent ? &si_.mentions[static_cast<std::size_t>(in - si_.mentions.data())] : nullptr;
    }
    std::uint32_t v = em != nullptr ? em->first : t.first;
    while (v > F() && determiner(key(v - 1))) --v;
    if (v == F() || key(v - 1) != "for"sv) return false;
    static const std::unordered_set<std::string_view> kTravelled = {
        "travelled", "traveled", "flew", "went", "came", "arrived", "headed", "returned", "journeyed", "drove"};
    auto journey = [&](std::uint32_t at) {
      if (kTravelled.count(key(at)) != 0) return true;
      // "was in Tirana for a summit", "were in Brussels for talks with"
      return (key(at) == "was"sv || key(at) == "were"sv) && at + 1 < v && (key(at + 1) == "in"sv || key(at + 1) == "at"sv);
    };
    std::uint32_t u = v - 1;
    for (int steps = 0; u > F() && steps < 10 && !journey(u - 1); ++steps) {
      if (cv_.boundary(u - 1) || key(u - 1) == ","sv) return false;
      --u;
    }
    if (u == F() || !journey(u - 1)) return false;
    const std::uint32_t verb_at = u - 1;
    Trigger verb{verb_at, verb_at + 1, t.info};
    Group s = subject_of(verb);
    Group o = with ? cv_.object(t.last + 1, 3) : Group{};
    if (s.empty() || (with && o.empty())) return false;
    const std::string status = cv_.status(s.last, verb_at, false);
    const Date date = date_for(std::min(s.first, verb_at), end, verb_at);
    // the destination: "to Kyiv", "to the White House", "in Paris"
    std::string place, pkey;
    for (std::uint32_t i = verb_at + 1; i < v && place.empty(); ++i) {
      const Mention* m = cv_.mention_at(i);
      if (m == nullptr || m->first != i) continue;
      const TokenKey before = key(i - 1) == "the"sv ? key(i - 2) : key(i - 1);
      if (before != "to"sv && before != "in"sv) continue;
      if (m->kind == MKind::kPlace || m->kind == MKind::kCountry) {
        place = !m->place.empty() ? m->place : m->entity >= 0 ? ctx_.entities[static_cast<std::size_t>(m->entity)].label : "";
        pkey = !m->place_key.empty() ? m->place_key : name_key(place);
      }
    }
    int ev = -1;
    if (status == edge_status::kReported) {
      if (!with && em != nullptr) ev = event_in_clause(*em);
      if (ev >= 0 && !pkey.empty() && !ctx_.events[static_cast<std::size_t>(ev)].place_key.empty() &&
          ctx_.events[static_cast<std::size_t>(ev)].place_key != pkey) {
        // an event elsewhere than the destination is another one ("was in Tirana for a summit" in
        // an article about talks in Istanbul)
        ev = register_event(ctx_, kind, place, pkey, em != nullptr ? em->ev_group : std::string(), date);
      }
      if (ev >= 0) {
        // the event named takes the destination and the date of the journey when it has none
        auto& e = ctx_.events[static_cast<std::size_t>(ev)];
        if (e.place_key.empty() && !place.empty()) {
          e.place = place;
          e.place_key = pkey;
        }
        if (e.date.empty() && date.full()) e.date = date;
      }
      if (ev < 0 && !place.empty()) ev = register_event(ctx_, kind, place, pkey, "", date);
    }
    if (with) {
      meeting_between(s, o, status, date, place, ev);
    } else if (ev >= 0) {
      for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
    }
    remember(s, verb);
    return true;
  }

  void meeting_noun(const Trigger& t) {
    if (verb_use(t) && key(t.first) == "meeting"sv) return;  // handled as the verb
    const std::uint32_t end = cv_.clause_end(t.last);
    std::uint32_t after = t.last;
    const std::string status = cv_.noun_status(t.first);
    const std::string kind = key(t.first).starts_with("summit") ? "summit" : key(t.first) == "talks"sv ? "talks" : "meeting";
    // "a meeting between X and Y"
    if (after < L() && key(after) == "between"sv) {
      Group g = cv_.object(after + 1, 2);
      if (g.entities.size() < 2) return;
      std::string st = status;
      // the phrase's own predicate, past a clause about it: "A meeting between X and Y, which Trump
      // said he was arranging, has not taken place"
      std::uint32_t cue_end = end;
      if (g.last + 1 < L() && key(g.last) == ","sv && (key(g.last + 1) == "which"sv || key(g.last + 1) == "who"sv)) {
        std::uint32_t close = g.last + 2;
        while (close < L() && close < g.last + 25 && key(close) != ","sv && key(close) != ";"sv && key(close) != "."sv) {
          ++close;
        }
        if (close < L() && key(close) == ","sv) cue_end = cv_.clause_end(close + 1);
      }
      for (std::uint32_t i = g.last; i < cue_end && st == edge_status::kReported; ++i) {
        if (cv_.cue_is(i, "planned")) st = edge_status::kPlanned;
        if (cv_.cue_is(i, "hypothetical") || cv_.cue_is(i, "proposal")) st = edge_status::kHypothetical;
        if (cv_.cue_is(i, "negation")) st = edge_status::kDenied;
      }
      const std::string& status_b = st;
      const Date date = date_for(t.first, end, t.first);
      std::string place;
      const int ev = status_b == edge_status::kReported ? meeting_event(kind, g.last, end, date, &place) : -1;
      for (std::size_t a = 0; a < g.entities.size(); ++a) {
        for (std::size_t b = a + 1; b < g.entities.size(); ++b) {
          add("met", g.entities[a], g.entities[b], -1, "", status_b, date, place, ev, 0.7);
        }
      }
      return;
    }
    if (travel_for_talks(t, kind, end)) return;
    // "X and Y held a one-on-one meeting", "X held his first summit with Y": hold/have + noun
    {
      std::uint32_t v = t.first;
      int skipped = 0;
      while (v > F() && skipped < 4 &&
             (!cv_.mention_at(v - 1) || cv_.mention_at(v - 1)->kind == MKind::kPronoun ||
              cv_.mention_at(v - 1)->kind == MKind::kEvent) &&
             (determiner(key(v - 1)) || key(v - 1) == "first"sv || key(v - 1) == "brief"sv || key(v - 1) == "one-on-one"sv ||
              key(v - 1) == "bilateral"sv || key(v - 1) == "private"sv || key(v - 1) == "long"sv || key(v - 1) == "second"sv ||
              key(v - 1) == "face-to-face"sv || key(v - 1) == "closed-door"sv || key(v - 1) == "rare"sv ||
              key(v - 1) == "direct"sv || key(v - 1) == "historic"sv || key(v - 1) == "lengthy"sv || key(v - 1) == "our"sv ||
              key(v - 1) == "his"sv || key(v - 1) == "her"sv || key(v - 1) == "their"sv ||
              key(v - 1) == "landmark"sv || key(v - 1) == "formal"sv || key(v - 1) == "informal"sv || key(v - 1) == "short"sv ||
              key(v - 1) == "separate"sv || key(v - 1) == "further"sv || key(v - 1) == "fresh"sv || key(v - 1) == "trilateral"sv ||
              key(v - 1) == "extensive"sv || key(v - 1) == "high-level"sv || key(v - 1) == "emergency"sv)) {
        --v;
        ++skipped;
      }
      const TokenKey vk = v > F() ? key(v - 1) : TokenKey();
      if (vk == "held"sv || vk == "hold"sv || vk == "holds"sv || vk == "holding"sv || vk == "had"sv || vk == "has"sv ||
          vk == "have"sv || vk == "having"sv) {
        Trigger verb{v - 1, t.last, t.info};
        Group s = subject_of(verb);
        if (s.empty()) return;
        std::uint32_t from = t.last;
        if (from < L() && key(from) == "with"sv) ++from;
        Group o = (t.last < L() && key(t.last) == "with"sv) ? with_second_partner(cv_.object(from, 3)) : Group{};
        const std::uint32_t cend = cv_.clause_end(t.last);
        const std::string st = cv_.status(s.last, v - 1, false);
        const Date date = date_for(std::min(s.first, v - 1), cend, v - 1);
        std::string place;
        const int ev = meeting_event(kind, o.empty() ? t.last : o.last, cend, date, &place);
        if (o.empty()) {
          for (std::size_t a = 0; a < s.entities.size(); ++a) {
            for (std::size_t b = a + 1; b < s.entities.size(); ++b) {
              add("met", s.entities[a], s.entities[b], -1, "", st, date, place, ev, 0.8);
            }
          }
        }
        meeting_between(s, o, st, date, place, ev);
        remember(s, verb);
        return;
      }
    }
    // "X's meetings with Y in P on D and with Z on D2"
    std::uint32_t p = t.first;
    while (p > F() && !cv_.mention_at(p - 1) && p + 3 > t.first &&
           (ctx_.tokens[p - 1].is(kWord) && !ctx_.tokens[p - 1].is(kCapital) && key(p - 1) != "'s"sv)) {
      --p;
    }
    if (p > F() && key(p - 1) == "'s"sv) --p;
    const Mention* owner = p > F() ? cv_.mention_at(p - 1) : nullptr;
    if (owner == nullptr || !owner->possessive || owner->entity < 0) return;
    // "his meeting with Putin" at the start of a sentence: whose meeting it was is a guess from the
    // sentences before, too weak to state a meeting on
    if (owner->kind == MKind::kPronoun && !owner->antecedent_here) return;
    if (after >= L() || key(after) != "with"sv) return;
    std::uint32_t from = after + 1;
    while (from < end) {
      Group o = cv_.object(from, 2);
      if (o.empty()) break;
      // the date and place of this part run to the next "with"
      std::uint32_t part_end = o.last;
      while (part_end < end && !(key(part_end) == "with"sv && part_end > o.last)) ++part_end;
      const Date date = date_for(o.last, part_end, o.last);
      std::string place;
      const int ev = status == edge_status::kReported ? meeting_event(kind, o.last, part_end, date, &place) : -1;
      for (const int b : o.entities) add("met", owner->entity, b, -1, "", status, date, place, ev, 0.75);
      if (ev >= 0) {
        add("attended", owner->entity, -1, ev, "", status, date, "", -1, 0.7);
        for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
      }
      if (part_end >= end) break;
      from = part_end + 1;
    }
  }

  // The event of an event mention, taking its place from the rest of the clause when the phrase
  // itself has none ("hosted the summit between X and Y in Geneva").
  int event_in_clause(Mention& evm) {
    if (evm.place_key.empty() && evm.event < 0) {
      const Mention* pl = cv_.place_between(evm.last, cv_.clause_end(evm.last));
      // else the place the sentence opens with ("In Paris on Thursday, Macron, who co-chaired the
      // coalition meeting, said ...")
      if (pl == nullptr && evm.first > F() + 2) pl = cv_.place_between(F(), std::min<std::uint32_t>(F() + 3, evm.first));
      if (pl != nullptr) {
        evm.place = pl->place.empty() ? ctx_.entities[static_cast<std::size_t>(pl->entity)].label : pl->place;
        evm.place_key = pl->place_key.empty() ? name_key(evm.place) : pl->place_key;
      }
    }
    return event_of_mention(ctx_, evm);
  }

  // "Taking part (in the summit) were A, B and C", "Attending were A and B": the participants come
  // after the verb "were"; the event is the one named before it, else the one spoken of.
  bool inverted_attendance(const Trigger& t) {
    if (!key(t.first).ends_with("ing")) return false;
    std::uint32_t w = cv_.clause_start(t.first);
    while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
    if (w != t.first && !(w + 1 == t.first && key(w) == "also"sv)) return false;
    std::uint32_t be = t.last;
    while (be < L() && be < t.last + 6 && key(be) != "were"sv && key(be) != "was"sv && !cv_.boundary(be)) ++be;
    if (be >= L() || (key(be) != "were"sv && key(be) != "was"sv)) return false;
    Group who = cv_.object(be + 1, 1);
    if (who.empty() || who.generic) return false;
    int ev = -1;
    if (Mention* evm = cv_.event_after(t.last, be - t.last)) ev = event_in_clause(*evm);
    if (ev < 0) ev = ctx_.salient_event;
    if (ev < 0) return true;
    const std::string status = cv_.status(0, t.first, false);
    const Date date = date_for(t.first, cv_.clause_end(who.last), t.first);
    for (const int a : who.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
    return true;
  }

  // "X attended, as did A, B and C": the group after "as did" attends the same event.
  void as_did(const Trigger& t, int ev, const std::string& status, const Date& date) {
    std::uint32_t i = t.last;
    const std::uint32_t lo = std::min<std::uint32_t>(L(), t.last + 12);
    while (i + 2 < lo && !(key(i) == ","sv && key(i + 1) == "as"sv && key(i + 2) == "did"sv)) ++i;
    if (i + 2 >= lo) return;
    Group g = cv_.object(i + 3, 1);
    for (const int a : g.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  }

  void attend(const Trigger& t) {
    if (inverted_attendance(t)) return;
    Group s = subject_of(t);
    if (s.empty()) return;
    Mention* evm = cv_.event_after(t.last, 4);
    int ev = -1;
    if (evm != nullptr) {
      ev = event_in_clause(*evm);
    } else if (const Mention* om = cv_.mention_at(t.last < L() && key(t.last) == "the"sv ? t.last + 1 : t.last);
               om != nullptr && om->kind == MKind::kOrg && om->entity >= 0 && !om->generic) {
      // "attended the U.N. General Assembly in New York": the body's session
      std::string place, pkey;
      if (const Mention* pl = cv_.place_between(om->last, cv_.clause_end(om->last))) {
        place = pl->place;
        pkey = pl->place_key;
      }
      ev = register_event(ctx_, "meeting", place, pkey, ctx_.entities[static_cast<std::size_t>(om->entity)].label,
                          date_for(t.first, cv_.clause_end(t.last), t.first));
    } else if (ctx_.salient_event >= 0 && (t.last >= L() || !ctx_.tokens[t.last].is(kWord) || key(t.last) == "in"sv ||
                                           key(t.last) == "as"sv || key(t.last) == "by"sv || key(t.last) == "via"sv ||
                                           key(t.last) == "too"sv || key(t.last) == "instead"sv || cv_.cue_is(t.last, "remote"))) {
      // "Lavrov attended in his place", "took part by video link": the event being spoken of
      ev = ctx_.salient_event;
    }
    if (ev < 0) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.85);
    // "attended the Washington summit with Trump", "... alongside Merz and Macron": they were there too
    if (evm != nullptr && evm->last < L() && (key(evm->last) == "with"sv || key(evm->last) == "alongside"sv)) {
      Group w = cv_.object(evm->last + 1, 1);
      for (const int b : w.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
    }
    as_did(t, ev, status, date);
    last_subject_ = s;
    remember(s, t);
  }

  void present(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty() || ctx_.salient_event < 0) return;
    const std::string status = cv_.status(s.last, t.first, false);
    for (const int a : s.entities) add("attended", a, -1, ctx_.salient_event, "", status, {}, "", -1, 0.7);
  }

  void join(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty()) return;
    const std::string status = cv_.status(s.last, t.first, false);
    if (Mention* evm = cv_.event_after(t.last, 3)) {
      const int ev = event_in_clause(*evm);
      if (ev < 0) return;
      const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
      for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
      last_subject_ = s;
      remember(s, t);
      return;
    }
    // "who joined digitally", "joined remotely", "who joined from Rome": the event the document is
    // about
    const Mention* from_place = t.last + 1 < L() && key(t.last) == "from"sv ? cv_.mention_at(t.last + 1) : nullptr;
    const bool remote_place = from_place != nullptr && (from_place->kind == MKind::kPlace || from_place->kind == MKind::kCountry);
    if (t.last < L() && (cv_.cue_is(t.last, "remote") || remote_place) && ctx_.salient_event >= 0) {
      for (const int a : s.entities) add("attended", a, -1, ctx_.salient_event, "", status, {}, "", -1, 0.7);
    }
  }

  void bring_together(const Trigger& t) {
    // the subject must be an event: "The summit in Paris on Thursday brings together ..."
    const std::uint32_t start = cv_.clause_start(t.first);
    Mention* evm = nullptr;
    for (std::uint32_t i = t.first; i > start; --i) {
      const Mention* m = cv_.mention_at(i - 1);
      if (m == nullptr) continue;
      if (m->kind == MKind::kEvent) {
        evm = &si_.mentions[static_cast<std::size_t>(m - si_.mentions.data())];
        break;
      }
      if (cv_.is_actor(*m)) return;
    }
    if (evm == nullptr) return;
    std::uint32_t from = t.last;
    if (from < L() && key(from) == "together"sv) ++from;
    Group o = cv_.object(from, 4);
    if (o.empty()) return;
    const int ev = event_of_mention(ctx_, *evm);
    if (ev < 0) return;
    const std::string status = cv_.status(evm->last, t.first, false);
    for (const int a : o.entities) add("attended", a, -1, ev, "", status, {}, "", -1, 0.75);
  }

  void chair(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty()) return;
    Mention* evm = cv_.event_after(t.last, 4);
    int ev = evm ? event_in_clause(*evm) : -1;
    if (ev < 0) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    if (date.full() && ctx_.events[static_cast<std::size_t>(ev)].date.empty()) ctx_.events[static_cast<std::size_t>(ev)].date = date;
    for (const int a : s.entities) {
      add("chaired", a, -1, ev, "", status, date, "", -1, 0.85);
      add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
    }
    last_subject_ = s;
    remember(s, t);
  }

  void led_by(const Trigger& t) {
    // the event it is said of: the nearest event mention to the left ("The meeting will be
    // chaired by", "the meeting, which was jointly led by")
    Mention* evm = nullptr;
    const std::uint32_t lo = t.first > F() + 12 ? t.first - 12 : F();
    for (std::uint32_t i = t.first; i > lo; --i) {
      const Mention* m = cv_.mention_at(i - 1);
      if (m && m->kind == MKind::kEvent) {
        evm = &si_.mentions[static_cast<std::size_t>(m - si_.mentions.data())];
        break;
      }
      if (m && cv_.boundary(i - 1)) break;
    }
    if (evm == nullptr) return;
    const int ev = event_in_clause(*evm);
    if (ev < 0) return;
    Group o = cv_.object(t.last, 2);
    if (o.empty()) return;
    const std::string status = cv_.status(evm->last, t.first, false);
    for (const int a : o.entities) {
      add("chaired", a, -1, ev, "", status, {}, "", -1, 0.85);
      add("attended", a, -1, ev, "", status, {}, "", -1, 0.75);
    }
  }

  // What follows a pledge or supply verb: beneficiary and object.
  struct Offer {
    int beneficiary = -1;
    std::string object;
    std::uint32_t object_first = 0;
  };

  // The end of the clause from `from`, reading past a converted amount in brackets ("a 2.26
  // billion-pound ($2.8 billion) loan to Ukraine").
  std::uint32_t clause_end_past_amounts(std::uint32_t from) const {
    std::uint32_t end = cv_.clause_end(from);
    while (end + 2 < L() && key(end) == "("sv) {
      std::uint32_t close = end + 1;
      bool digit = false;
      for (; close < L() && close < end + 7 && key(close) != ")"sv; ++close) digit = digit || ctx_.tokens[close].is(kDigit);
      if (close >= L() || key(close) != ")"sv || !digit) break;
      end = cv_.clause_end(close + 1);
    }
    return end;
  }

  Offer offer_after(std::uint32_t from) {
    Offer r;
    const std::uint32_t end = clause_end_past_amounts(from);
    std::uint32_t i = from;
    // "provide Ukraine with security guarantees"
    if (const Mention* m = cv_.mention_at(i); m && m->first == i && cv_.is_actor(*m) && !m->possessive) {
      const std::uint32_t after = m->last;
      // "offer US military support": a country before a lower-case noun is an adjective
      static const std::unordered_set<std::string_view> kQuantity = {
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "dozens",
          "several", "hundreds", "thousands", "millions", "billions", "tens", "one", "another", "extra"};
      const bool new_np = after < end && (key(after) == "with"sv || ctx_.tokens[after].is(kDigit) ||
                                          key(after) == "$"sv || determiner(key(after)) || key(after) == "more"sv ||
                                          key(after) == "additional"sv || key(after) == "new"sv || key(after) == "further"sv ||
                                          kQuantity.count(key(after)) != 0);
      if (new_np && key(after) == "with"sv) {
        r.beneficiary = m->entity;
        const std::uint32_t e = np_end(after + 1, end);
        r.object = trimmed_np(after + 1, e);
        r.object_first = after + 1;
        return r;
      }
      // "pledged Ukraine $2 billion"
      if (new_np && !cv_.boundary(after)) {
        const std::uint32_t e = np_end(after, end);
        if (e > after) {
          r.beneficiary = m->entity;
          r.object = trimmed_np(after, e);
          r.object_first = after;
          return r;
        }
      }
    }
    const std::uint32_t e = np_end(i, end);
    r.object = trimmed_np(i, e);
    r.object_first = i;
    if (e < end && (key(e) == "to"sv || key(e) == "for"sv)) {
      std::uint32_t b = e + 1;
      if (b < end && (key(b) == "help"sv || key(b) == "assist"sv || key(b) == "support"sv || key(b) == "the"sv)) ++b;
      const Mention* m = cv_.mention_at(b);
      // "for the US market": the name qualifies a noun; "to help Ukraine buy" it does not
      static const std::unordered_set<std::string_view> kQualified = {
          "market", "markets", "economy", "industry", "government", "military", "company", "companies", "firms",
          "consumers", "users", "audience", "side", "team", "budget", "operations", "units", "army"};
      // but "a loan to Ukraine's military": what is given to a country's forces is given to it
      const bool forces = m != nullptr && m->possessive && key(e) == "to"sv && m->last + 1 < L() &&
                          (key(m->last + 1) == "military"sv || key(m->last + 1) == "army"sv || key(m->last + 1) == "forces"sv ||
                           key(m->last + 1) == "armed"sv || key(m->last + 1) == "defence"sv || key(m->last + 1) == "defense"sv);
      const bool qualifies =
          m != nullptr && ((m->possessive && !forces) || (m->last < L() && kQualified.count(key(m->last)) != 0));
      if (m && cv_.is_actor(*m) && !qualifies) r.beneficiary = m->entity;
      if (m && m->kind == MKind::kPlace && m->place_country >= 0 && !qualifies) {
        r.beneficiary = entity_for_country(ctx_, static_cast<std::uint32_t>(m->place_country));
      }
    }
    // an actor inside the object ("troops in Ukraine"), or after what the offer is for ("$1 billion
    // for air defence for Ukraine")
    if (r.beneficiary < 0) {
      for (std::uint32_t k = i; k < end && k < e + 8; ++k) {
        const Mention* m = cv_.mention_at(k);
        if (m == nullptr || !cv_.is_actor(*m) || k <= i || m->first != k) continue;
        const TokenKey p = key(k - 1);
        const bool named_for = p == "for"sv && k > e + 1 && !m->possessive && !cv_.adjectival(*m);
        if (p == "in"sv || p == "to"sv || named_for) {
          r.beneficiary = m->entity;
          break;
        }
      }
    }
    return r;
  }

  // "... but did not rule them out", "nothing is ruled out": after `from` in the sentence, a negated
  // "rule out".
  bool not_ruled_out_after(std::uint32_t from) const {
    for (std::uint32_t i = from; i + 1 < L(); ++i) {
      const TokenKey k = key(i);
      if (k != "rule"sv && k != "ruled"sv && k != "ruling"sv) continue;
      const bool out = key(i + 1) == "out"sv || (i + 2 < L() && key(i + 2) == "out"sv);
      if (!out) continue;
      for (std::uint32_t j = i > from + 3 ? i - 3 : from; j < i; ++j) {
        if (key(j) == "not"sv || key(j) == "n't"sv || key(j) == "never"sv || key(j) == "nothing"sv) return true;
      }
    }
    return false;
  }

  void emit_pledge(const Group& s, const Trigger& t, const Offer& o, bool strong) {
    const std::string okey = name_key(o.object);
    if (o.object.empty() || !pledgeable(okey)) return;
    if (okey.starts_with("talks") || okey.starts_with("negotiations") || okey.starts_with("dialogue") ||
        okey.starts_with("meeting") || okey.starts_with("condolences") || okey.starts_with("congratulations")) {
      return;
    }
    (void)strong;
    // "ruled out sending troops", "did not rule out sending troops": a refusal's object is the
    // refusal frame's business (and a negated refusal is none)
    for (const auto& r : si_.triggers) {
      if (r.last == t.first && ctx_.lex->triggers()[r.info].frame == "reject"sv) return;
    }
    std::string status = cv_.status(s.last, t.first, true);
    std::string rel = "pledged";
    if (status == edge_status::kDenied) {
      // a refusal, unless the sentence takes it back: "declined to commit troops but did not rule
      // them out either"
      rel = "rejected";
      status = not_ruled_out_after(t.last) ? edge_status::kHypothetical : edge_status::kReported;
    }
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) {
      // a pledge is made to someone: without a beneficiary it is a budget line or a promise to
      // voters; a refusal needs none ("would not deploy troops")
      if (o.beneficiary >= 0) {
        add(rel, a, o.beneficiary, -1, o.object, status, date, "", -1, 0.75);
      } else if (rel == "rejected"sv) {
        add(rel, a, -1, -1, o.object, status, date, "", -1, 0.6, o.object);
      }
    }
  }

  void pledge(const Trigger& t) {
    // "pledged to send ..." is the supply verb's business
    if (t.last < L() && key(t.last) == "to"sv) return;
    if (t.last < L() && key(t.last) == "that"sv) return;
    Group s = subject_or_group(t.first);
    if (s.empty()) return;
    emit_pledge(s, t, offer_after(t.last), true);
    last_subject_ = s;
    remember(s, t);
  }

  void supply(const Trigger& t) {
    // a pledge only when something commits to it: "vowed to provide", "willing to send", "will send"
    const std::uint32_t lo = t.first > F() + 7 ? t.first - 7 : F();
    bool context = false;
    for (std::uint32_t i = lo; i < t.first; ++i) context = context || pledge_context_word(key(i));
    // nominal "the supply of X to Y"
    if (t.first > F() && (key(t.first - 1) == "the"sv || key(t.first - 1) == "a"sv)) return;
    Group s = subject_of(t);
    if (s.empty()) {
      // "announcements from Coalition of the Willing partners to supply ..."
      const Mention* m = nullptr;
      for (std::uint32_t i = t.first; i > lo && m == nullptr; --i) {
        const Mention* c = cv_.mention_at(i - 1);
        if (c && cv_.is_actor(*c)) m = c;
      }
      if (m != nullptr && m->first > F() && key(m->first - 1) == "from"sv && context) {
        s = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
      }
    }
    if (s.empty()) s = subject_or_group(t.first);
    if (s.empty()) return;
    const std::string status = cv_.status(s.last, t.first, true);
    if (!context && status != edge_status::kDenied) return;
    emit_pledge(s, t, offer_after(t.last), true);
    last_subject_ = s;
    remember(s, t);
  }

  void reject(const Trigger& t) {
    const TokenKey k0 = key(t.first);
    if (t.first > F()) {
      const TokenKey p = key(t.first - 1);
      if (p == "been"sv || p == "be"sv || p == "being"sv || p == "was"sv || p == "were"sv || p == "is"sv || p == "are"sv) return;
    }
    std::uint32_t from = t.last;
    if ((k0.starts_with("refus") || k0.starts_with("declin")) && t.last < L() && key(t.last) == "to"sv) {
      // "refused to send troops" is the negated verb's business; "refused to back X's bid" is ours
      for (const auto& other : si_.triggers) {
        if (other.first == t.last + 1) return;
      }
      static const std::unordered_set<std::string_view> kPolitical = {
          "recognise", "recognize", "accept", "back", "support", "endorse", "sign", "ratify", "join", "allow",
          "extradite", "withdraw", "release", "negotiate", "cooperate", "co-operate", "lift", "end", "halt",
          "stop", "hand", "approve", "implement", "honour", "honor", "comply", "abide", "disarm", "accede"};
      if (t.last + 1 >= L() || kPolitical.count(key(t.last + 1)) == 0) return;
      if (t.last + 2 < L() && key(t.last + 2) == "that"sv) return;
      from = t.last + 1;
    }
    if (from < L() && key(from) == "of"sv) return;  // "ruled out of the game": excluded, not rejected
    Group s = subject_of(t);
    if (s.empty()) return;
    const std::uint32_t end = cv_.clause_end(t.last);
    std::uint32_t oe = from;
    while (oe < end && key(oe) != ","sv && !(key(oe) == "as"sv && oe > from + 2) && key(oe) != "and"sv &&
           !(oe > from + 1 && (key(oe) == "in"sv || key(oe) == "on"sv || key(oe) == "that"sv || key(oe) == "which"sv ||
                               key(oe) == "during"sv || key(oe) == "after"sv || key(oe) == "at"sv || key(oe) == "because"sv)) &&
           oe < from + 14) {
      ++oe;
    }
    if (oe == from) return;
    std::string object = trimmed_np(from, oe);
    int target = -1;
    std::uint32_t target_at = oe;
    int demonym_target = -1;
    std::uint32_t demonym_at = oe;
    for (std::uint32_t i = from; i < oe; ++i) {
      const Mention* m = cv_.mention_at(i);
      const auto& subj = ctx_.entities[static_cast<std::size_t>(s.entities.front())];
      const bool own_country = m != nullptr && m->entity >= 0 && subj.type == "person"sv && !subj.country.empty() &&
                               ctx_.entities[static_cast<std::size_t>(m->entity)].type == "country"sv &&
                               ctx_.entities[static_cast<std::size_t>(m->entity)].lex >= 0 &&
                               ctx_.lex->countries()[static_cast<std::size_t>(
                                   ctx_.entities[static_cast<std::size_t>(m->entity)].lex)].code == subj.country;
      if (m && m->first == i && cv_.is_actor(*m) && m->entity != s.entities.front() && !own_country) {
        target = m->entity;
        target_at = i;
        break;
      }
      // "an Israeli ceasefire proposal": the author named by a demonym (not the rejecter's own
      // country: "ruled out sending German soldiers")
      if (m == nullptr && ctx_.tokens[i].is(kCapital) && demonym_target < 0) {
        if (const auto* entries = ctx_.lex->lookup(key(i))) {
          for (const auto& e : *entries) {
            if (e.kind == LexKind::kDemonym) {
              const int c = entity_for_country(ctx_, e.index);
              const auto& rejecter = ctx_.entities[static_cast<std::size_t>(s.entities.front())];
              const std::string& own = rejecter.type == "person"sv ? rejecter.country : std::string();
              if (c != s.entities.front() && ctx_.lex->countries()[e.index].code != own) {
                demonym_target = c;
                demonym_at = i;
              }
              break;
            }
          }
        }
      }
    }
    if (target < 0 && demonym_target >= 0) {
      target = demonym_target;
      target_at = demonym_at;
    }
    // "sending troops to Ukraine": the object stops before the beneficiary
    if (target >= 0 && target_at > from + 1 && (key(target_at - 1) == "to"sv || key(target_at - 1) == "in"sv)) {
      object = trimmed_np(from, target_at - 1);
    }
    // "rejected the concept/idea/proposal": what the sentence proposed before, and who proposed it
    const std::string okey = name_key(object);
    if (okey == "concept"sv || okey == "idea"sv || okey == "proposal"sv || okey == "plan"sv || okey == "offer"sv ||
        okey == "suggestion"sv || okey == "initiative"sv) {
      for (const auto& tr : si_.triggers) {
        if (tr.first >= t.first) break;
        const TriggerInfo& ti = ctx_.lex->triggers()[tr.info];
        if (ti.frame != "meeting_noun"sv || cv_.noun_status(tr.first) == edge_status::kReported) continue;
        std::uint32_t e = tr.last;
        while (e < t.first && key(e) != ","sv && key(e) != "but"sv && key(e) != ";"sv) ++e;
        // "offer (a meeting in Moscow)": what was rejected, and what it proposed
        object.append(" (").append(trimmed_np(tr.first, e)).push_back(')');
        // the proposer: who said it ("Putin said Zelensky could come to Moscow if he wanted a
        // meeting; Kyiv dismissed the offer"), else the subject of the clause that proposes
        std::uint32_t said = tr.first;
        for (std::uint32_t r = F(); r < tr.first; ++r) {
          if (cv_.cue_is(r, "report") && !si_.in_quote[r - F()]) said = r;
        }
        const Group prop = cv_.subject(said);
        if (!prop.empty() && prop.entities.front() != s.entities.front()) target = prop.entities.front();
        break;
      }
    }
    if (object.empty()) return;
    if (!policy_object(name_key(object))) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    for (const int a : s.entities) {
      if (target >= 0 && target != a) {
        add("rejected", a, target, -1, object, status, date, "", -1, 0.75);
      } else {
        add("rejected", a, -1, -1, object, status, date, "", -1, 0.6, object);
      }
    }
    last_subject_ = s;
    remember(s, t);
  }

  void call(const Trigger& t, bool bare_verb) {
    if (bare_verb) {
      if (t.first > F()) {
        const TokenKey p = key(t.first - 1);
        if (p == "was"sv || p == "were"sv || p == "is"sv || p == "be"sv || p == "been"sv || p == "so"sv || p == "being"sv) return;
      }
      const Mention* m = cv_.mention_at(t.last);
      if (m == nullptr || m->first != t.last || !cv_.is_actor(*m)) return;
      const Group o = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
      // a phone call: "called X on Monday", "called X to discuss"; not "called X a liar", "called
      // X's work ...", "a company called X", "called X 'an icon'"
      static const std::unordered_set<std::string_view> kAfter = {
          ".", ",", "on", "late", "early", "earlier", "yesterday", "today", "about", "after", "before", "and",
          "from", "during", "shortly", "last", "this", "twice", "again", ";"};
      const TokenKey next = o.last < L() ? key(o.last) : TokenKey(".", 1);
      const bool ok = kAfter.count(next) != 0 ||
                      (next == "to"sv && o.last + 1 < L() &&
                       (key(o.last + 1) == "discuss"sv || key(o.last + 1) == "talk"sv || key(o.last + 1) == "congratulate"sv ||
                        key(o.last + 1) == "express"sv || key(o.last + 1) == "offer"sv || key(o.last + 1) == "thank"sv));
      if (!ok) return;
    }
    Group s = subject_of(t);
    if (s.empty()) {
      // "in a phone call with X": the clause's subject may follow the phrase
      for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
        if (si_.mentions[m].first >= t.last && cv_.is_actor(si_.mentions[m]) && key(t.first) == "in"sv) {
          break;
        }
      }
      return;
    }
    Group o = cv_.object(t.last, 0);
    if (o.empty()) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) {
      for (const int b : o.entities) add("called", a, b, -1, "", status, date, "", -1, 0.8);
    }
    last_subject_ = s;
    remember(s, t);
  }

  // "spoke with X by telephone": a call only when the clause says it was remote
  void speak_with(const Trigger& t) {
    Group s = subject_of(t);
    if (s.empty()) return;
    Group o = cv_.object(t.last, 2);
    if (o.empty()) return;
    const std::uint32_t end = cv_.clause_end(o.last);
    bool remote = false;
    for (std::uint32_t i = o.last; i < end && i < o.last + 8; ++i) remote = remote || cv_.cue_is(i, "remote");
    if (!remote) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    for (const int a : s.entities) {
      for (const int b : o.entities) add("called", a, b, -1, "", status, date, "", -1, 0.75);
    }
    last_subject_ = s;
    remember(s, t);
  }

  void direct(const Trigger& t, const std::string& rel, int gap) {
    if (t.first > F()) {
      const TokenKey p = key(t.first - 1);
      if ((p == "was"sv || p == "were"sv || p == "been"sv || p == "being"sv) && rel != "thanked"sv) return;  // passive
    }
    Group s = subject_of(t);
    if (s.empty()) return;
    Group o = cv_.object(t.last, gap);
    if (o.empty() || o.first > t.last + static_cast<std::uint32_t>(gap)) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) {
      for (const int b : o.entities) add(rel, a, b, -1, "", status, date, "", -1, 0.75);
    }
    last_subject_ = s;
    remember(s, t);
  }

  void member(const Trigger& t) {
    if (cv_.event_after(t.last, 3) != nullptr) return;
    const Mention* m = cv_.mention_at(t.last);
    if (m == nullptr || m->first != t.last || m->kind != MKind::kOrg || m->generic || m->entity < 0) return;
    Group s = subject_of(t);
    if (s.empty()) return;
    const std::string status = cv_.status(s.last, t.first, false);
    for (const int a : s.entities) add("member_of", a, m->entity, -1, "", status, {}, "", -1, 0.7);
  }

  void finish_sentence() {
    // The date in focus for "three days later": the last date the text spoke of, even a partial
    // one ("last month"), after which such offsets stay unknown.
    if (!last_date_.empty()) {
      ctx_.focus = last_date_;
    } else {
      for (const auto& d : si_.dates) {
        const Date r = resolve_date(d, ctx_.doc_date, ctx_.focus, tense_at(ctx_, si_, d.first));
        if (r.full() || (r.month != 0 && d.kind == DateKind::kDeictic)) ctx_.focus = r;
      }
    }
    if (!last_subject_.empty()) ctx_.last_group = last_subject_.entities;
    note_sentence_people(ctx_, si_, !last_subject_.empty());
  }

  DocContext& ctx_;
  SentenceInfo& si_;
  ClauseView cv_;
  Group last_subject_;
  Group prev_subject_;
  bool shared_subject_ = false;
  Date prev_date_;
  // The last date_for() found a weekday still to come (present tense, no article date).
  bool weekday_to_come_ = false;
  std::uint32_t prev_trigger_last_ = 0;
  const Trigger* cur_ = nullptr;
  Date last_date_;
};

}  // namespace

void note_sentence_people(DocContext& ctx, SentenceInfo& si, bool group_known) {
  ClauseView cv(ctx, si);
  const std::uint32_t F = si.span.first;
  const std::uint32_t L = si.span.last;
  const auto key = [&](std::uint32_t i) { return ctx.tokens[i].key; };
  if (!group_known) {
    if (const Group g = cv.opening_group(); !g.empty()) ctx.last_group = g.entities;
  }
  // he/she: the first person named in the sentence is its likely subject; after an opening
  // subordinate clause ("When Macron and Starmer sat with him ..., the president spoke ..."), the
  // first person after a comma and before a verb
  int first_person = -1;
  int main_person = -1;
  std::uint32_t w = F;
  while (w < L && !ctx.tokens[w].is(kWord)) ++w;
  const TokenKey opener = w < L ? key(w) : TokenKey();
  const bool subordinate_first = opener == "when"sv || opener == "after"sv || opener == "before"sv || opener == "while"sv ||
                                 opener == "as"sv || opener == "if"sv || opener == "although"sv || opener == "since"sv ||
                                 opener == "though"sv;
  for (const auto& m : si.mentions) {
    if (m.entity < 0 || m.modifier) continue;
    if (ctx.entities[static_cast<std::size_t>(m.entity)].type != "person"sv) continue;
    if (first_person < 0 && m.kind != MKind::kPronoun) first_person = m.entity;
    if (subordinate_first && main_person < 0 && m.kind != MKind::kPronoun && m.first > F && key(m.first - 1) == ","sv &&
        m.last < L && ctx.tokens[m.last].is(kWord) && !ctx.tokens[m.last].is(kCapital) && key(m.last) != "and"sv &&
        key(m.last) != "or"sv) {
      main_person = m.entity;
    }
    ctx.last_person = m.entity;
  }
  if (main_person >= 0) first_person = main_person;
  if (first_person >= 0) ctx.last_subject_person = first_person;
}

void extract_relations(DocContext& ctx, SentenceInfo& si) {
  Frames f(ctx, si);
  f.run();
}

}  // namespace evkg
