// met NAME, met --via-events, met --between, who-met-whom.
#include "query/meetings.hpp"

#include <gtest/gtest.h>

#include "query/meeting_pairs.hpp"
#include "query_test_support.hpp"

using namespace evkg;
using namespace evkg::query;
using evkg::test::column;
using evkg::test::find_row;
using evkg::test::fixture;
using evkg::test::kMacron;
using evkg::test::kZelenskyy;
using evkg::test::vertex;

namespace {

using Strings = std::vector<std::string>;
}  // namespace

TEST(Met, OneRowPerCounterpartWithDatesEventsSourcesAndEvidence) {
  const Table t = met(fixture(), kZelenskyy, {});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(column(t, "counterpart"), (Strings{"Emmanuel Macron", "John Smith"}));  // by first date
  EXPECT_EQ(t.at(0, "dates"), "2025-05-10; 2025-09-04");
  // one event from the edge's `event` attribute, one from both attending Kyiv that day
  EXPECT_EQ(t.at(0, "event"), "Meeting, Kyiv (2025-05-10); Summit, Paris (2025-09-04)");
  EXPECT_EQ(t.at(0, "event_id"), "summit:kyiv-2025-05-10; summit:paris-2025-09-04");
  EXPECT_EQ(t.at(0, "meetings"), "2");
  EXPECT_EQ(t.at(0, "sources"), "3");
  EXPECT_EQ(t.at(0, "documents"), "d1; d2; d3");
  EXPECT_EQ(t.at(0, "evidence"), "Macron met Zelenskyy at the Paris summit.");  // two sentences beat one
  EXPECT_EQ(t.at(0, "basis"), "reported");
  EXPECT_EQ(t.at(0, "id"), "person:emmanuel-macron");
  EXPECT_EQ(t.at(0, "type"), "person");
  // an undated meeting counts but adds no date; no attendance, no event
  EXPECT_EQ(t.at(1, "dates"), "2025-08-18");
  EXPECT_EQ(t.at(1, "meetings"), "2");
  EXPECT_EQ(t.at(1, "event"), "");
}

TEST(Met, NeverListsDeniedOrPlannedMeetingsByDefault) {
  const Table t = met(fixture(), kZelenskyy, {});
  EXPECT_EQ(find_row(t, "counterpart", "Vladimir Putin"), -1);
  const Table macron = met(fixture(), kMacron, {});
  EXPECT_EQ(find_row(macron, "counterpart", "Vladimir Putin"), -1);
}

TEST(Met, IncludeUnconfirmedShowsStatus) {
  MeetingOptions o;
  o.filters.include_unconfirmed = true;
  const Table t = met(fixture(), kZelenskyy, o);
  const int putin = find_row(t, "counterpart", "Vladimir Putin");
  ASSERT_GE(putin, 0);
  EXPECT_EQ(t.at(static_cast<std::size_t>(putin), "status"), "denied");
  EXPECT_EQ(t.at(0, "status"), "reported");
  EXPECT_TRUE(t.columns()[*t.column("status")].in_table);
  EXPECT_FALSE(met(fixture(), kZelenskyy, {}).columns()[*t.column("status")].in_table);
}

TEST(Met, ViaEventsAddsCoAttendeesMarkedInferred) {
  MeetingOptions o;
  o.via_events = true;
  const Table t = met(fixture(), kZelenskyy, o);
  const int anna = find_row(t, "counterpart", "Anna Smith");
  const int france = find_row(t, "counterpart", "France");
  ASSERT_GE(anna, 0);
  ASSERT_GE(france, 0);
  const auto a = static_cast<std::size_t>(anna);
  EXPECT_EQ(t.at(a, "basis"), "inferred");
  EXPECT_EQ(t.at(a, "event"), "Summit, Paris (2025-09-04)");
  EXPECT_EQ(t.at(a, "dates"), "2025-09-04");
  EXPECT_EQ(t.at(a, "evidence"), "Anna Smith was at the Paris summit.");
  EXPECT_EQ(t.at(a, "documents"), "d11; d2");  // both attendance claims
  // Macron's shared events are already explained by reported meetings: no inferred row for him
  EXPECT_EQ(column(t, "counterpart"), (Strings{"Emmanuel Macron", "John Smith", "Anna Smith", "France"}));
  EXPECT_EQ(column(t, "basis"), (Strings{"reported", "reported", "inferred", "inferred"}));
}

TEST(Met, TypeFilterAppliesToCounterparts) {
  MeetingOptions o;
  o.via_events = true;
  o.filters.types = {"person"};
  const Table t = met(fixture(), kZelenskyy, o);
  EXPECT_EQ(find_row(t, "counterpart", "France"), -1);
  EXPECT_GE(find_row(t, "counterpart", "Anna Smith"), 0);
  o.filters.types = {"country"};
  EXPECT_EQ(column(met(fixture(), kZelenskyy, o), "counterpart"), (Strings{"France"}));
}

TEST(Met, DateWindow) {
  MeetingOptions o;
  o.filters.since = Date{2025, 6, 0};
  const Table t = met(fixture(), kZelenskyy, o);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t.at(0, "counterpart"), "John Smith");
  EXPECT_EQ(t.at(0, "meetings"), "1");  // the undated meeting is not known to be after June
  EXPECT_EQ(t.at(1, "dates"), "2025-09-04");
  o.filters.since.reset();
  o.filters.until = Date{2025, 5, 0};
  EXPECT_EQ(column(met(fixture(), kZelenskyy, o), "counterpart"), (Strings{"Emmanuel Macron"}));
}

TEST(Met, MinWeight) {
  MeetingOptions o;
  o.filters.min_weight = 2;
  const Table t = met(fixture(), kZelenskyy, o);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t.at(0, "dates"), "2025-09-04");
}

TEST(Met, RelationOptionReplacesMet) {
  MeetingOptions o;
  o.filters.relations = {"pledged"};
  const Table t = met(fixture(), kMacron, o);
  EXPECT_EQ(column(t, "counterpart"), (Strings{"Ukraine"}));
}

TEST(Met, EmptyResultIsAnEmptyTable) {
  const Table t = met(fixture(), vertex("person:ada-island"), {});
  EXPECT_TRUE(t.empty());
  EXPECT_EQ(t.columns().front().key, "counterpart");
}

TEST(MetBetween, EveryReportedMeetingOfTheTwo) {
  const Table t = meetings_between(fixture(), kMacron, kZelenskyy, {});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(column(t, "date"), (Strings{"2025-05-10", "2025-09-04"}));
  EXPECT_EQ(column(t, "from"), (Strings{"Volodymyr Zelenskyy", "Emmanuel Macron"}));  // as stated
  EXPECT_EQ(column(t, "event"), (Strings{"Meeting, Kyiv (2025-05-10)", "Summit, Paris (2025-09-04)"}));
  EXPECT_EQ(t.at(1, "sources"), "2");
  EXPECT_EQ(t.at(1, "place"), "Paris");
  EXPECT_EQ(t.at(1, "weight"), "2");
  EXPECT_TRUE(meetings_between(fixture(), kZelenskyy, vertex("person:vladimir-putin"), {}).empty());
  EXPECT_TRUE(meetings_between(fixture(), kMacron, kMacron, {}).empty());
}

TEST(MetBetween, ViaEventsAddsSharedEventsWithoutReportedMeeting) {
  MeetingOptions o;
  o.via_events = true;
  const Table t = meetings_between(fixture(), kZelenskyy, vertex("person:anna-smith"), o);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t.at(0, "basis"), "inferred");
  EXPECT_EQ(t.at(0, "relation"), "co-attended");
  EXPECT_EQ(t.at(0, "event_id"), "summit:paris-2025-09-04");
  EXPECT_EQ(t.at(0, "date"), "2025-09-04");
  // events a reported meeting already names are not repeated
  EXPECT_EQ(meetings_between(fixture(), kMacron, kZelenskyy, o).size(), 2u);
}

TEST(WhoMetWhom, PersonPairsByDate) {
  const Table t = who_met_whom(fixture(), {});
  EXPECT_EQ(column(t, "date"),
            (Strings{"2025-03-01", "2025-05-10", "2025-07-01", "2025-08-15", "2025-08-18", "2025-09-04", ""}));
  EXPECT_EQ(column(t, "a"), (Strings{"Anna Smith", "Emmanuel Macron", "He Lifeng", "John Smith", "John Smith",
                                     "Emmanuel Macron", "John Smith"}));
  EXPECT_EQ(column(t, "b"), (Strings{"Micheál Martin", "Volodymyr Zelenskyy", "John Smith", "Vladimir Putin",
                                     "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy"}));
  EXPECT_EQ(t.at(0, "event"), "Meeting, Paris (2025-03-01)");
  EXPECT_EQ(t.at(3, "place"), "Alaska");
  EXPECT_EQ(t.at(5, "evidence"), "Macron met Zelenskyy at the Paris summit.");
}

TEST(WhoMetWhom, StatesThroughThePeopleWhoServeThem) {
  Filters f;
  f.types = {"country"};
  const Table t = who_met_whom(fixture(), f);
  EXPECT_EQ(column(t, "a"), (Strings{"France", "France", "China", "Russia", "Ukraine", "France", "Ukraine"}));
  EXPECT_EQ(column(t, "b"), (Strings{"Ireland", "Ukraine", "United States", "United States", "United States", "Ukraine",
                                     "United States"}));
  EXPECT_EQ(t.at(0, "via"), "Anna Smith – Micheál Martin");
  EXPECT_EQ(t.at(2, "via"), "He Lifeng – John Smith");
  EXPECT_TRUE(t.columns()[*t.column("via")].in_table);
}

TEST(WhoMetWhom, UnconfirmedAndFilters) {
  Filters f;
  f.include_unconfirmed = true;
  const Table t = who_met_whom(fixture(), f);
  EXPECT_EQ(t.size(), 9u);
  const int planned = find_row(t, "status", "planned");
  ASSERT_GE(planned, 0);
  EXPECT_EQ(t.at(static_cast<std::size_t>(planned), "date"), "2025-10-01");
  Filters september;
  september.since = Date{2025, 9, 0};
  EXPECT_EQ(who_met_whom(fixture(), september).size(), 1u);
}
