// The image of the built-in lexicon (Lexicon::image of Lexicon::from_embedded_data), compiled into
// the binary: lexicon_image_gen writes it as a source file at build time.
#pragma once
#include <string_view>

namespace evkg {

std::string_view builtin_lexicon_image();

}  // namespace evkg
