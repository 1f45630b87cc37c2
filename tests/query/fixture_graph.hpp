// The graph the query tests ask questions of, built in code. Who is in it and what they did:
//  - Macron met Zelenskyy on 2025-09-04 at the Paris summit (edge attribute `event`, 2 sentences,
//    documents d1 d2) and on 2025-05-10 in Kyiv (no `event`: both attended the Kyiv meeting, d3);
//  - John Smith met Zelenskyy on 2025-08-18 (d4, an evidence sentence with a comma, quotes and a
//    line break) and on an unknown day (d5), and met Putin on 2025-08-15 in Alaska (d6);
//  - Macron plans to meet Putin (planned, d7); Zelenskyy denied meeting Putin (denied, d8);
//  - Micheál Martin met Anna Smith at the Paris meeting of 2025-03-01 (d9); He Lifeng met John
//    Smith on 2025-07-01 (d10);
//  - the Paris summit (2025-09-04) was attended by Macron (who chaired it), Zelenskyy, Anna Smith
//    and France; the Kyiv meeting (2025-05-10) by Macron (no date on the edge) and Zelenskyy;
//  - pledges to Ukraine by France (troops, 2025-09-04), John Smith (air defence, 2025-08-18) and
//    Macron (security guarantees, undated); Putin rejected Macron's ceasefire proposal (2025-09-05),
//    von der Leyen rejected US tariffs (undated);
//  - Ada Island is linked to nothing.
// Two Smiths make "Smith" ambiguous; two Paris events make "Paris" ambiguous.
#pragma once
#include <string>

#include "graph/event_graph.hpp"

namespace evkg::test {

const EventGraph& fixture_graph();

// Writes the fixture to path (.graphml or .json) with the project's writers.
void write_fixture(const std::string& path);

}  // namespace evkg::test
