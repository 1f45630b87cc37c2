// User lexicon overlays (`--lexicon FILE`, Lexicon::with_overlays): what an overlay adds or replaces
// reaches the extraction, and a broken overlay is refused with a message naming the file and place.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"

using namespace evkg;

namespace {

class OverlayFile {
 public:
  explicit OverlayFile(const std::string& json)
      : path_((std::filesystem::temp_directory_path() /
               ("evkg-overlay-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".json"))
                  .string()) {
    std::ofstream(path_, std::ios::binary) << json;
  }
  ~OverlayFile() { std::filesystem::remove(path_); }
  OverlayFile(const OverlayFile&) = delete;
  OverlayFile& operator=(const OverlayFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

DocumentResult extract(const Lexicon& lex, const std::string& text, const std::string& date = "2031-03-04") {
  Document doc;
  doc.id = "d1";
  doc.date = date;
  doc.text = text;
  return Extractor(lex).extract(doc);
}

const NodeProps* node(const DocumentResult& r, const std::string& id) {
  for (const auto& n : r.entities) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

bool has_edge(const DocumentResult& r, const std::string& s, const std::string& rel, const std::string& t) {
  for (const auto& a : r.assertions) {
    if (a.subject == s && a.relation == rel && a.target == t && a.status == "reported") return true;
  }
  return false;
}

// A title and a person no built-in file knows: the person holds that office from 2030 on.
constexpr const char* kMinister = R"({
  "titles": [{"key": "arctic_envoy", "label": "Arctic Envoy", "forms": ["arctic envoy"]}],
  "people": [{"name": "Ilse Marwick", "gender": "f", "variants": ["Marwick"],
              "positions": [{"role": "arctic_envoy", "country": "NOR", "from": "2030-06-01"}]}]
})";
constexpr const char* kSentence = "Norway's Arctic envoy met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.";

}  // namespace

TEST(LexiconOverlay, AddedPersonGetsOfficeCountryAndTitleResolution) {
  const OverlayFile file(kMinister);
  const Lexicon lex = Lexicon::with_overlays({file.path()});
  const auto r = extract(lex, kSentence);
  const NodeProps* p = node(r, "person:ilse-marwick");
  ASSERT_NE(p, nullptr) << "the title resolves to the overlay's holder on the document date";
  EXPECT_EQ(p->country, "Norway");
  EXPECT_EQ(p->role, "Arctic Envoy");
  EXPECT_TRUE(has_edge(r, "person:ilse-marwick", "met", "person:volodymyr-zelenskyy"));

  // The built-in lexicon alone knows neither the title nor her: no one met Zelensky.
  const auto plain = extract(Lexicon::builtin(), kSentence);
  EXPECT_EQ(node(plain, "person:ilse-marwick"), nullptr);
  EXPECT_TRUE(plain.assertions.empty());
}

TEST(LexiconOverlay, OfficeDatesAreHonoured) {
  const OverlayFile file(kMinister);
  const Lexicon lex = Lexicon::with_overlays({file.path()});
  // Before her term the title is someone else's.
  const auto before = extract(lex, kSentence, "2029-03-05");
  EXPECT_EQ(node(before, "person:ilse-marwick"), nullptr);
  EXPECT_TRUE(before.assertions.empty());
  const auto during = extract(lex, kSentence, "2030-06-02");
  EXPECT_NE(node(during, "person:ilse-marwick"), nullptr);
}

TEST(LexiconOverlay, ReplacesABuiltInPersonWithTheSameName) {
  // Overlay entries with a built-in person's name replace that entry: here a fictional office.
  const OverlayFile file(R"({"people": [{"name": "Volodymyr Zelenskyy", "gender": "m",
      "positions": [{"role": "foreign_minister", "country": "NOR", "from": "2030-06-01"}]}]})");
  const Lexicon lex = Lexicon::with_overlays({file.path()});
  const char* text = "Volodymyr Zelenskyy met French President Emmanuel Macron in Paris on Monday.";
  const auto plain = extract(Lexicon::builtin(), text);
  const NodeProps* before = node(plain, "person:volodymyr-zelenskyy");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->country, "Ukraine");
  const auto r = extract(lex, text);
  const NodeProps* p = node(r, "person:volodymyr-zelenskyy");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "Norway");
  EXPECT_EQ(p->role, "Foreign Minister");
  EXPECT_TRUE(has_edge(r, "person:volodymyr-zelenskyy", "met", "person:emmanuel-macron"));
}

TEST(LexiconOverlay, AddsAnOrganisationAndItsAcronym) {
  const OverlayFile file(R"({"organizations": [{"id": "nsf", "label": "Northern Sea Forum", "kind": "forum",
      "aliases": ["NSF"]}]})");
  const Lexicon lex = Lexicon::with_overlays({file.path()});
  const auto r = extract(lex, "French President Emmanuel Macron attended the NSF summit in Oslo on Monday.");
  EXPECT_NE(node(r, "organization:nsf"), nullptr);
  const auto plain = extract(Lexicon::builtin(), "French President Emmanuel Macron attended the NSF summit in Oslo on Monday.");
  EXPECT_EQ(node(plain, "organization:nsf"), nullptr);
}

TEST(LexiconOverlay, OverASmallBaseLexicon) {
  const std::string base_json = R"({"countries": [{"code": "NOR", "label": "Norway", "demonyms": ["Norwegian"]},
      {"code": "UKR", "label": "Ukraine", "demonyms": ["Ukrainian"]}],
    "titles": [{"key": "foreign_minister", "label": "Foreign Minister", "forms": ["foreign minister"]}],
    "triggers": [{"relation": "met", "frame": "meet", "verb": "meet", "past": "met"}]})";
  const Lexicon base = Lexicon::from_texts({{"base.json", base_json}});
  EXPECT_EQ(base.countries().size(), 2u);
  EXPECT_TRUE(base.people().empty());
  const OverlayFile file(kMinister);
  const Lexicon lex = Lexicon::with_overlays({file.path()}, base);
  EXPECT_EQ(lex.people().size(), 1u);
  EXPECT_EQ(base.people().size(), 0u) << "the base is not changed";
  const auto r = extract(lex, "Ilse Marwick met the Ukrainian foreign minister in Oslo on Monday.");
  const NodeProps* p = node(r, "person:ilse-marwick");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "Norway");
  EXPECT_EQ(p->role, "Arctic Envoy");
}

TEST(LexiconOverlay, MalformedJsonNamesFileLineAndColumn) {
  const OverlayFile file("{\"people\": [\n  {\"name\": \"A\"},\n  oops\n]}");
  try {
    (void)Lexicon::with_overlays({file.path()});
    FAIL() << "a malformed overlay was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind(file.path() + ":3:3: ", 0), 0u) << e.what();
  }
}

TEST(LexiconOverlay, EntriesWithoutTheirKeyAreRefused) {
  const OverlayFile person(R"({"people": [{"gender": "f"}]})");
  EXPECT_THROW((void)Lexicon::with_overlays({person.path()}), Error);
  const OverlayFile not_object("[1, 2]");
  try {
    (void)Lexicon::with_overlays({not_object.path()});
    FAIL() << "a JSON array was accepted as a lexicon";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(not_object.path()), std::string::npos) << e.what();
  }
}

TEST(LexiconOverlay, MissingFileIsAnErrorNamingIt) {
  const std::string path = (std::filesystem::temp_directory_path() / "evkg-no-such-overlay.json").string();
  try {
    (void)Lexicon::with_overlays({path});
    FAIL() << "a missing overlay was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path + ": cannot read lexicon file");
  }
}
