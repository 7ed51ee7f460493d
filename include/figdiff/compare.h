// Comparing the versions of one text: their facts aligned (align.h) into rows, one per figure,
// and each row judged: agree, missing, value / scale / currency / qualifier differs, rounding,
// extra, counted noun. The row's value is the reference version's, else the consensus.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/align.h"
#include "figdiff/decimal.h"
#include "figdiff/fact.h"

namespace figdiff {

// What can be wrong with a row, most serious first.
enum class Finding {
  kValueDiffers,            // another value
  kScaleDiffers,            // a factor of 1000 or 10^6: billion / milliard / billón
  kCurrencyDiffers,         // another currency
  kQualifierContradiction,  // "up to" against "more than"
  kMissing,                 // absent from some versions
  kExtra,                   // in one version only, or absent from the reference
  kQualifierDiffers,        // "up to" against nothing, "about" against "nearly"...
  kCountedNoun,             // another counted noun within one language ("puces" / "GPU")
  kRounding,                // values within the tolerance: not a mismatch
};

// "value_differs", "scale_differs"... (the names of the JSON output).
std::string_view FindingName(Finding finding);

struct RowFinding {
  Finding finding;
  std::vector<size_t> versions;  // the versions it concerns (the dissenters), ascending
};

struct ComparedRow {
  AlignedRow cells;   // per version: index of its fact, or nullopt
  size_t value_from;  // the version whose fact is the row's value (reference or consensus)
  std::vector<RowFinding> findings;  // most serious first; empty when every version agrees

  // True when nothing but rounding was found.
  bool Agrees() const;
};

// One version of the text.
struct Version {
  std::string lang;  // counted nouns are compared within one language only
  std::vector<Fact> facts;
  int sentences = 1;  // sentences of the text (sentences.h)
};

struct CompareOptions {
  std::optional<size_t> reference;  // this version's facts are the rows' values
  Decimal tolerance_percent = *Decimal::Parse("2");
};

// Aligns the versions and judges every row into *rows. Returns false with a message in *error
// when the versions hold too many figures to align (align.h).
bool CompareVersions(const std::vector<Version>& versions, const CompareOptions& options,
                     std::vector<ComparedRow>* rows, std::string* error);

}  // namespace figdiff
