// A fact: one monetary amount, percentage or count found in a document, normalized to an exact
// value. Produced by extract.h; printed by render.h; aligned across versions later.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figdiff/decimal.h"

namespace figdiff {

enum class Kind { kMoney, kPercent, kCount };

enum class Qualifier { kNone, kUpTo, kMoreThan, kNearly, kAbout, kAtLeast, kLessThan };

struct Fact {
  Kind kind = Kind::kCount;
  Decimal value;         // fully scaled; percent in percent units (70, not 0.7)
  std::string currency;  // ISO 4217 for money, else empty
  std::string unit;      // the counted noun as written, "point" for percentage points, or empty
  Qualifier qualifier = Qualifier::kNone;
  size_t start = 0, end = 0;          // UTF-8 byte offsets into the document's text, end exclusive
  int line = 0, col = 0;              // 1-based; col counts code points
  int sentence = 0;                   // 0-based
  std::vector<std::string> warnings;  // figures that hide (warnings.h); usually empty
};

std::string_view KindName(Kind kind);
std::string_view QualifierName(Qualifier qualifier);  // "" for kNone
// From the language data's names ("up_to"...); kNone for anything else.
Qualifier QualifierFromName(std::string_view name);

}  // namespace figdiff
