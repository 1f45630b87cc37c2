// Each extraction thread keeps its largest buffers (tokens, token keys, sentence analysis) from one
// document to the next. A document must come out the same whatever that thread extracted before:
// a long document, a short one, or nothing at all.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>

#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"

using namespace evkg;

namespace {

Document doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.date = "2025-03-06";
  d.text = text;
  return d;
}

// Every field the graph takes from a result, one line each.
std::string describe(const DocumentResult& r) {
  std::ostringstream out;
  out << r.doc_id << " " << r.sentences << " sentences\n";
  for (const auto& e : r.entities) out << "node " << e.id << " " << e.label << " " << e.mentions << "\n";
  for (const auto& a : r.assertions) {
    out << "edge " << a.subject << " -" << a.relation << "-> " << a.target << " [" << a.object << "] " << a.date << " "
        << a.place << " " << a.status << " " << a.begin << "-" << a.end << "\n";
  }
  return out.str();
}

std::string on_fresh_thread(const Extractor& x, const Document& d) {
  std::string out;
  std::thread([&] { out = describe(x.extract(d)); }).join();
  return out;
}

}  // namespace

TEST(ExtractorReuse, ADocumentComesOutTheSameWhateverCameBefore) {
  const Extractor x(Lexicon::builtin());
  const Document shorter = doc("short",
                               "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on "
                               "Thursday. He pledged 500 tanks to Ukraine.");
  std::string long_text;
  for (int i = 0; i < 60; ++i) {
    long_text += "The Italian foreign minister and her Spanish counterpart, Jose Albares, attended the summit "
                 "in Madrid; NATO Secretary General Mark Rutte chaired it. ";
    long_text += i % 2 == 0 ? "Rutte rejected the plan.\n\n" : "“We are not invited,” an aide said.\n";
  }
  const Document longer = doc("long", long_text);

  const std::string short_alone = on_fresh_thread(x, shorter);
  const std::string long_alone = on_fresh_thread(x, longer);
  ASSERT_NE(short_alone.find("-met->"), std::string::npos) << short_alone;
  ASSERT_NE(long_alone.find("-rejected->"), std::string::npos) << long_alone;

  std::string short_after_long, long_after_short, short_again;
  std::thread([&] {
    (void)x.extract(longer);
    short_after_long = describe(x.extract(shorter));
    long_after_short = describe(x.extract(longer));
    short_again = describe(x.extract(shorter));
  }).join();
  EXPECT_EQ(short_after_long, short_alone);
  EXPECT_EQ(long_after_short, long_alone);
  EXPECT_EQ(short_again, short_alone);
}
