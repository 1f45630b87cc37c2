// attended EVENT, timeline NAME, pledges [NAME], rejections [NAME].
#include <gtest/gtest.h>

#include "query/participation.hpp"
#include "query/relation_listing.hpp"
#include "query/timeline.hpp"
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
const Vertex kParis = vertex("summit:paris-2025-09-04");
const Vertex kUkraine = vertex("country:ukr");
}  // namespace

TEST(Attended, ChairsFirstThenParticipantsByTypeAndName) {
  const Table t = attended(fixture(), kParis, {});
  EXPECT_EQ(column(t, "participant"), (Strings{"Emmanuel Macron", "France", "Anna Smith", "Volodymyr Zelenskyy"}));
  EXPECT_EQ(column(t, "part"), (Strings{"chair", "participant", "participant", "participant"}));
  EXPECT_EQ(t.at(0, "role"), "President");
  EXPECT_EQ(t.at(0, "country"), "France");
  EXPECT_EQ(t.at(0, "dates"), "2025-09-04");
  EXPECT_EQ(t.at(0, "sources"), "2");
  EXPECT_EQ(t.at(0, "evidence"), "Macron chaired the Paris summit.");  // two sentences beat one
}

TEST(Attended, Filters) {
  Filters f;
  f.types = {"person"};
  EXPECT_EQ(attended(fixture(), kParis, f).size(), 3u);
  f.relations = {"chaired"};
  EXPECT_EQ(column(attended(fixture(), kParis, f), "participant"), (Strings{"Emmanuel Macron"}));
  Filters later;
  later.since = Date{2025, 10, 1};
  EXPECT_TRUE(attended(fixture(), kParis, later).empty());
  EXPECT_TRUE(attended(fixture(), kMacron, {}).empty());  // not an event: nobody attended it
}

TEST(Timeline, EveryEdgeInDateOrderUndatedLast) {
  const Table t = timeline(fixture(), kMacron, {});
  EXPECT_EQ(column(t, "date"),
            (Strings{"2025-05-10", "2025-05-10", "2025-09-04", "2025-09-04", "2025-09-04", "2025-09-05", ""}));
  EXPECT_EQ(column(t, "relation"), (Strings{"attended", "met", "attended", "chaired", "met", "rejected", "pledged"}));
  EXPECT_EQ(column(t, "direction"), (Strings{"->", "<-", "->", "->", "->", "<-", "->"}));
  EXPECT_EQ(column(t, "other"),
            (Strings{"Meeting, Kyiv (2025-05-10)", "Volodymyr Zelenskyy", "Summit, Paris (2025-09-04)",
                     "Summit, Paris (2025-09-04)", "Volodymyr Zelenskyy", "Vladimir Putin", "Ukraine"}));
  EXPECT_EQ(t.at(1, "event"), "Meeting, Kyiv (2025-05-10)");
  EXPECT_EQ(t.at(5, "object"), "ceasefire proposal");
}

TEST(Timeline, Filters) {
  Filters f;
  f.include_unconfirmed = true;
  const Table all = timeline(fixture(), kMacron, f);
  EXPECT_EQ(all.size(), 8u);
  const int planned = find_row(all, "status", "planned");
  ASSERT_GE(planned, 0);
  EXPECT_EQ(all.at(static_cast<std::size_t>(planned), "other"), "Vladimir Putin");
  Filters met_only;
  met_only.relations = {"met"};
  EXPECT_EQ(timeline(fixture(), kMacron, met_only).size(), 2u);
  Filters summits;
  summits.types = {"summit"};
  EXPECT_EQ(timeline(fixture(), kMacron, summits).size(), 3u);
}

TEST(Pledges, OfEveryoneOrOfOne) {
  const Table all = pledges(fixture(), std::nullopt, {});
  EXPECT_EQ(column(all, "date"), (Strings{"2025-08-18", "2025-09-04", ""}));
  EXPECT_EQ(column(all, "actor"), (Strings{"John Smith", "France", "Emmanuel Macron"}));
  EXPECT_EQ(column(all, "object"), (Strings{"air defence", "troops", "security guarantees"}));
  EXPECT_EQ(column(all, "target"), (Strings{"Ukraine", "Ukraine", "Ukraine"}));
  // by or to the entity
  EXPECT_EQ(pledges(fixture(), kUkraine, {}).size(), 3u);
  EXPECT_EQ(column(pledges(fixture(), kMacron, {}), "object"), (Strings{"security guarantees"}));
  Filters countries;
  countries.types = {"country"};
  EXPECT_EQ(column(pledges(fixture(), std::nullopt, countries), "actor"), (Strings{"France"}));
}

TEST(Rejections, OfEveryoneOrOfOne) {
  const Table all = rejections(fixture(), std::nullopt, {});
  EXPECT_EQ(column(all, "actor"), (Strings{"Vladimir Putin", "Ursula von der Leyen"}));
  EXPECT_EQ(column(all, "object"), (Strings{"ceasefire proposal", "tariffs"}));
  EXPECT_EQ(column(rejections(fixture(), kMacron, {}), "actor"), (Strings{"Vladimir Putin"}));
  EXPECT_TRUE(rejections(fixture(), vertex("person:ada-island"), {}).empty());
}
