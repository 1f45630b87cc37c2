#include "graph/graph_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/date.hpp"
#include "core/event_name.hpp"
#include "core/fold.hpp"
#include "graph/event_labels.hpp"

namespace evkg {
namespace {

std::string place_key(const NodeProps& n) {
  // "White House, Washington" -> "washington"
  const auto comma = n.location.rfind(',');
  return name_key(comma == std::string::npos ? n.location : n.location.substr(comma + 1));
}

// The building of a location, before its city ("White House, Washington" -> "white house"); empty
// for a city alone.
std::string venue_key(const NodeProps& n) {
  const auto comma = n.location.rfind(',');
  return comma == std::string::npos ? std::string() : name_key(n.location.substr(0, comma));
}

// Whether two sorted lists of document ids have one in common.
bool share_a_source(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i == *j) return true;
    if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

Date date_of(const std::string& s) {
  const auto d = Date::parse_iso(s);
  return d ? *d : Date{};
}

}  // namespace

EdgeProps edge_from_assertion(const Assertion& a) {
  EdgeProps e;
  e.relation = a.relation;
  e.date = a.date;
  e.place = a.place;
  e.event = a.event;
  e.object = a.object;
  e.status = a.status;
  e.weight = 1;
  e.confidence = a.confidence;
  e.sources = {a.doc_id};
  e.evidence = a.evidence;
  e.provenance = {a.doc_id + "@" + std::to_string(a.begin) + "-" + std::to_string(a.end)};
  return e;
}

void GraphBuilder::add(const DocumentResult& r) {
  ++documents_;
  for (const auto& n : r.entities) {
    raw_.add_node(n);
    if (n.type == "summit" && !Date::parse_iso(n.date).has_value()) {
      event_doc_dates_[n.id].insert(r.doc_date);
    } else if (n.type == "summit" && !date_of(n.date).full()) {
      event_doc_dates_[n.id].insert(r.doc_date);
    }
  }
  for (const auto& a : r.assertions) raw_.add_edge(a.subject, a.target, edge_from_assertion(a));
}

EventGraph GraphBuilder::finish(const BuildOptions& options) const& { return GraphBuilder(*this).finish(options); }

EventGraph GraphBuilder::finish(const BuildOptions& options) && {
  const Graph& g = raw_.graph();
  std::unordered_map<std::string, std::string> mapping;

  // --- events
  struct Ev {
    std::string id, place, group, kind, venue;
    Date date;
    std::size_t support = 0;  // documents that mention it
    const std::vector<std::string>* sources = nullptr;  // their ids, sorted
  };
  std::vector<Ev> dated, vague;
  for (const auto v : raw_.sorted_vertices()) {
    const auto& n = g[v];
    if (n.type != "summit") continue;
    Ev e{n.id, place_key(n), name_key(n.affiliation), n.role, venue_key(n), date_of(n.date), n.sources.size(), &n.sources};
    (e.date.full() ? dated : vague).push_back(std::move(e));
  }
  // Dated events by place and by group: a vague event is only compared with those of its place
  // (or, without a place, of its group), not with every dated event (quadratic on large corpora).
  std::unordered_map<std::string, std::vector<const Ev*>> dated_by_place, dated_by_group;
  for (const auto& d : dated) {
    dated_by_place[d.place].push_back(&d);
    if (!d.group.empty()) dated_by_group[d.group].push_back(&d);
  }
  // Who attended each gathering, for telling a meeting of two from a gathering of many.
  std::unordered_map<std::string, std::set<std::string>> attendees;
  for (const auto e : raw_.sorted_edges()) {
    if (g[e].relation != "attended") continue;
    attendees[g[boost::target(e, g)].id].insert(g[boost::source(e, g)].id);
  }
  const auto meeting_of_two = [&](const std::string& id) {
    const auto it = attendees.find(id);
    return it != attendees.end() && it->second.size() <= 2;
  };
  // A body's gathering on a day, known in one article by its place ("summit:rio-de-janeiro-...")
  // and in another only by the body ("summit:g20-..."): one event, when one place fits.
  for (const auto& d : dated) {
    if (!d.place.empty() || d.group.empty()) continue;
    const auto found = dated_by_group.find(d.group);
    if (found == dated_by_group.end()) continue;
    const Ev* only = nullptr;
    bool one = true;
    for (const Ev* c : found->second) {
      if (c->place.empty() || c->date != d.date) continue;
      one = one && (only == nullptr || only->id == c->id);
      only = c;
    }
    if (only != nullptr && one) mapping[d.id] = only->id;
  }
  // A gathering on a day known in one article by its place alone ("summit:paris-...") and in
  // another by place and body ("summit:paris-coalition-of-the-willing-..."): one event, when one
  // body's gathering fits.
  for (const auto& d : dated) {
    if (d.place.empty() || !d.group.empty() || mapping.count(d.id) != 0) continue;
    const Ev* only = nullptr;
    bool one = true;
    for (const Ev* c : dated_by_place[d.place]) {
      if (c->group.empty() || c->date != d.date) continue;
      // (not a meeting an article that names the body's gathering kept apart from it: Li Qiang's
      // talks at the Elysee in a report of the Paris summit of that day; nor a meeting of two in a
      // building of the city, told in another article)
      if ((d.kind == "meeting" || d.kind == "talks") &&
          (share_a_source(*c->sources, *d.sources) || (!d.venue.empty() && meeting_of_two(d.id)))) {
        continue;
      }
      one = one && (only == nullptr || only->id == c->id);
      only = c;
    }
    if (only != nullptr && one) mapping[d.id] = only->id;
  }
  // A body holds one summit a day: its summits of one day placed in different places by different
  // articles ("European Political Community summit, Blenheim Palace" and "..., Oxfordshire") are
  // one, where the most articles place it (then the first id).
  {
    std::map<std::pair<std::string, long>, std::vector<const Ev*>> by_body_day;
    for (const auto& d : dated) {
      if (d.group.empty() || d.kind != "summit" || mapping.count(d.id) != 0) continue;
      by_body_day[{d.group, days_from_civil(d.date.year, d.date.month, d.date.day)}].push_back(&d);
    }
    for (const auto& [key, evs] : by_body_day) {
      if (evs.size() < 2) continue;
      const Ev* best = evs.front();
      for (const Ev* e : evs) {
        if (e->support > best->support || (e->support == best->support && e->id < best->id)) best = e;
      }
      for (const Ev* e : evs) {
        if (e != best) mapping[e->id] = best->id;
      }
    }
  }
  // A summit of a day that one article names by neither place nor body ("Mirziyoyev chaired the
  // summit" under a diary's day) and others by place or body: one event, when one summit of that
  // day fits.
  {
    std::map<long, std::vector<const Ev*>> summits_by_day;
    const auto day_of = [](const Ev& e) { return days_from_civil(e.date.year, e.date.month, e.date.day); };
    for (const auto& d : dated) {
      if (d.kind == "summit" && (!d.place.empty() || !d.group.empty()) && mapping.count(d.id) == 0) {
        summits_by_day[day_of(d)].push_back(&d);
      }
    }
    for (const auto& d : dated) {
      if (d.kind != "summit" || !d.place.empty() || !d.group.empty() || mapping.count(d.id) != 0) continue;
      const auto found = summits_by_day.find(day_of(d));
      if (found == summits_by_day.end()) continue;
      // (or several of one city, which articles name by other bodies: the best supported)
      const auto& evs = found->second;
      const bool one_city = std::all_of(evs.begin(), evs.end(), [&](const Ev* c) {
        return !c->place.empty() && c->place == evs.front()->place;
      });
      if (evs.size() != 1 && !one_city) continue;
      const Ev* best = evs.front();
      for (const Ev* c : evs) {
        if (c->support > best->support || (c->support == best->support && c->id < best->id)) best = c;
      }
      mapping[d.id] = best->id;
    }
  }
  // A gathering of a day placed by its building alone in one article ("summit, Far Eastern Federal
  // University") and by its city in another ("talks, Vladivostok"): one event, when the articles
  // place that building in one city only ("... Federal University, Vladivostok") and one gathering
  // of the city, day and body fits.
  {
    std::unordered_map<std::string, std::set<std::string>> cities_of_venue;
    for (const auto* list : {&dated, &vague}) {
      for (const auto& e : *list) {
        if (!e.venue.empty()) cities_of_venue[e.venue].insert(e.place);
      }
    }
    for (const auto& d : dated) {
      if (!d.venue.empty() || d.place.empty() || mapping.count(d.id) != 0) continue;
      const auto cities = cities_of_venue.find(d.place);
      if (cities == cities_of_venue.end() || cities->second.size() != 1) continue;
      const auto found = dated_by_place.find(*cities->second.begin());
      if (found == dated_by_place.end()) continue;
      const Ev* only = nullptr;
      bool one = true;
      for (const Ev* c : found->second) {
        if (c->date != d.date || mapping.count(c->id) != 0) continue;
        if (!c->venue.empty() && c->venue != d.place) continue;
        if (!c->group.empty() && !d.group.empty() && c->group != d.group) continue;
        one = one && (only == nullptr || only->id == c->id);
        only = c;
      }
      if (only != nullptr && one) mapping[d.id] = only->id;
    }
  }
  static const std::vector<const Ev*> kNoEvents;
  std::vector<const Ev*> candidates;
  for (const auto& u : vague) {
    const auto& index = u.place.empty() ? dated_by_group : dated_by_place;
    const auto found = index.find(u.place.empty() ? u.group : u.place);
    const auto& listed = found == index.end() || (u.place.empty() && u.group.empty()) ? kNoEvents : found->second;
    candidates.assign(listed.begin(), listed.end());
    // (a body's gathering known here by place and body may be known elsewhere by the body alone:
    // "the European Union summit" of another article, dated and placed nowhere)
    if (!u.place.empty() && !u.group.empty()) {
      if (const auto by_group = dated_by_group.find(u.group); by_group != dated_by_group.end()) {
        for (const Ev* d : by_group->second) {
          if (d->place.empty()) candidates.push_back(d);
        }
      }
    }
    std::vector<Date> doc_dates;
    if (const auto it = event_doc_dates_.find(u.id); it != event_doc_dates_.end()) {
      for (const auto& s : it->second) doc_dates.push_back(date_of(s));
    }
    const Date doc = doc_dates.empty() ? Date{} : *std::min_element(doc_dates.begin(), doc_dates.end());
    const Ev* best = nullptr;
    long best_score = 1L << 40;
    int count = 0;
    for (const Ev* dp : candidates) {
      const Ev& d = *dp;
      if (mapping.count(d.id) != 0) continue;  // one mapped on to another candidate: that one counts
      if (!u.place.empty() ? d.place != u.place && !(d.place.empty() && d.group == u.group)
                           : (u.group.empty() || d.group != u.group)) {
        continue;
      }
      if (!u.group.empty() && !d.group.empty() && u.group != d.group) continue;
      // (nor one held in another building of the city: the Itamaraty is not the Alvorada; nor is a
      // summit a meeting an article that speaks of both kept apart from it)
      if (!u.venue.empty() && !d.venue.empty() && u.venue != d.venue) continue;
      if (u.kind == "summit" && (d.kind == "meeting" || d.kind == "talks") && share_a_source(*u.sources, *d.sources)) {
        continue;
      }
      // with no article date to tell when it was, a body's gathering is not a meeting of two held
      // in the same city
      if (!doc.full() && !u.group.empty() && d.group.empty()) continue;
      // nor, with one, is it talks of two held in that city (Xi and Biden's talks near San
      // Francisco are not the APEC leaders' meeting in San Francisco)
      if (!u.group.empty() && d.group.empty() && d.kind == "talks" && meeting_of_two(d.id)) continue;
      if (!compatible(u.date, d.date)) continue;
      // (an article known only by its year tells of that year's gatherings or the year before's,
      // not of one held after it, when the event gives no year of its own)
      if (u.date.empty() && !doc.full() && doc.year != 0 && (d.date.year > doc.year || d.date.year < doc.year - 1)) continue;
      long score = 0;
      if (doc.full()) {
        const long delta = days_from_civil(d.date.year, d.date.month, d.date.day) -
                           days_from_civil(doc.year, doc.month, doc.day);
        if (delta < -60 || delta > 21) continue;
        // (a meeting known by its place alone, and by no month, is one of the article's week, not
        // any of the city's meetings of the last two months)
        if (u.group.empty() && d.group.empty() && u.date.empty() && u.kind != "summit" && u.kind != "conference" &&
            (delta < -7 || delta > 7)) {
          continue;
        }
        score = delta < 0 ? -delta : delta;
      }
      // without a document date: the same group, then the same kind, then the best attested
      if (!u.group.empty() && d.group == u.group) score -= 1000;
      if (!doc.full()) {
        if (d.kind == u.kind) score -= 100;
        score -= static_cast<long>(std::min<std::size_t>(d.support, 50));
      }
      ++count;
      if (score < best_score || (score == best_score && best != nullptr && d.id < best->id)) {
        best_score = score;
        best = &d;
      }
    }
    if (best != nullptr && (doc.full() || count == 1 || best_score < -90)) mapping[u.id] = best->id;
  }
  for (auto& [from, to] : mapping) {  // a vague event mapped to one that is itself mapped on
    for (auto next = mapping.find(to); next != mapping.end() && next->second != to; next = mapping.find(to)) {
      to = next->second;
    }
  }

  // --- people named by surname alone
  std::unordered_map<std::string, std::vector<std::string>> by_surname;
  // (and by the given name of an Arabic name with a father's or family's name, "Faisal bin Farhan
  // Al Saud", by which "Prince Faisal" is known)
  std::unordered_map<std::string, std::vector<std::string>> by_given_name;
  std::vector<std::pair<std::string, std::string>> lone;  // id, surname key
  for (const auto v : raw_.sorted_vertices()) {
    const auto& n = g[v];
    if (n.type != "person") continue;
    const std::string k = name_key(n.label);
    const auto sp = k.rfind(' ');
    if (sp == std::string::npos) {
      lone.emplace_back(n.id, k);
    } else {
      by_surname[k.substr(sp + 1)].push_back(n.id);
      if (const std::string_view given = arabic_given_name(k); !given.empty()) {
        by_given_name[std::string(given)].push_back(n.id);
      }
      for (const auto& a : n.aliases) {
        const std::string ak = name_key(a);
        const auto asp = ak.rfind(' ');
        const std::string s = asp == std::string::npos ? ak : ak.substr(asp + 1);
        auto& ids = by_surname[s];
        if (std::find(ids.begin(), ids.end(), n.id) == ids.end()) ids.push_back(n.id);
      }
    }
  }
  for (const auto& [id, sk] : lone) {
    const auto it = by_surname.find(sk);
    if (it != by_surname.end() && it->second.size() == 1) {
      mapping[id] = it->second.front();
    } else if (const auto given = by_given_name.find(sk); it == by_surname.end() && given != by_given_name.end() &&
                                                      given->second.size() == 1) {
      mapping[id] = given->second.front();
    }
  }
  // "Johnny Briceño" in one article and "John Briceño" in another: the only two people of a
  // surname, one's given name the start of the other's (a short form of it), are one person, the
  // one more sources name
  for (const auto& [sk, ids] : by_surname) {
    if (ids.size() != 2 || mapping.count(ids[0]) != 0 || mapping.count(ids[1]) != 0) continue;
    const auto va = raw_.find(ids[0]);
    const auto vb = raw_.find(ids[1]);
    if (!va || !vb) continue;
    const NodeProps& a = g[*va];
    const NodeProps& b = g[*vb];
    const std::string ka = name_key(a.label);
    const std::string kb = name_key(b.label);
    const auto sa = ka.find(' ');
    const auto sb = kb.find(' ');
    if (sa == std::string::npos || sb == std::string::npos || ka.find(' ', sa + 1) != std::string::npos ||
        kb.find(' ', sb + 1) != std::string::npos || ka.substr(sa) != kb.substr(sb)) {
      continue;
    }
    const std::string_view ga(ka.data(), sa);
    const std::string_view gb(kb.data(), sb);
    const bool short_form = ga != gb && std::min(ga.size(), gb.size()) >= 3 && (ga.starts_with(gb) || gb.starts_with(ga));
    if (!short_form) continue;
    const bool a_wins = a.sources.size() != b.sources.size() ? a.sources.size() > b.sources.size() : a.id < b.id;
    mapping[a_wins ? b.id : a.id] = a_wins ? a.id : b.id;
  }

  // the raw graph itself when nothing merges; its properties are moved, not copied, from here on
  EventGraph remapped;
  if (!mapping.empty()) remapped = std::move(raw_).remapped(mapping);
  EventGraph& merged = mapping.empty() ? raw_ : remapped;
  Graph& mg = merged.graph();

  // --- dates from events; undated edges folded into their dated twin
  EventGraph out;
  std::map<std::string, std::vector<std::string>> dated_keys;  // key without date -> dates
  auto key_of = [&](const std::string& s, const std::string& t, const EdgeProps& e) {
    return s + "\x1f" + t + "\x1f" + e.relation + "\x1f" + name_key(e.object) + "\x1f" + e.status;
  };
  std::vector<std::tuple<std::string, std::string, EdgeProps>> edges;
  for (const auto e : merged.sorted_edges()) {
    EdgeProps p = std::move(mg[e]);
    const auto& s = mg[boost::source(e, mg)];
    const auto& t = mg[boost::target(e, mg)];
    if (!options.include_unconfirmed && p.status != edge_status::kReported) continue;
    if (const auto it = mapping.find(p.event); it != mapping.end()) p.event = it->second;
    if (p.date.empty() || !date_of(p.date).full()) {
      std::string ev_date;
      if (t.type == "summit") ev_date = t.date;
      if (ev_date.empty() && !p.event.empty()) {
        if (const auto ev = merged.find(p.event)) ev_date = mg[*ev].date;
      }
      // (being at a gathering of a known day is of that day: a year or month the clause gave
      // against it is another time the sentence spoke of, "since the outbreak three years ago")
      const bool at_it = t.type == "summit" && (p.relation == "attended" || p.relation == "chaired");
      if (date_of(ev_date).full() && (at_it || compatible(date_of(p.date), date_of(ev_date)))) p.date = ev_date;
    }
    std::string sid = s.id, tid = t.id;
    if (p.relation == "met" && tid < sid) std::swap(sid, tid);  // met is symmetric: one direction
    if (!p.date.empty()) dated_keys[key_of(sid, tid, p)].push_back(p.date);
    edges.emplace_back(std::move(sid), std::move(tid), std::move(p));
  }
  for (auto& [k, v] : dated_keys) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  std::set<std::string> used;
  for (auto& [s, t, p] : edges) {
    if (p.date.empty() || !date_of(p.date).full()) {
      const auto it = dated_keys.find(key_of(s, t, p));
      if (it != dated_keys.end()) {
        std::vector<std::string> full;
        for (const auto& d : it->second) {
          if (date_of(d).full() && compatible(date_of(p.date), date_of(d))) full.push_back(d);
        }
        if (full.size() == 1) p.date = full.front();
      }
    }
    used.insert(s);
    used.insert(t);
  }
  for (const auto v : merged.sorted_vertices()) {
    NodeProps n = std::move(mg[v]);
    const bool needs_edge = n.type == "summit" || n.type == "topic";
    if (needs_edge && used.count(n.id) == 0) continue;
    if (n.type == "summit") n.label = event_own_label(n);
    out.add_node(std::move(n));
  }
  for (auto& [s, t, p] : edges) {
    const auto sv = out.find(s);
    const auto tv = out.find(t);
    if (!sv || !tv) continue;
    out.add_edge(*sv, *tv, std::move(p));
  }
  name_meetings_by_participants(out);
  return out;
}

}  // namespace evkg
