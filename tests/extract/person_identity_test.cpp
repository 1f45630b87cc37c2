// Which person a name speaks of across articles: a prince or a sheikh known by his given name in one
// article is the one another article names in full.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract_test_support.hpp"
#include "graph/graph_builder.hpp"

namespace evkg {
namespace {

// The labels of the graph's people.
std::vector<std::string> people(const EventGraph& g) {
  std::vector<std::string> out;
  for (const auto v : g.sorted_vertices()) {
    if (g.graph()[v].type == "person") out.push_back(g.graph()[v].label);
  }
  return out;
}

// "Prince Faisal" in an article that never gives his full name is the one another article calls
// "Prince Faisal bin Farhan"; a given name two such people share names neither.
TEST(PersonIdentity, AGivenNameIsTheOneArabicNameWithItAcrossArticles) {
  GraphBuilder b;
  b.add(test::extract_text("Prince Faisal bin Farhan met Sergey Lavrov in Riyadh on Monday.", "2025-06-03", "a"));
  b.add(test::extract_text("Prince Faisal met Sergey Lavrov in Riyadh on Monday.", "2025-06-03", "b"));
  EXPECT_EQ(people(std::move(b).finish()), (std::vector<std::string>{"Faisal bin Farhan Al Saud", "Sergey Lavrov"}));
  GraphBuilder c;
  c.add(test::extract_text("Prince Faisal bin Farhan met Sergey Lavrov in Riyadh on Monday.", "2025-06-03", "a"));
  c.add(test::extract_text("Prince Faisal bin Salman met Sergey Lavrov in Riyadh on Monday.", "2025-06-03", "b"));
  c.add(test::extract_text("Prince Faisal met Sergey Lavrov in Riyadh on Monday.", "2025-06-03", "c"));
  EXPECT_EQ(people(std::move(c).finish()).size(), 4U);
}

// A short form of a given name in one article and the full one in another ("Johnny"/"John"): one
// person when no one else has that surname; two given names neither of which starts the other are
// two people.
TEST(PersonIdentity, AShortGivenNameIsTheFullOneAcrossArticles) {
  GraphBuilder b;
  b.add(test::extract_text("Belize's prime minister, Johnny Briceno, met Joe Biden in Los Angeles on Thursday.",
                           "2022-06-10", "a"));
  b.add(test::extract_text("The Prime Minister of Belize, John Briceno, met Joe Biden in Los Angeles on Thursday.",
                           "2022-06-10", "b"));
  EXPECT_EQ(people(std::move(b).finish()), (std::vector<std::string>{"Joe Biden", "John Briceno"}));
  GraphBuilder c;
  c.add(test::extract_text("Anna Perova met Joe Biden in Los Angeles on Thursday.", "2022-06-10", "a"));
  c.add(test::extract_text("Irina Perova met Joe Biden in Los Angeles on Thursday.", "2022-06-10", "b"));
  EXPECT_EQ(people(std::move(c).finish()).size(), 3U);
}

// "Ebrard Casaubón" after "Marcelo Ebrard Casaubón": the two family names of a Spanish name are
// the person the document named with them.
TEST(PersonIdentity, TwoFamilyNamesAreThePersonNamedWithThem) {
  GraphBuilder b;
  b.add(test::extract_text("Mexico is represented by Marcelo Ebrard Casaubón, its foreign secretary. Ebrard Casaubón met "
                           "Antony Blinken in Los Angeles on Tuesday.",
                           "2022-06-08", "a"));
  EXPECT_EQ(people(std::move(b).finish()), (std::vector<std::string>{"Antony Blinken", "Marcelo Ebrard"}));
}

}  // namespace
}  // namespace evkg
