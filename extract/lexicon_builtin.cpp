// The built-in lexicon, read from the image of it that the build made (lexicon_image_gen.cpp):
// building it from the embedded JSON at start-up was a tenth of a large job's instructions and
// nearly all of a small one's.
#include "extract/lexicon.hpp"
#include "extract/lexicon_image.hpp"

namespace evkg {

const Lexicon& Lexicon::builtin() {
  // Made on first use and never destroyed: freeing its tables at exit cost every run of the
  // command-line tool time for memory the system takes back anyway.
  static const Lexicon* const lex = new Lexicon(from_image(builtin_lexicon_image()));
  return *lex;
}

Lexicon Lexicon::with_overlays(const std::vector<std::string>& files) { return with_overlays(files, builtin()); }

}  // namespace evkg
