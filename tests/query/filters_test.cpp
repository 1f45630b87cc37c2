// The filters every listing accepts, on single edges.
#include "query/filters.hpp"

#include <gtest/gtest.h>

using namespace evkg;
using namespace evkg::query;

namespace {

EdgeProps edge(const std::string& relation, const std::string& date, const std::string& status = "reported",
               double weight = 1) {
  EdgeProps e;
  e.relation = relation;
  e.date = date;
  e.status = status;
  e.weight = weight;
  return e;
}

Filters window(const std::string& since, const std::string& until) {
  Filters f;
  if (!since.empty()) f.since = parse_filter_date(since);
  if (!until.empty()) f.until = parse_filter_date(until);
  return f;
}

}  // namespace

TEST(Filters, DateWindowWithPartialDates) {
  const Filters f = window("2025-09-04", "2025-09-30");
  EXPECT_TRUE(date_in_window(f, "2025-09-04"));
  EXPECT_TRUE(date_in_window(f, "2025-09-30"));
  EXPECT_FALSE(date_in_window(f, "2025-09-03"));
  EXPECT_FALSE(date_in_window(f, "2025-10-01"));
  EXPECT_TRUE(date_in_window(f, "2025-09"));  // September may contain the 4th
  EXPECT_TRUE(date_in_window(f, "2025"));
  EXPECT_FALSE(date_in_window(f, "2025-08"));
  EXPECT_FALSE(date_in_window(f, ""));  // an undated edge is not known to be in the window
  EXPECT_FALSE(date_in_window(f, "sometime"));
  // a month as --until covers the whole month
  const Filters until_september = window("", "2025-09");
  EXPECT_TRUE(date_in_window(until_september, "2025-09-30"));
  EXPECT_FALSE(date_in_window(until_september, "2025-10-01"));
  // without a window, everything passes, undated included
  EXPECT_TRUE(date_in_window(Filters{}, ""));
}

TEST(Filters, ParseFilterDate) {
  EXPECT_TRUE(parse_filter_date("2025"));
  EXPECT_TRUE(parse_filter_date("2025-02"));
  EXPECT_TRUE(parse_filter_date("2024-02-29"));
  EXPECT_FALSE(parse_filter_date("2025-02-29"));
  EXPECT_FALSE(parse_filter_date("2025-13"));
  EXPECT_FALSE(parse_filter_date("yesterday"));
  EXPECT_FALSE(parse_filter_date("2025-09-04T10:00"));
}

TEST(Filters, OnlyReportedUnlessUnconfirmedIncluded) {
  Filters f;
  const EdgeFilter reported_only(f, {});
  EXPECT_TRUE(reported_only.passes(edge("met", "", "reported")));
  EXPECT_TRUE(reported_only.passes(edge("met", "", "")));  // no status: GraphML from another tool
  EXPECT_FALSE(reported_only.passes(edge("met", "", "planned")));
  EXPECT_FALSE(reported_only.passes(edge("met", "", "denied")));
  f.include_unconfirmed = true;
  const EdgeFilter all(f, {});
  EXPECT_TRUE(all.passes(edge("met", "", "planned")));
  EXPECT_TRUE(all.passes(edge("met", "", "hypothetical")));
}

TEST(Filters, RelationsReplaceTheCommandDefault) {
  Filters f;
  const EdgeFilter meetings(f, {"met"});
  EXPECT_TRUE(meetings.passes(edge("met", "")));
  EXPECT_FALSE(meetings.passes(edge("called", "")));
  f.relations = {"met", "called"};
  const EdgeFilter contacts(f, {"met"});
  EXPECT_TRUE(contacts.passes(edge("called", "")));
  EXPECT_FALSE(contacts.passes(edge("attended", "")));
  const EdgeFilter any(Filters{}, {});
  EXPECT_TRUE(any.passes(edge("anything", "")));
}

TEST(Filters, MinWeight) {
  Filters f;
  f.min_weight = 2;
  const EdgeFilter heavy(f, {});
  EXPECT_FALSE(heavy.passes(edge("met", "", "reported", 1)));
  EXPECT_TRUE(heavy.passes(edge("met", "", "reported", 2)));
}

TEST(Filters, Types) {
  NodeProps n;
  n.type = "person";
  EXPECT_TRUE(type_in({}, n));
  EXPECT_TRUE(type_in({"country", "person"}, n));
  EXPECT_FALSE(type_in({"country"}, n));
}

TEST(Filters, EffectiveStatus) {
  EXPECT_EQ(effective_status(edge("met", "", "")), "reported");
  EXPECT_EQ(effective_status(edge("met", "", "denied")), "denied");
}
