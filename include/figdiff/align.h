// Aligning the facts of several versions of one text: which fact of each version states the
// same figure. A progressive multiple alignment that keeps reading order; the algorithm is
// described in docs/alignment.md.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "figdiff/decimal.h"
#include "figdiff/fact.h"

namespace figdiff {

// One version's facts, as the aligner sees them.
struct FactSequence {
  std::span<const Fact> facts;  // in reading order
  int sentences = 1;            // sentences of the version: a fact's position is sentence / this
};

// One figure across the versions: per version, the index of its fact, or nullopt.
using AlignedRow = std::vector<std::optional<size_t>>;

struct AlignOptions {
  // The version whose reading order the rows follow; by default the one with the most figures
  // in common with the others.
  std::optional<size_t> first;
  // Values this close (in percent of the larger) may be one figure, rounded (fact_relation.h).
  Decimal tolerance_percent = *Decimal::Parse("2");
};

struct Alignment {
  // Every fact of every version is in exactly one row. Rows follow the reading order of the
  // first version, with the figures it lacks placed where the other versions have them.
  std::vector<AlignedRow> rows;
  // The versions in the order they were aligned: the first, then each time the one most like
  // those before it. Earlier is more representative.
  std::vector<size_t> order;
};

// The largest step of an alignment: rows so far times facts of the next version (a byte of memory
// each, and most of the time). About 11 000 figures against 11 000.
constexpr size_t kMaxAlignmentCells = size_t{1} << 27;

// Aligns the versions into *out. Returns false with a message in *error when a step would exceed
// kMaxAlignmentCells.
bool AlignFacts(const std::vector<FactSequence>& versions, const AlignOptions& options,
                Alignment* out, std::string* error);

}  // namespace figdiff
