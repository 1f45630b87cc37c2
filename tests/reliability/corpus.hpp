// Generated inputs for the CLI tests: many short articles about people from the built-in lexicon.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace evkg::reliability {

// Names of people in the project's data files (data/people_*.json).
const std::vector<std::string>& lexicon_people();

// JSON Lines: `docs` records "A met B in Geneva on D Month YYYY." with pseudo-random people and
// dates (the same for the same seed).
std::string meetings_jsonl(std::size_t docs, unsigned seed);

// The same meetings as plain-text articles: one string per document.
std::vector<std::string> meetings_articles(std::size_t docs, unsigned seed);

}  // namespace evkg::reliability
