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

// A name with letters no accent stripping makes plain ("Kalın", "Støre") has its plain spelling
// among its aliases, for clients that fold names by decomposing them.
TEST(EntityNodes, ANameWithLettersNoFoldingStripsHasItsPlainSpelling) {
  const auto r = test::extract_text("Ibrahim Kalin met Jonas Gahr Store in Oslo.", "2024-05-02");
  std::vector<std::string> aliases;
  for (const auto& n : r.entities) {
    if (n.type == "person") aliases.insert(aliases.end(), n.aliases.begin(), n.aliases.end());
  }
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Ibrahim Kalin"), aliases.end());
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Jonas Gahr Store"), aliases.end());
}

// Honours and offices in capitals after a name ("KCB KC MP") are no part of it.
TEST(EntityNodes, LettersAfterANameAreNoPartOfIt) {
  EXPECT_EQ(node_ids("From: The Rt Hon Sir Keir Starmer KCB KC MP\n\nStarmer met Lula on Wednesday."),
            (std::vector<std::string>{"person:keir-starmer", "person:luiz-inacio-lula-da-silva"}));
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

// A company's name is no person's, after a military title ("General Electric") or not
// ("Hindustan Aeronautics"); a general is one.
// A name after a title whose last word is a body's ("Ministry", "Federation", "Chiefs") is the
// body's name, no one's.
TEST(EntityNodes, ABodysNameAfterATitleIsNoPerson) {
  EXPECT_EQ(node_ids("A spokesperson of the DPRK Foreign Ministry spoke, as did the chairman of the Japan Business "
                     "Federation and Olaf Scholz."),
            (std::vector<std::string>{"country:jpn", "country:prk", "person:olaf-scholz"}));
}

// Nor is the name of a post ("Chief Executive Officer", "Managing Partner") anyone's.
TEST(EntityNodes, APostsNameIsNoPerson) {
  EXPECT_EQ(node_ids("Speakers:\n- Dagmar Lindqvist, Chief Executive Officer, Nordalp Re\n- Amina Okafor, Managing "
                     "Partner, Lagoon Capital\n\nMs Lindqvist met Olaf Scholz on Monday."),
            (std::vector<std::string>{"person:dagmar-lindqvist", "person:olaf-scholz"}));
}

TEST(EntityNodes, ACompanysNameIsNoPerson) {
  // (companies the lexicon knows: no General named Electric)
  EXPECT_EQ(node_ids("General Electric and Hindustan Aeronautics will build engines in India."),
            (std::vector<std::string>{"country:ind", "organization:general-electric", "organization:hal"}));
  // (and ones it does not know)
  EXPECT_EQ(node_ids("General Dynamo and Coastal Aeronautics will build engines in India."),
            (std::vector<std::string>{"country:ind"}));
  EXPECT_EQ(node_ids("General Mark Milley spoke."), (std::vector<std::string>{"person:mark-milley"}));
}

// A body the text introduces with its abbreviation is a node, also when named later by the
// abbreviation alone; a news outlet a credit names so is none.
TEST(EntityNodes, ABodyIntroducedWithItsAbbreviationIsANodeAnOutletIsNot) {
  EXPECT_EQ(node_ids("By Ann Lee, Continental Press Wire (CPW)\n\nThe Southern Debt Campaign Network (SDCN) met in "
                     "Nairobi. SDCN rejected the plan."),
            (std::vector<std::string>{"organization:southern-debt-campaign-network", "topic:plan"}));
}

// A person introduced as one who comments is no node unless the text has them do something:
// "Dr X of the Y Institute", "X, a security analyst", "X, who teaches ...", "our economist, Dr X".
TEST(EntityNodes, ACommentatorIsNoNodeByHimself) {
  EXPECT_EQ(node_ids("Joe Biden met Olaf Scholz in Berlin. \"It was overdue,\" said Dr Hanna Vell of the Tarrow "
                     "Institute. Dr Mira Ostlund, a security analyst in Oslo, agreed. \"A start,\" said Dr Carl "
                     "Demby, who teaches international law. Our economist, Dr Ivo Brant, was less sure."),
            (std::vector<std::string>{"person:joe-biden", "person:olaf-scholz", "summit:berlin-u-a-1"}));
}

// A commentator the text also has meet someone stays.
TEST(EntityNodes, ACommentatorWhoDoesSomethingIsANode) {
  EXPECT_EQ(node_ids("Dr Mira Ostlund, a security analyst, met Joe Biden in Oslo on Monday."),
            (std::vector<std::string>{"person:joe-biden", "person:mira-ostlund", "summit:oslo-2025-10-27"}));
}

// A name a land's word ends is a place's: "the San Francisco Bay Area", "Yamaguchi Prefecture".
TEST(EntityNodes, ANameALandsWordEndsIsNoPerson) {
  EXPECT_EQ(node_ids("Joe Biden flew to Iwakuni in Yamaguchi Prefecture, then on to the Tarrow Bay Area."),
            (std::vector<std::string>{"person:joe-biden"}));
}

// A place named after a titled person names no one: "the King Fahd Stadium".
TEST(EntityNodes, APlaceNamedAfterAKingIsNoPerson) {
  EXPECT_EQ(node_ids("Joe Biden spoke at the King Tarek International Conference Center."),
            (std::vector<std::string>{"person:joe-biden"}));
}

}  // namespace
}  // namespace evkg
