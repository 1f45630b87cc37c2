// The extraction pipeline for one document:
//   text -> tokens -> sentences -> mentions (per sentence, with coreference across the document)
//   -> relations (per sentence) -> DocumentResult (entities, events, topics, assertions with ids).
// An Extractor is immutable after construction and may be shared by threads.
#pragma once
#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/assertion.hpp"

namespace evkg {

class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon) : lex_(lexicon) {}
  DocumentResult extract(const Document& doc) const;

 private:
  const Lexicon& lex_;
};

}  // namespace evkg
