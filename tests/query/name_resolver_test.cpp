// Names resolve as the extractor resolves them; ambiguous and unknown names say why.
#include "query/name_resolver.hpp"

#include <gtest/gtest.h>

#include "query/edit_distance.hpp"
#include "query_test_support.hpp"

using namespace evkg;
using namespace evkg::query;
using evkg::test::fixture;
using evkg::test::vertex;

namespace {

std::string resolved_id(const std::string& name) {
  const Resolution r = resolve_name(fixture(), name);
  if (r.status != Resolution::Status::kFound) return "<not found>";
  return fixture().node(r.vertex).id;
}

}  // namespace

TEST(NameResolver, NodeIdVerbatim) {
  EXPECT_EQ(resolved_id("person:emmanuel-macron"), "person:emmanuel-macron");
  EXPECT_EQ(resolved_id("summit:paris-2025-03-01"), "summit:paris-2025-03-01");
}

TEST(NameResolver, LabelAliasCaseAndAccents) {
  EXPECT_EQ(resolved_id("Emmanuel Macron"), "person:emmanuel-macron");
  EXPECT_EQ(resolved_id("  emmanuel   MACRON "), "person:emmanuel-macron");
  EXPECT_EQ(resolved_id("Zelensky"), "person:volodymyr-zelenskyy");
  EXPECT_EQ(resolved_id("Volodymyr Zelensky"), "person:volodymyr-zelenskyy");
  EXPECT_EQ(resolved_id("Micheál Martin"), "person:micheal-martin");
  EXPECT_EQ(resolved_id("MICHEAL MARTIN"), "person:micheal-martin");
  EXPECT_EQ(resolved_id("French Republic"), "country:fra");
  EXPECT_EQ(resolved_id("U.S."), "country:usa");
  EXPECT_EQ(resolved_id("Zelenskyy's"), "person:volodymyr-zelenskyy");
}

TEST(NameResolver, IdSlugAndHyphens) {
  EXPECT_EQ(resolved_id("fra"), "country:fra");
  EXPECT_EQ(resolved_id("emmanuel-macron"), "person:emmanuel-macron");
  EXPECT_EQ(resolved_id("Paris 2025-09-04"), "summit:paris-2025-09-04");
}

TEST(NameResolver, SurnameAloneWhenUnique) {
  EXPECT_EQ(resolved_id("Macron"), "person:emmanuel-macron");
  EXPECT_EQ(resolved_id("Zelenskyy"), "person:volodymyr-zelenskyy");
  EXPECT_EQ(resolved_id("Martin"), "person:micheal-martin");
  EXPECT_EQ(resolved_id("von der Leyen"), "person:ursula-von-der-leyen");
  EXPECT_EQ(resolved_id("Leyen"), "person:ursula-von-der-leyen");
  // family name first for Chinese names
  EXPECT_EQ(resolved_id("He"), "person:he-lifeng");
}

TEST(NameResolver, EventByItsPlaceWhenUnique) { EXPECT_EQ(resolved_id("Kyiv"), "summit:kyiv-2025-05-10"); }

TEST(NameResolver, SharedSurnameIsAmbiguous) {
  const Resolution r = resolve_name(fixture(), "Smith");
  ASSERT_EQ(r.status, Resolution::Status::kAmbiguous);
  ASSERT_EQ(r.candidates.size(), 2u);
  EXPECT_EQ(fixture().node(r.candidates[0]).id, "person:anna-smith");
  EXPECT_EQ(fixture().node(r.candidates[1]).id, "person:john-smith");
}

TEST(NameResolver, AmbiguousErrorListsCandidatesWithTypeAndRole) {
  try {
    resolve_or_throw(fixture(), "Paris");
    FAIL() << "Paris should be ambiguous";
  } catch (const NameError& e) {
    EXPECT_NE(std::string(e.what()).find("ambiguous name: Paris (2 candidates"), std::string::npos) << e.what();
    ASSERT_EQ(e.details().size(), 2u);
    EXPECT_EQ(e.details()[0], "summit:paris-2025-03-01  Meeting, Paris (2025-03-01) (summit, Paris, 2025-03-01)");
    EXPECT_EQ(e.details()[1], "summit:paris-2025-09-04  Summit, Paris (2025-09-04) (summit, Paris, 2025-09-04)");
  }
  try {
    resolve_or_throw(fixture(), "smith");
    FAIL();
  } catch (const NameError& e) {
    ASSERT_EQ(e.details().size(), 2u);
    EXPECT_EQ(e.details()[0], "person:anna-smith  Anna Smith (person, Minister, France)");
    EXPECT_EQ(e.details()[1], "person:john-smith  John Smith (person, President, United States)");
  }
}

TEST(NameResolver, UnknownNameSuggestsClosestNames) {
  const Resolution r = resolve_name(fixture(), "Zelensk");
  ASSERT_EQ(r.status, Resolution::Status::kUnknown);
  ASSERT_FALSE(r.suggestions.empty());
  EXPECT_EQ(fixture().node(r.suggestions.front()).id, "person:volodymyr-zelenskyy");

  const Resolution typo = resolve_name(fixture(), "Macrno");
  ASSERT_FALSE(typo.suggestions.empty());
  EXPECT_EQ(fixture().node(typo.suggestions.front()).id, "person:emmanuel-macron");

  // a first name alone is not resolved, but suggests the full names that have it
  const Resolution first = resolve_name(fixture(), "Vladimir");
  ASSERT_EQ(first.status, Resolution::Status::kUnknown);
  ASSERT_FALSE(first.suggestions.empty());
  EXPECT_EQ(fixture().node(first.suggestions.front()).id, "person:vladimir-putin");

  try {
    resolve_or_throw(fixture(), "Zelensk");
    FAIL();
  } catch (const NameError& e) {
    EXPECT_EQ(std::string(e.what()), "no such entity: Zelensk");
    ASSERT_FALSE(e.details().empty());
    EXPECT_EQ(e.details()[0].rfind("did you mean person:volodymyr-zelenskyy", 0), 0u) << e.details()[0];
  }
}

TEST(NameResolver, NothingCloseSuggestsNothing) {
  const Resolution r = resolve_name(fixture(), "Qwxyzzy Blorp");
  EXPECT_EQ(r.status, Resolution::Status::kUnknown);
  EXPECT_TRUE(r.suggestions.empty());
  EXPECT_EQ(resolve_name(fixture(), "   ").status, Resolution::Status::kUnknown);
}

TEST(NameResolver, LookupKey) {
  EXPECT_EQ(lookup_key("Jean-Claude  Juncker"), "jean claude juncker");
  EXPECT_EQ(lookup_key("Zelenskyy’s"), "zelenskyy");
  EXPECT_EQ(lookup_key("Élysée"), "elysee");
}

TEST(EditDistance, WithCutOff) {
  EXPECT_EQ(edit_distance("macron", "macron", 2), 0u);
  EXPECT_EQ(edit_distance("macrno", "macron", 2), 1u);  // a swap of neighbours is one edit
  EXPECT_EQ(edit_distance("bidne", "biden", 2), 1u);
  EXPECT_EQ(edit_distance("ab", "ba", 2), 1u);
  EXPECT_EQ(edit_distance("abc", "ca", 5), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(edit_distance("a", "abcdef", 2), 3u);  // over the limit: limit + 1
  EXPECT_EQ(edit_distance("", "ab", 3), 2u);
}
