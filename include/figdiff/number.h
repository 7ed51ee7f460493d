// Reading digit runs as numbers with the language's separators. The rules, and how ambiguous
// runs are resolved, are documented in docs/numbers.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figdiff/decimal.h"

namespace figdiff {

struct NumberFormat {
  std::string decimal = ".";  // from ICU's DecimalFormatSymbols (Latin digits)
  std::string group = ",";
  bool space_groups = false;            // a plain space may group digits (fr, es)
  bool dot_three_digits_group = false;  // "1.500" groups although '.' is the decimal sign (ar)
};

struct ParsedNumber {
  size_t start, end;  // in the run's text
  Decimal value;
  bool plain = false;         // digits only, no separator ("2015")
  bool leading_zero = false;  // "007", "05": a code, not a quantity
};

// Reads a run of ASCII digits separated by single separators ('.', ',', '\'', space, U+00A0,
// U+066B, U+066C), as found by the candidate pattern, starting at `offset` in the text. A run
// that is not one number may be several (a space that does not group: "2021 110"); a run that
// is none (a phone number, a version "1.2.3") gives nothing.
std::vector<ParsedNumber> ParseDigitRun(std::string_view run, size_t offset,
                                        const NumberFormat& format);

}  // namespace figdiff
