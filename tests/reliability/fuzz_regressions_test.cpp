// Inputs the fuzz targets (fuzz/) found crashing or breaking an invariant, each run through the same
// entry point as its target.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>

#include "core/error.hpp"
#include "export/json_reader.hpp"
#include "extract/lexicon.hpp"
#include "graph/event_graph.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

// fuzz_json_graph (and fuzz_assertions_jsonl, the same parser path): the number "-0e-40". RapidJSON
// 1.1.0 (Debian 12) with kParseFullPrecisionFlag hands an all-zero significand to DiyFp::Normalize,
// which calls __builtin_clzll(0) (UBSan: "passing zero to clz()") and returns -2.3e18 instead of
// -0: a confidence or weight written as 0e-40 by another tool comes back as a huge number. Upstream
// RapidJSON returns 0.0 for an all-zero significand; the packaged release does not.
TEST(FuzzRegressions, ZeroWithANegativeExponentReadsAsZero) {
  const std::string doc =
      R"({"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}],)"
      R"( "links": [{"source": "a", "target": "b", "relation": "met", "confidence": -0e-40, "weight": 0e-40}]})";
  const EventGraph g = read_json_graph(doc, "zero.json");
  ASSERT_EQ(g.num_edges(), 1u);
  const auto& e = g.graph()[*boost::edges(g.graph()).first];
  EXPECT_EQ(e.confidence, 0.0);
  EXPECT_EQ(e.weight, 0.0);
}

TEST(FuzzRegressions, NumbersOfAGraphFileAreReadCorrectlyRounded) {
  const std::string doc =
      R"({"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}],)"
      R"( "links": [{"source": "a", "target": "b", "relation": "met", "confidence": 0.30000000000000004,)"
      R"( "weight": 1e-400}, {"source": "a", "target": "b", "relation": "called", "weight": 3}]})";
  const EventGraph g = read_json_graph(doc, "numbers.json");
  ASSERT_EQ(g.num_edges(), 2u);
  for (const auto e : g.sorted_edges()) {
    const auto& p = g.graph()[e];
    if (p.relation == "met") {
      EXPECT_EQ(p.confidence, 0.1 + 0.2);  // the nearest double, to the last bit
      EXPECT_EQ(p.weight, 0.0);            // underflow is zero
    } else {
      EXPECT_EQ(p.weight, 3.0);
    }
  }
}

// fuzz_lexicon_overlay: a lexicon file whose "countries" list holds strings instead of objects (the
// fuzzer spliced the outlet list into it). load_json looked up "code" in each element with
// RapidJSON's FindMember, which on a non-object reads a string as a member array: a wild read
// (ASan: SEGV in GenericValue::GetStringLength). Every entry of every list must be an object.
TEST(FuzzRegressions, LexiconEntriesThatAreNotObjectsAreRefused) {
  for (const char* json : {R"({"countries": ["SANA", "Syrian Arab News Agency"]})",
                           R"({"organizations": [1]})",
                           R"({"people": [["Ilse Marwick"]]})",
                           R"({"people": [{"name": "Ilse Marwick", "positions": ["arctic_envoy"]}]})",
                           R"({"titles": [null]})",
                           R"({"places": ["Svalbard"]})",
                           R"({"triggers": ["meet"]})"}) {
    try {
      (void)Lexicon::from_texts({{"overlay.json", json}});
      ADD_FAILURE() << "accepted: " << json;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()).rfind("overlay.json: ", 0), 0u) << e.what();
      EXPECT_NE(std::string(e.what()).find("not a JSON object"), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace evkg::reliability
