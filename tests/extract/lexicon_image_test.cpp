// The built-in lexicon is read from the image the build made of it (lexicon_image_gen): it must be
// the lexicon the embedded data builds, and an image must read back to the lexicon it was made of.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/error.hpp"
#include "extract/lexicon.hpp"

using namespace evkg;

TEST(LexiconImage, BuiltinIsTheLexiconOfTheEmbeddedData) {
  // Equal images: every member of the two lexicons is equal.
  EXPECT_TRUE(Lexicon::builtin().image() == Lexicon::from_embedded_data().image());
}

TEST(LexiconImage, ReadsBackToTheSameLexicon) {
  const Lexicon small = Lexicon::from_texts({{"small.json", R"({
    "organizations": [{"id": "nato", "label": "NATO", "aliases": ["North Atlantic Alliance"]}],
    "people": [{"name": "Ilse Marwick", "variants": ["Marwick"],
                "positions": [{"role": "envoy", "country": "NOR", "from": "2030-06-01"}]}],
    "titles": [{"key": "envoy", "label": "Envoy", "forms": ["envoy"]}]
  })"}});
  const std::string image = small.image();
  const Lexicon back = Lexicon::from_image(image);
  EXPECT_EQ(back.image(), image);
  ASSERT_NE(back.lookup("marwick"), nullptr);
  EXPECT_EQ(back.holders("envoy", "NOR", "", {}).size(), 1U);
  EXPECT_TRUE(back.org_by_key("nato").has_value());
}

TEST(LexiconImage, TruncatedImageIsRefused) {
  const std::string image = Lexicon::from_texts({}).image();
  EXPECT_THROW(Lexicon::from_image(std::string_view(image).substr(0, image.size() - 1)), Error);
}

TEST(LexiconImage, ACopyKeepsItsOwnPhraseEntries) {
  // A phrase's entries are a range of the lexicon's one array of them: a copy's ranges must be of
  // its own array, valid when the original is gone.
  auto original = std::make_unique<Lexicon>(Lexicon::from_texts({{"small.json", R"({
    "organizations": [{"id": "nato", "label": "NATO", "aliases": ["North Atlantic Alliance"]}]
  })"}}));
  const Lexicon copy = *original;
  original.reset();
  const LexEntries* entries = copy.lookup("north atlantic alliance");
  ASSERT_NE(entries, nullptr);
  ASSERT_EQ(entries->size(), 1U);
  EXPECT_EQ((*entries)[0].kind, LexKind::kOrg);
}
