// How the figures of two facts relate: the same, a rounding of each other, off by a scale factor
// (the billion / milliard / billón class of error), in another currency, or simply different.
// The aligner (align.h) pairs facts by it; the comparison (compare.h) names row verdicts by it.
#pragma once

#include <cstddef>

#include "figdiff/decimal.h"
#include "figdiff/fact.h"

namespace figdiff {

enum class Relation {
  kEqual,      // same kind, value and currency
  kRounding,   // values within the tolerance, written at different precisions (2.1 / 2.08)
  kScale,      // one value is the other times 1000 or 10^6, within the tolerance
  kCurrency,   // same kind, another currency
  kDifferent,  // same kind and currency, unrelated values
  kOtherKind,  // money against a count, a count against a percentage...
};

// `tolerance_percent`: how far apart two values may be and still be one rounded figure, in
// percent of the larger (2 for 2 %).
Relation Relate(const Fact& a, const Fact& b, const Decimal& tolerance_percent);

// Significant digits as written: "2080000" has 3 (208), "2100000" has 2, "0.05" has 1. A
// rounding has fewer than the value it rounds.
size_t SignificantDigits(const Decimal& d);

// |a - b| * 100 <= tolerance_percent * max(|a|, |b|).
bool WithinTolerance(const Decimal& a, const Decimal& b, const Decimal& tolerance_percent);

}  // namespace figdiff
