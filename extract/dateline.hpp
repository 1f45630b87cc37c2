// The place of a news dateline ("RIO DE JANEIRO - ", "WASHINGTON, July 11 (Agency) - ", "THE HAGUE,
// Netherlands (AP) — "), and the gathering of a body it places.
#pragma once
#include <string>
#include <string_view>

#include "extract/analysis.hpp"
#include "extract/lexicon.hpp"

namespace evkg {

// The capitalised words that open a paragraph near the top of the article, before a comma, a
// bracket or a dash, with a dash soon after them: the city, as the lexicon names it ("The Hague")
// or else in title case ("Rio de Janeiro"). Empty when the article has no dateline.
std::string dateline_place(std::string_view text, const Lexicon& lex);
// A dateline's city written in capitals ("WASHINGTON", "RIO DE JANEIRO"), as the lexicon names it
// ("Washington", "Rio de Janeiro"); "" for a country.
std::string dateline_city(std::string_view words, const Lexicon& lex);

// The article is filed from `place`: a body's gathering the article reports someone attending or
// chairing, which has no place and is held within a week of the article (any, in an article without
// a date), is held there.
void place_reported_gatherings(DocContext& ctx, const std::string& place);

}  // namespace evkg
