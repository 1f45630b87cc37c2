// The labels of event nodes. An event's own label says what it is, where and when, from its
// properties ("NATO summit, Vilnius (2023-07-11)", "Meeting, Elysee Palace, Paris (2025-03-26)");
// a meeting, talks or a call of no group, between two or three people, is named after them in the
// graph written out ("Macron-Zelensky meeting, Elysee Palace, Paris (2025-03-26)"), as analysts
// name it, its own label kept as an alias. The names come from the graph's own edges, so a graph
// merged from parts gets the labels a single run gives: merge puts the parts' own labels back first
// (unname_meetings), then names the meetings again over all the edges (name_meetings_by_participants).
#pragma once
#include <string>

#include "graph/event_graph.hpp"

namespace evkg {

// "Summit, Paris (2025-03-27)" from the kind (role), group (affiliation), location and date.
std::string event_own_label(const NodeProps& n);

// The name a person's node is known by alone, from its label and country: "Macron" for "Emmanuel
// Macron", "von der Leyen", "al-Sharaa", "Xi" for "Xi Jinping" of China (family name first).
std::string short_person_name(const NodeProps& person);

// Every meeting named by name_meetings_by_participants takes its own label back (the inverse).
void unname_meetings(EventGraph& g);

// Meetings, talks and calls of no group whose reported participants are two or three people
// (attended or chaired it, or met at it) take their names: "Trump-Putin call (2025-03-18)", with
// "Call (2025-03-18)" among its aliases.
void name_meetings_by_participants(EventGraph& g);

}  // namespace evkg
