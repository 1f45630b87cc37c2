#include "extract_test_support.hpp"

#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"

namespace evkg::test {

DocumentResult extract_text(const std::string& text, const std::string& date, const std::string& id) {
  Document d;
  d.id = id;
  d.date = date;
  d.text = text;
  const Extractor x(Lexicon::builtin());
  return x.extract(d);
}

}  // namespace evkg::test
