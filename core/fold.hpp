// Folding text for matching: lower case, accents removed, typographic quotes, dashes and spaces
// made plain. Labels keep the original spelling; only keys and comparisons use folded forms.
#pragma once
#include <string>
#include <string_view>

namespace evkg {

// Appends the folded form of one code point (may be empty, e.g. for zero-width characters).
void fold_codepoint(char32_t cp, std::string& out);

// Lower case, accents folded (Micheál -> micheal, Élysée -> elysee), ’ -> ', “ -> ", – -> -.
std::string fold(std::string_view s);

// A name key for indexes: fold(), then dots removed, every character other than a letter, digit,
// apostrophe or hyphen made a space, runs of spaces collapsed, trimmed.
// "U.S." -> "us", "Zelenskyy's" -> "zelenskyy's", "  Sir Keir  Starmer " -> "sir keir starmer".
std::string name_key(std::string_view s);

// The given name of a name key that goes on with a father's or a family's name, as Arabic names do
// ("faisal bin farhan al saud" -> "faisal", "mishal al-ahmad al-jaber al-sabah" -> "mishal"): the
// one such a person is called by with a title ("Prince Faisal"); empty for any other name.
std::string_view arabic_given_name(std::string_view key);

// The letters an Arabic name keeps whatever its transliteration, as a lexicon key: each part's
// first letter and its consonants, doubled letters once, the article ("al-", "el") dropped, "ibn"
// as "bin" ("sabah khaled al-hamad al-sabah" and "sabah al-khalid al-hamad al-sabah" both ->
// "#ar sbh khld hmd sbh"; "mohamed bin zayed" -> "#ar mhmd b zd"). Empty for a name that has no
// Arabic article, "bin", "ibn", "bint", "abdul", "abdel" or "abu", or fewer than three parts.
std::string arabic_name_skeleton(std::string_view key);

}  // namespace evkg
