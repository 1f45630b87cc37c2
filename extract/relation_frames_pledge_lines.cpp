// Relation frames: pledges listed by giver, one line each, as live pages and explainers set them
// out after a line on the money ("The first money on the table:"): "- Norway: up to three billion
// dollars over ten years", "European Union and member states: 522 million euros for 2025", "The
// British contribution: up to 160 million pounds, announced by the minister". The giver before the
// colon pledged the sum after it, to whom the pledges of the last sentences were for, or to the
// fund they spoke of.

#include <string_view>

#include "core/fold.hpp"
#include "extract/number_words.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// Words that may stand with the giver's name before the colon ("The British contribution",
// "European Union and member states").
bool giver_word(TokenKey k) {
  static const WordSet kWords = {
      "the",    "and",     "its",         "member",  "states", "contribution", "pledge", "pledges",
      "share",  "offer",   "commitment",  "'s",      "'",      "government",   "new",    "total"};
  return kWords.count(k.view()) != 0;
}

// Words that may stand before the sum after the colon ("up to", "a matching", "another").
bool sum_opener(TokenKey k) {
  static const WordSet kWords = {
      "up",      "to",      "almost",     "about", "around", "nearly",   "more",    "than",  "another",
      "a",       "an",      "the",        "further", "additional", "over", "some", "matching", "roughly",
      "at",      "least",   "just",       "under", "fresh",  "extra"};
  return kWords.count(k.view()) != 0;
}

bool sum_word(TokenKey k) {
  // ("$100m", "€2bn", "17.5m": a number with its unit in one word)
  const bool unit_suffixed = !k.empty() && k.view().front() >= '0' && k.view().front() <= '9' &&
                             (k.ends_with("m") || k.ends_with("bn"));
  return k == "million"sv || k == "billion"sv || k == "trillion"sv || k == "bn"sv || k == "m"sv || k == "$"sv ||
         k == "€"sv || k == "£"sv || unit_suffixed;
}

// Words of the last sentences that say money is being pledged.
bool pledge_talk(TokenKey k) {
  return k.starts_with("pledg") || k.starts_with("contribut") || k.starts_with("donor") || k.starts_with("donat") ||
         k.starts_with("promis") || k == "fund"sv || k == "money"sv || k == "aid"sv || k == "commitments"sv;
}

}  // namespace

void Frames::pledge_line() {
  std::uint32_t i = F();
  while (i < L() && (key(i) == "-"sv || key(i) == "•"sv || key(i) == "*"sv || key(i) == "–"sv)) ++i;
  std::uint32_t colon = i;
  while (colon < L() && colon < i + 8 && key(colon) != ":"sv) ++colon;
  if (colon >= L() || colon == i || key(colon) != ":"sv || colon + 2 >= L()) return;
  // the sum right after the colon
  std::uint32_t sum = colon + 1;
  while (sum < L() && sum < colon + 5 && sum_opener(key(sum))) ++sum;
  bool money = false;
  for (std::uint32_t k = sum; k < L() && k < sum + 3 && !money; ++k) money = sum_word(key(k));
  // or a number of things that can be pledged: "- Germany: four further IRIS-T air-defence systems"
  if (!money && sum < L() && (ctx_.tokens[sum].is(kDigit) || small_number_word(key(sum).view()) > 0)) {
    std::uint32_t q = sum + 1;
    while (q < L() && q < sum + 3 && sum_opener(key(q))) ++q;
    // (the things themselves, before what they are of or for: not "eight meetings of experts")
    std::uint32_t head_end = np_end(q, clause_end_past_amounts(q));
    for (std::uint32_t k = q; k < head_end; ++k) {
      if (key(k) == "of"sv || key(k) == "for"sv || key(k) == "to"sv || key(k) == "with"sv) head_end = k;
    }
    money = q < head_end && pledgeable_object(name_key(text(q, head_end)));
  }
  if (!money) return;
  // the giver: actors, a demonym, and words of a giver's share
  Group s;
  for (std::uint32_t t = i; t < colon;) {
    if (const Mention* m = cv_.mention_at(t); m != nullptr && m->first == t) {
      if (!cv_.is_actor(*m) || m->entity < 0 || m->kind == MKind::kPronoun || m->kind == MKind::kPerson) return;
      s.entities.push_back(m->entity);
      t = m->last;
      continue;
    }
    if (const int c = demonym_country(t); c >= 0) {
      s.entities.push_back(c);
      ++t;
      continue;
    }
    if (!giver_word(key(t))) return;
    ++t;
  }
  // (one giver, or a few pledging together: "- United Kingdom and Norway: ...")
  if (s.entities.empty() || s.entities.size() > 3) return;
  s.first = i;
  s.last = colon;
  // money spoken of in this sentence or the five before it
  bool talk = false;
  for (std::uint32_t k = ctx_.sentence_start_back(F(), 5); k < colon && !talk; ++k) talk = pledge_talk(key(k));
  if (!talk) return;
  const std::uint32_t info = pledge_trigger_info();
  if (info == ClauseView::kNoToken) return;
  Offer o;
  // (from the sum: "up to" opens no noun phrase)
  o.object_first = sum;
  o.object = trimmed_np(colon + 1, np_end(sum, clause_end_past_amounts(sum)));
  emit_pledge(s, Trigger{colon, colon + 1, info}, o, true);
}

}  // namespace evkg::detail
