#include "bench/bench_corpus.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "extract/document_reader.hpp"

namespace evkg::bench {
namespace {

struct Corpus {
  std::string name;
  std::vector<Document> docs;
  std::uint64_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const char* env = std::getenv("EVKG_BENCH_CORPUS");
    const std::string news = EVKG_SHARED_DIR "/corpus/bbc-2004-2005";
    if (env != nullptr && *env != '\0') {
      out.name = env;
    } else if (std::filesystem::is_directory(news)) {
      out.name = news;
    } else {
      out.name = EVKG_SOURCE_DIR "/examples";
      std::fprintf(stderr, "bench: %s is absent: using the example articles\n", news.c_str());
    }
    ReadStats stats;
    read_documents({out.name}, [&](Document&& d) {
      out.bytes += d.text.size();
      out.docs.push_back(std::move(d));
    }, stats);
    return out;
  }();
  return c;
}

}  // namespace

const std::vector<Document>& documents() { return corpus().docs; }
std::uint64_t text_bytes() { return corpus().bytes; }
const std::string& corpus_name() { return corpus().name; }

}  // namespace evkg::bench
