// Extraction: a document's text in, its facts out, in reading order. The pipeline:
// normalize (normalize.h) -> segment (segment.h) -> match candidates and read figures
// (figure.h, number.h, spelled_number.h) -> decide which are facts (here) -> map back to the
// original bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figdiff/fact.h"
#include "figdiff/lexicon.h"

namespace figdiff {

struct ExtractOptions {
  std::string dollar = "USD";  // ISO code for "$" and bare "dollars"
};

// Extracts the facts of `text` (valid UTF-8) with the lexicon of its language. Thread-safe:
// one Extractor may serve many threads.
std::vector<Fact> ExtractFacts(const Lexicon& lex, std::string_view text,
                               const ExtractOptions& options);

}  // namespace figdiff
