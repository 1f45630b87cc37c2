// WordSet: a fixed list of words the rules test a token's key against ("company", "firm", "bank"
// ...), found with the WordTable's single probe of two 64-bit words rather than a node-based hash
// set's string hash, division and pointer chase: the clause and frame rules ask such lists tens of
// thousands of times per megabyte of news.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/word_table.hpp"

namespace evkg {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);

  bool contains(std::string_view word) const;
  // (as std::unordered_set's, so that a list reads the same either way)
  std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }

 private:
  WordTable table_;                // the words of 1..WordTable::kMaxWord bytes
  std::vector<std::string> long_;  // longer ones, sorted
  bool empty_word_ = false;        // whether "" is listed
};

}  // namespace evkg
