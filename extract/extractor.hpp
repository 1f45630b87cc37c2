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
  // A document without a date line whose year the text gives away (extract/document_year.hpp) is
  // read again with that year as its date, so that "Friday October 31" is a date.
  DocumentResult extract(const Document& doc) const;

 private:
  // `year_out`, when given, receives the year inferred for an undated document (0 if none).
  DocumentResult extract_dated(const Document& doc, const Date& date, int* year_out, Date* anchor) const;
  const Lexicon& lex_;
};

}  // namespace evkg
