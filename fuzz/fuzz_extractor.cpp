// Fuzz target: the whole extraction pipeline on arbitrary text. The text is made what every reader
// hands the extractor (document.hpp: valid UTF-8 without NULs); the first line may carry a date
// ("date 2025-09-04") as in a plain-text article.
#include "extract/article_text.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  (void)evkg::Lexicon::builtin();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const evkg::Document doc = evkg::parse_plain_article("fuzz", evkg::fuzz::as_view(data, size));
  const evkg::Extractor extractor{evkg::Lexicon::builtin()};
  const evkg::DocumentResult r = extractor.extract(doc);
  evkg::fuzz::require(r.doc_id == "fuzz", "the result names another document");
  return 0;
}
