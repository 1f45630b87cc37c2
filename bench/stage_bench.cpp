// The extraction stages one by one over a corpus (real news when present): text normalisation,
// tokenising, sentence splitting, lexicon matching, whole-document extraction, and reading.
// Throughput is in bytes of article text per second.
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.hpp"
#include "core/fold.hpp"
#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "extract/sentence.hpp"
#include "extract/token.hpp"

namespace evkg::bench {
namespace {

void count(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text_bytes()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * documents().size()));
  state.SetLabel(corpus_name());
}

const std::vector<TokenList>& all_tokens() {
  static const auto t = [] {
    std::vector<TokenList> out;
    for (const auto& d : documents()) out.push_back(tokenize(d.text));
    return out;
  }();
  return t;
}

void BM_Normalise(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : documents()) benchmark::DoNotOptimize(fold(d.text));
  }
  count(state);
}
BENCHMARK(BM_Normalise)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  std::vector<Token> tokens;
  KeyArena keys;
  for (auto _ : state) {
    for (const auto& d : documents()) {
      tokenize_into(d.text, tokens, keys);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  count(state);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const auto& tokens = all_tokens();
  for (auto _ : state) {
    for (std::size_t i = 0; i < documents().size(); ++i) {
      benchmark::DoNotOptimize(split_sentences(documents()[i].text, tokens[i]));
    }
  }
  count(state);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// Greedy longest matches of lexicon phrases over every document's tokens.
void BM_LexiconMatch(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  const auto& tokens = all_tokens();
  std::size_t matches = 0;
  for (auto _ : state) {
    for (const auto& toks : tokens) {
      const auto key_at = [&](std::size_t i) { return toks[i].key.view(); };
      for (std::size_t i = 0; i < toks.size();) {
        const LexMatch m = lex.longest(i, toks.size(), key_at);
        matches += m.length != 0;
        i += m.length != 0 ? m.length : 1;
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  count(state);
}
BENCHMARK(BM_LexiconMatch)->Unit(benchmark::kMillisecond);

void BM_ExtractDocuments(benchmark::State& state) {
  const Extractor extractor(Lexicon::builtin());
  for (auto _ : state) {
    for (const auto& d : documents()) benchmark::DoNotOptimize(extractor.extract(d));
  }
  count(state);
}
BENCHMARK(BM_ExtractDocuments)->Unit(benchmark::kMillisecond);

// Reading the corpus from the (cached) files: file I/O, UTF-8 checks, metadata lines.
void BM_ReadDocuments(benchmark::State& state) {
  for (auto _ : state) {
    ReadStats stats;
    read_documents({corpus_name()}, [](Document&& d) { benchmark::DoNotOptimize(d.text.data()); }, stats);
  }
  count(state);
}
BENCHMARK(BM_ReadDocuments)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace evkg::bench

BENCHMARK_MAIN();
