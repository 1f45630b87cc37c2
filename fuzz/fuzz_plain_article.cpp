// Fuzz target: a plain-text article file as the reader sees it (byte-order marks and UTF-16, then
// metadata lines, credits, invalid UTF-8): bytes_to_utf8 + parse_plain_article.
#include "extract/article_text.hpp"
#include "extract/encoding.hpp"
#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string utf8 = evkg::bytes_to_utf8(evkg::fuzz::as_view(data, size));
  std::size_t bad = 0;
  const evkg::Document doc = evkg::parse_plain_article("fuzz", utf8, &bad);
  evkg::fuzz::check_document(doc);
  return 0;
}
