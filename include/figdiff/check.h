// Checking a translation against its reference: which figures it changed, dropped or added,
// each named as a finding with a severity, for a CI gate (`figdiff check`). Built on the
// comparison (compare.h), with the reference's figures taken as right.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "figdiff/compare.h"
#include "figdiff/decimal.h"

namespace figdiff {

enum class Severity { kNote, kWarning, kError };

// "note", "warning", "error".
std::string_view SeverityName(Severity severity);

enum class CheckType {
  kMissing,                 // a figure of the reference is not in the translation
  kExtra,                   // a figure of the translation is not in the reference
  kValueDiffers,            // another value
  kScaleDiffers,            // a factor of 1000 or 10^6: the billion / milliard / billón error
  kCurrencyDiffers,         // another currency
  kQualifierContradiction,  // "up to" became "more than"
  kQualifierDropped,        // "about 30" became "30"
  kQualifierDiffers,        // a qualifier added or changed without contradiction
  kPointsVsPercent,         // percentage points became percent, or the reverse
  kRounding,                // rounded to fewer digits, beyond the tolerance
  kHiddenCharacter,         // a bidi control, zero-width character or lookalike digit (warnings.h)
  kFileMissing,             // a file of one side has no counterpart on the other
};

// "missing", "value_differs"... (the names of the JSON output and of the ignore file).
std::string_view CheckTypeName(CheckType type);
std::optional<CheckType> CheckTypeFromName(std::string_view name);
Severity SeverityOf(CheckType type);

// One finding between a fact of the reference and a fact of the translation; either may be
// absent (missing: no found; extra: no expected).
struct FigureFinding {
  CheckType type;
  Severity severity;               // SeverityOf(type), lowered for weak signals (CheckTranslation)
  std::optional<size_t> expected;  // index into the reference's facts
  std::optional<size_t> found;     // index into the translation's facts
  // Where a missing figure belongs: between the translation's facts of the closest rows before
  // and after it in the alignment (nullopt at either end of the text).
  std::optional<size_t> before, after;
};

struct CheckOptions {
  // Values this close are one figure, rounded (fact_relation.h). A translation rounded to fewer
  // digits up to five times farther is a `rounding` warning; beyond, another value.
  Decimal tolerance_percent = *Decimal::Parse("2");
};

// The findings of `translation` against `reference`, in the reference's reading order (figures
// only the translation has where the translation puts them). Two kinds of finding are only
// notes: a small count (0 to 10) on one side only, because translators write those as words,
// articles or grammatical number (an Arabic dual) that are not figures; and a qualifier the
// translation added or changed without contradicting the reference; and a currency of the
// reference that the translation's word does not name ("SAR" against a bare "ريال"). Returns false
// with a message in *error when the texts hold too many figures to align (align.h).
bool CheckTranslation(const Version& reference, const Version& translation,
                      const CheckOptions& options, std::vector<FigureFinding>* findings,
                      std::string* error);

}  // namespace figdiff
