#include "extract/word_set.hpp"

#include <algorithm>
#include <unordered_map>

namespace evkg {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  std::unordered_map<std::string, WordInfo> table;
  for (const std::string_view w : words) {
    if (w.empty()) {
      empty_word_ = true;
    } else if (w.size() <= WordTable::kMaxWord) {
      table.try_emplace(std::string(w));
    } else {
      long_.emplace_back(w);
    }
  }
  table_.build(table);
  std::sort(long_.begin(), long_.end());
  long_.erase(std::unique(long_.begin(), long_.end()), long_.end());
}

bool WordSet::contains(std::string_view word) const {
  if (word.empty()) return empty_word_;
  if (word.size() <= WordTable::kMaxWord) return table_.find(word) != WordTable::kAbsent;
  return std::binary_search(long_.begin(), long_.end(), word);
}

}  // namespace evkg
