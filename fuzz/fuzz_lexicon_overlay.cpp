// Fuzz target: a user lexicon overlay (--lexicon FILE). The bytes go to a temporary file read by
// Lexicon::with_overlays; a lexicon it accepts must then serve an extraction. The base is the
// built-in data files without the people and the ISO list (countries, organisations, titles,
// triggers, outlets), built once: overlaying the whole built-in lexicon rebuilds an index of tens
// of thousands of phrases for every input, which under ASan takes a third of libFuzzer's 1 s limit.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/error.hpp"
#include "data/embedded.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {
std::string g_path;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): one per process

const evkg::Lexicon& base_lexicon() {
  static const evkg::Lexicon base = [] {
    std::vector<evkg::Lexicon::NamedText> texts;
    for (const auto& f : evkg::embedded_files()) {
      if (!f.name.starts_with("people") && f.name != "iso_3166-1.json") texts.push_back({std::string(f.name), f.bytes});
    }
    return evkg::Lexicon::from_texts(texts);
  }();
  return base;
}

void remove_temporary() { std::remove(g_path.c_str()); }

constexpr const char* kText =
    "date 2024-07-10\nPresident Joe Biden met French President Emmanuel Macron in Paris on Tuesday at the "
    "NATO summit. Germany's chancellor pledged 500 million euros. They rejected the proposal.\n";
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  evkg::fuzz::quiet_logs();
  (void)base_lexicon();
  const char* dir = std::getenv("TMPDIR");
  g_path = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/evkg-fuzz-lexicon-" +
           std::to_string(::getpid()) + ".json";
  std::atexit(remove_temporary);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::FILE* f = std::fopen(g_path.c_str(), "wb");
  if (f == nullptr) evkg::fuzz::violated("cannot write the temporary lexicon file");
  const bool written = std::fwrite(data, 1, size, f) == size;
  if (std::fclose(f) != 0 || !written) evkg::fuzz::violated("cannot write the temporary lexicon file");
  try {
    const evkg::Lexicon lex = evkg::Lexicon::with_overlays({g_path}, base_lexicon());
    const evkg::Extractor extractor{lex};
    evkg::Document doc;
    doc.id = "fuzz";
    doc.date = "2024-07-10";
    doc.text = kText;
    (void)extractor.extract(doc);
  } catch (const evkg::Error&) {
    // rejected with a message: fine
  }
  return 0;
}
