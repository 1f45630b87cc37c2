// Given names and the gender of their bearers (Lexicon::given_name_gender): the lists of
// data/given_names.json, and the first names of the lexicon's people whose gender it knows.
#include <gtest/gtest.h>

#include "extract/lexicon.hpp"

using namespace evkg;

TEST(GivenNames, ListedNamesAndThePeoplesFirstNames) {
  const Lexicon lex = Lexicon::from_texts({{"names.json", R"({
    "female_given_names": ["Bridget", "Alex"],
    "male_given_names": ["Hunter"],
    "people": [
      {"name": "Olaf Example", "gender": "m", "positions": []},
      {"name": "Alex Sample", "gender": "m", "positions": []},
      {"name": "Robin One", "gender": "m", "positions": []},
      {"name": "Robin Two", "gender": "f", "positions": []},
      {"name": "Xi Jinping", "gender": "m", "positions": []},
      {"name": "Lee Hsien Loong", "gender": "m", "family_name_first": true, "positions": []},
      {"name": "Madonna", "gender": "f", "positions": []}
    ]})"}});
  EXPECT_EQ(lex.given_name_gender("bridget"), 'f');
  EXPECT_EQ(lex.given_name_gender("hunter"), 'm');
  EXPECT_EQ(lex.given_name_gender("olaf"), 'm');      // a person's first name
  EXPECT_EQ(lex.given_name_gender("alex"), 'f');      // the list wins over a person
  EXPECT_EQ(lex.given_name_gender("robin"), '?');     // people of both genders
  EXPECT_EQ(lex.given_name_gender("xi"), '?');        // a family name first
  EXPECT_EQ(lex.given_name_gender("lee"), '?');
  EXPECT_EQ(lex.given_name_gender("madonna"), '?');   // one name is no given name
  EXPECT_EQ(lex.given_name_gender("nobody"), '?');
}

TEST(GivenNames, TheBuiltInLexiconKnowsCommonNames) {
  const Lexicon& lex = Lexicon::builtin();
  EXPECT_EQ(lex.given_name_gender("jill"), 'f');
  EXPECT_EQ(lex.given_name_gender("victoria"), 'f');
  EXPECT_EQ(lex.given_name_gender("emmanuel"), 'm');
  EXPECT_EQ(lex.given_name_gender("kim"), '?');
}
