// Which entities of a document become nodes: every country or body the text names, also when it
// is named inside a title ("the prime minister of New Zealand", "United Nations Secretary-General").
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_support.hpp"

namespace evkg {
namespace {

std::vector<std::string> node_ids(const std::string& text) {
  std::vector<std::string> ids;
  for (const auto& n : test::extract_text(text, "2025-11-02").entities) ids.push_back(n.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST(EntityNodes, ACountryNamedInATitlePhraseIsANode) {
  EXPECT_EQ(node_ids("Christopher Luxon, the prime minister of New Zealand, spoke."),
            (std::vector<std::string>{"country:nzl", "person:christopher-luxon"}));
}

TEST(EntityNodes, ABodyNamedBeforeATitleIsANode) {
  EXPECT_EQ(node_ids("United Nations Secretary-General Antonio Guterres spoke."),
            (std::vector<std::string>{"organization:un", "person:antonio-guterres"}));
}

// An unknown capitalised name after "the" is a room, a building or a garden, not a person.
TEST(EntityNodes, AnUnknownNameAfterTheIsNoPerson) {
  EXPECT_EQ(node_ids("Joe Biden walked with Olaf Scholz to the Rose Garden."),
            (std::vector<std::string>{"person:joe-biden", "person:olaf-scholz"}));
}

// A heading in capitals holds words, not a surname ("SAID" is no Kais Saied) or an acronym ("WHO"
// is no World Health Organization).
TEST(EntityNodes, AHeadingInCapitalsNamesNoOne) {
  EXPECT_EQ(node_ids("WHAT THEY SAID\n\nWHO CAME\n\nJoe Biden spoke."), (std::vector<std::string>{"person:joe-biden"}));
}

// A city's name inside another name is neither the city nor its country.
TEST(EntityNodes, ACityInsideAnInstitutesNameIsNoCountry) {
  EXPECT_EQ(node_ids("A researcher at the Lake Victoria Centre for Strategic Studies spoke."),
            (std::vector<std::string>{}));
}

}  // namespace
}  // namespace evkg
