// Micro-benchmarks of figdiff's pipeline stages (normalize, segment, match, parse, whole
// extraction, lexicon start-up), each beside a bare RE2 digit-run scan of the same bytes so
// that the ratios the performance issue asks about are visible in one run.
//
// Corpora: the sample articles of data/samples/trainium/ (es.txt: es, ar.txt: ar, fr*.txt: fr)
// and bench/corpus/en.txt (en), each language's texts repeated in memory to about 1 MB.
// Run: build/bench/bench/figdiff_bench [--benchmark_filter=REGEX]. Rates are in MiB/s (Google
// Benchmark's M is 2^20); the CPU column is what they are computed from. Results:
// docs/performance.md.
#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/extract.h"
#include "figdiff/figure.h"
#include "figdiff/lexicon.h"
#include "figdiff/normalize.h"
#include "figdiff/number.h"
#include "figdiff/segment.h"

namespace figdiff {
namespace {

constexpr size_t kCorpusBytes = 1 << 20;  // about 1 MB per language

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> SampleFiles(std::string_view lang) {
  const std::string samples = std::string(FIGDIFF_SOURCE_DIR) + "/data/samples/trainium/";
  if (lang == "es") return {samples + "es.txt"};
  if (lang == "ar") return {samples + "ar.txt"};
  if (lang == "fr")
    return {samples + "fr.txt", samples + "fr.related.txt", samples + "fr.summary.txt"};
  return {std::string(FIGDIFF_SOURCE_DIR) + "/bench/corpus/en.txt"};
}

// The lexicons of the corpora, built once (LexiconCache::Get is benchmarked on its own).
const Lexicon& SharedLexicon(std::string_view lang) {
  static LexiconCache cache;
  std::string error;
  const Lexicon* lex = cache.Get(lang, &error);
  if (lex == nullptr) throw std::runtime_error(error);
  return *lex;
}

struct Corpus {
  std::string text;                             // the samples repeated to about kCorpusBytes
  NormalizedText normalized;                    // Normalize(text)
  std::vector<std::pair<size_t, size_t>> runs;  // digit runs of the candidate pattern
  std::vector<std::string> sample_runs;         // the runs of one copy of the samples
};

// A language's corpus, made on first use.
const Corpus& CorpusOf(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<Corpus>> corpora;
  auto& slot = corpora[lang];
  if (slot) return *slot;
  auto corpus = std::make_unique<Corpus>();
  std::string once;
  for (const std::string& path : SampleFiles(lang)) once += ReadFile(path) + "\n\n";
  while (corpus->text.size() < kCorpusBytes) corpus->text += once;
  corpus->normalized = Normalize(corpus->text);

  const Lexicon& lex = SharedLexicon(lang);
  std::string_view text = corpus->normalized.text;
  size_t once_bytes = Normalize(once).text.size();
  re2::StringPiece groups[3];
  for (size_t pos = 0; pos < text.size() &&
                       lex.candidates->Match(text, pos, text.size(), RE2::UNANCHORED, groups, 3);) {
    const re2::StringPiece& whole = groups[0];
    size_t end = static_cast<size_t>(whole.data() - text.data()) + whole.size();
    if (groups[1].data() != nullptr) {
      size_t start = static_cast<size_t>(groups[1].data() - text.data());
      corpus->runs.emplace_back(start, start + groups[1].size());
      if (end <= once_bytes) corpus->sample_runs.emplace_back(groups[1].data(), groups[1].size());
    }
    pos = end > pos ? end : pos + 1;
  }
  slot = std::move(corpus);
  return *slot;
}

void SetBytes(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

// --- normalize -----------------------------------------------------------------------------

void BM_Normalize(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  for (auto _ : state) {
    NormalizedText normalized = Normalize(corpus.text);
    benchmark::DoNotOptimize(normalized.text.data());
  }
  SetBytes(state, corpus.text.size());
}

// --- segment -------------------------------------------------------------------------------

// Segmenter::SentenceIndexAt through every sentence of the text (ICU sentence iteration).
void BM_SegmentSentences(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  const Lexicon& lex = SharedLexicon(lang);
  std::string_view text = corpus.normalized.text;
  int sentences = 0;
  for (auto _ : state) {
    Segmenter seg(*lex.segmenter, text);
    sentences = seg.SentenceIndexAt(text.size());
    benchmark::DoNotOptimize(sentences);
  }
  state.counters["sentences"] = sentences;
  SetBytes(state, text.size());
}

// Segmenter::IsWordEdge at both ends of every digit run, as the figure reader asks.
void BM_SegmentWordEdges(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  const Lexicon& lex = SharedLexicon(lang);
  std::string_view text = corpus.normalized.text;
  for (auto _ : state) {
    Segmenter seg(*lex.segmenter, text);
    int edges = 0;
    for (const auto& [start, end] : corpus.runs)
      edges += seg.IsWordEdge(start) + seg.IsWordEdge(end);
    benchmark::DoNotOptimize(edges);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.runs.size() * 2));
  SetBytes(state, text.size());
}

// Reference: ICU's word break iterator over every word of the text (what asking only near the
// candidates avoids).
void BM_IcuWordsWholeText(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  const Lexicon& lex = SharedLexicon(lang);
  std::string_view text = corpus.normalized.text;
  for (auto _ : state) {
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::unique_ptr<icu::BreakIterator> words(lex.segmenter->words().clone());
    words->setText(utext, status);
    int count = 0;
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) ++count;
    benchmark::DoNotOptimize(count);
    words.reset();
    utext_close(utext);
  }
  SetBytes(state, text.size());
}

// --- match ---------------------------------------------------------------------------------

// Finds every candidate (digit runs and number words) of the normalized text, each search from
// the end of the last candidate, with `next` (pos, match) -> found; without reading figures.
template <typename Next>
void CandidateScan(benchmark::State& state, const std::string& lang, Next next) {
  std::string_view text = CorpusOf(lang).normalized.text;
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    re2::StringPiece found;
    for (size_t pos = 0; pos < text.size() && next(text, pos, &found);) {
      ++matches;
      pos = static_cast<size_t>(found.data() - text.data()) + found.size();
    }
    benchmark::DoNotOptimize(matches);
  }
  state.counters["candidates"] = static_cast<double>(matches);
  SetBytes(state, text.size());
}

// The candidate scan as figure.cc runs it (candidate_scan.h): a vector prefilter with RE2
// confirming each candidate, in every language.
void BM_CandidateScan(benchmark::State& state, const std::string& lang) {
  const Lexicon& lex = SharedLexicon(lang);
  CandidateScan(state, lang, [&](std::string_view text, size_t pos, re2::StringPiece* found) {
    return lex.scanner->Next(text, pos, found);
  });
}

// The same candidates from RE2's unanchored search: its DFA over every byte, then a reverse
// DFA per candidate to find where it starts. What BM_CandidateScan saves is the gap.
void BM_CandidateScanRe2(benchmark::State& state, const std::string& lang) {
  const Lexicon& lex = SharedLexicon(lang);
  CandidateScan(state, lang, [&](std::string_view text, size_t pos, re2::StringPiece* found) {
    return lex.candidates->Match(text, pos, text.size(), RE2::UNANCHORED, found, 1);
  });
}

// The candidate scan and the reading of each figure's context (scale, currency, percent,
// qualifier): figure.h's ReadFigureBlock over the whole text, block by block, with its segmenter.
void BM_ReadFigures(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  const Lexicon& lex = SharedLexicon(lang);
  std::string_view text = corpus.normalized.text;
  size_t figures = 0;
  for (auto _ : state) {
    Segmenter seg(*lex.segmenter, text);
    std::vector<Figure> block;
    figures = 0;
    for (size_t pos = 0; ReadFigureBlock(lex, text, seg, &pos, &block);) figures += block.size();
    benchmark::DoNotOptimize(figures);
  }
  state.counters["figures"] = static_cast<double>(figures);
  SetBytes(state, text.size());
}

// --- parse ---------------------------------------------------------------------------------

// ParseDigitRun on the digit runs of one copy of the language's samples ("2015", "110",
// "500.000", "1,5", "40 000"...), with the language's separators.
void BM_ParseDigitRun(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  const Lexicon& lex = SharedLexicon(lang);
  size_t bytes = 0;
  for (const std::string& run : corpus.sample_runs) bytes += run.size();
  for (auto _ : state) {
    for (const std::string& run : corpus.sample_runs) {
      auto numbers = ParseDigitRun(run, 0, lex.number_format);
      benchmark::DoNotOptimize(numbers.begin());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.sample_runs.size()));
  state.counters["runs"] = static_cast<double>(corpus.sample_runs.size());
  SetBytes(state, bytes);
}

// --- whole extraction and start-up --------------------------------------------------------

void BM_ExtractFacts(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  const Lexicon& lex = SharedLexicon(lang);
  ExtractOptions options;
  size_t facts = 0;
  for (auto _ : state) {
    facts = ExtractFacts(lex, corpus.text, options).size();
    benchmark::DoNotOptimize(facts);
  }
  state.counters["facts"] = static_cast<double>(facts);
  SetBytes(state, corpus.text.size());
}

// Start-up cost of a language: LexiconCache::Get on a fresh cache (language data, RE2 patterns,
// ICU currency names, RBNF, break iterators). ICU's own data is loaded and cached by the
// process after the first call: the cold first call is reported in the context (cold_*).
void BM_LexiconCacheGet(benchmark::State& state, const std::string& lang) {
  for (auto _ : state) {
    LexiconCache cache;
    std::string error;
    const Lexicon* lex = cache.Get(lang, &error);
    if (lex == nullptr) {
      state.SkipWithError(error.c_str());
      break;
    }
    benchmark::DoNotOptimize(lex);
  }
}

// --- the baseline --------------------------------------------------------------------------

// One RE2 pattern for digit runs over the original bytes: bench/re2_scan.cc's loop.
void BM_Re2DigitScan(benchmark::State& state, const std::string& lang) {
  const Corpus& corpus = CorpusOf(lang);
  static const RE2 digits("\\d+(?:[.,]\\d+)*");
  std::string_view text = corpus.text;
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    re2::StringPiece match;
    for (size_t pos = 0;
         pos < text.size() && digits.Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1);) {
      ++matches;
      pos = static_cast<size_t>(match.data() - text.data()) + match.size();
    }
    benchmark::DoNotOptimize(matches);
  }
  state.counters["matches"] = static_cast<double>(matches);
  SetBytes(state, text.size());
}

#define FIGDIFF_PER_LANGUAGE(bm)   \
  BENCHMARK_CAPTURE(bm, en, "en"); \
  BENCHMARK_CAPTURE(bm, es, "es"); \
  BENCHMARK_CAPTURE(bm, fr, "fr"); \
  BENCHMARK_CAPTURE(bm, ar, "ar")

FIGDIFF_PER_LANGUAGE(BM_Re2DigitScan);
FIGDIFF_PER_LANGUAGE(BM_ExtractFacts);
FIGDIFF_PER_LANGUAGE(BM_Normalize);
FIGDIFF_PER_LANGUAGE(BM_SegmentSentences);
FIGDIFF_PER_LANGUAGE(BM_SegmentWordEdges);
FIGDIFF_PER_LANGUAGE(BM_IcuWordsWholeText);
FIGDIFF_PER_LANGUAGE(BM_CandidateScan);
FIGDIFF_PER_LANGUAGE(BM_CandidateScanRe2);
FIGDIFF_PER_LANGUAGE(BM_ReadFigures);
FIGDIFF_PER_LANGUAGE(BM_ParseDigitRun);
BENCHMARK_CAPTURE(BM_LexiconCacheGet, en, "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LexiconCacheGet, es, "es")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LexiconCacheGet, fr, "fr")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LexiconCacheGet, ar, "ar")->Unit(benchmark::kMillisecond);

double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

// The first LexiconCache::Get of each language in this process, in this order (en first, before
// anything else has touched ICU; the others find ICU's common data loaded): what a one-line
// `figdiff extract` pays once. Wall and CPU time.
void AddColdStartContext() {
  for (const char* lang : {"en", "es", "fr", "ar"}) {
    auto t0 = std::chrono::steady_clock::now();
    double cpu0 = CpuMs();
    LexiconCache cache;
    std::string error;
    if (cache.Get(lang, &error) == nullptr) {
      std::fprintf(stderr, "figdiff_bench: %s: %s\n", lang, error.c_str());
      std::exit(2);
    }
    double cpu = CpuMs() - cpu0;
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    char value[64];
    std::snprintf(value, sizeof value, "%.1f ms wall, %.1f ms CPU", ms, cpu);
    benchmark::AddCustomContext(std::string("cold_lexicon_") + lang, value);
  }
}

}  // namespace
}  // namespace figdiff

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  figdiff::AddColdStartContext();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
