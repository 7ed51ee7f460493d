#include "figdiff/fact_relation.h"

#include <cstdlib>
#include <optional>
#include <string>

namespace figdiff {
namespace {

Decimal Abs(const Decimal& d) { return d.IsNegative() ? d.Negated() : d; }

// The numbers the relations need, parsed once.
struct Constants {
  Decimal ninety = *Decimal::Parse("90"), hundred = *Decimal::Parse("100");
  Decimal thousand = *Decimal::Parse("1000"), million = *Decimal::Parse("1000000");
};
const Constants& Numbers() {
  static const Constants numbers;
  return numbers;
}

// Digits before the point of a value of at least 1; nullopt below 1. Two values of at least 1
// whose counts differ by 2 or more are more than ten times apart: no multiplication needed to
// tell that they are not within a tolerance below 90 %.
std::optional<int> Magnitude(const Decimal& d) {
  int digits = d.IntegerDigits();
  return digits > 0 ? std::optional<int>(digits) : std::nullopt;
}

// True when the magnitudes rule out |a - b| * 100 <= tolerance * max(|a|, |b|) once `a` is
// multiplied by 10^shift.
bool FarApart(const Decimal& a, int shift, const Decimal& b, const Decimal& tolerance_percent) {
  std::optional<int> ma = Magnitude(a), mb = Magnitude(b);
  return ma && mb && tolerance_percent < Numbers().ninety && std::abs(*ma + shift - *mb) > 1;
}

bool ScaledApart(const Decimal& a, const Decimal& b, const Decimal& tolerance_percent) {
  for (int shift : {3, 6}) {
    const Decimal& factor = shift == 3 ? Numbers().thousand : Numbers().million;
    if ((!FarApart(a, shift, b, tolerance_percent) &&
         WithinTolerance(a * factor, b, tolerance_percent)) ||
        (!FarApart(b, shift, a, tolerance_percent) &&
         WithinTolerance(b * factor, a, tolerance_percent))) {
      return true;
    }
  }
  return false;
}

}  // namespace

size_t SignificantDigits(const Decimal& d) {
  std::string digits;
  for (char c : d.ToString()) {
    if (c >= '0' && c <= '9' && !(digits.empty() && c == '0')) digits += c;
  }
  size_t last = digits.find_last_not_of('0');
  return last == std::string::npos ? 0 : last + 1;
}

bool WithinTolerance(const Decimal& a, const Decimal& b, const Decimal& tolerance_percent) {
  if (FarApart(Abs(a), 0, Abs(b), tolerance_percent)) return false;
  Decimal difference = Abs(a + b.Negated());
  Decimal larger = Abs(a) < Abs(b) ? Abs(b) : Abs(a);
  return !(tolerance_percent * larger < difference * Numbers().hundred);
}

Relation Relate(const Fact& a, const Fact& b, const Decimal& tolerance_percent) {
  if (a.kind != b.kind) return Relation::kOtherKind;
  if (a.currency != b.currency) return Relation::kCurrency;
  if (a.value == b.value) return Relation::kEqual;
  // Rounding makes a value shorter: two values written to the same precision (68 and 69) are
  // two different figures, however close.
  if (WithinTolerance(a.value, b.value, tolerance_percent) &&
      SignificantDigits(a.value) != SignificantDigits(b.value)) {
    return Relation::kRounding;
  }
  if (ScaledApart(a.value, b.value, tolerance_percent)) return Relation::kScale;
  return Relation::kDifferent;
}

}  // namespace figdiff
