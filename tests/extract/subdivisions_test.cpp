// States and provinces from ISO 3166-2 (Lexicon::load_subdivisions): places of their country in
// the built-in lexicon, but not a name two countries share, a given name, or a name it has already.
#include <gtest/gtest.h>

#include <string>

#include "extract/lexicon.hpp"

using namespace evkg;

namespace {

// The alpha-3 code of the country a place of the built-in lexicon belongs to, "" when it is none.
std::string country_of_place(const std::string& key) {
  const Lexicon& lex = Lexicon::builtin();
  const auto* entries = lex.lookup(key);
  if (entries == nullptr) return "";
  for (const LexEntry& e : *entries) {
    if (e.kind == LexKind::kCity) return lex.countries()[e.index].code;
  }
  return "";
}

}  // namespace

TEST(Subdivisions, StatesAndProvincesArePlacesOfTheirCountry) {
  EXPECT_EQ(country_of_place("gujarat"), "IND");
  EXPECT_EQ(country_of_place("queensland"), "AUS");
  EXPECT_EQ(country_of_place("guangdong"), "CHN");  // "Guangdong Sheng" without its kind
  EXPECT_EQ(country_of_place("alberta"), "CAN");
  EXPECT_EQ(country_of_place("california"), "USA");
}

TEST(Subdivisions, NamesThatWouldMisleadAreLeftOut) {
  EXPECT_EQ(country_of_place("punjab"), "");    // a province of India and of Pakistan
  EXPECT_EQ(country_of_place("virginia"), "");  // a given name
  EXPECT_EQ(country_of_place("taiwan"), "");    // a country of the lexicon
}
