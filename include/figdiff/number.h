// Reading digit runs as numbers with the language's separators. The rules, and how ambiguous
// runs are resolved, are documented in docs/numbers.md.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "figdiff/decimal.h"

namespace figdiff {

struct NumberFormat {
  std::string decimal = ".";  // from ICU's DecimalFormatSymbols (Latin digits)
  std::string group = ",";
  bool space_groups = false;            // a plain space may group digits (fr, es)
  bool dot_three_digits_group = false;  // "1.500" groups although '.' is the decimal sign (ar)
};

struct ParsedNumber {
  size_t start = 0, end = 0;  // in the run's text
  Decimal value;
  bool plain = false;         // digits only, no separator ("2015")
  bool leading_zero = false;  // "007", "05": a code, not a quantity
};

// The numbers of one digit run: at most two (ParseDigitRun), kept without a heap allocation,
// since every digit run of a text is parsed.
class ParsedNumbers {
 public:
  static constexpr size_t kMost = 2;
  // False when the run already has kMost numbers.
  bool Add(ParsedNumber number) {
    if (size_ == kMost) return false;
    items_[size_++] = std::move(number);
    return true;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const ParsedNumber& operator[](size_t i) const { return items_[i]; }
  const ParsedNumber* begin() const { return items_.data(); }
  const ParsedNumber* end() const { return items_.data() + size_; }

 private:
  std::array<ParsedNumber, kMost> items_;
  size_t size_ = 0;
};

// Reads a run of ASCII digits separated by single separators ('.', ',', '\'', space, U+00A0,
// U+066B, U+066C), as found by the candidate pattern, starting at `offset` in the text. A run
// that is not one number may be several (a space that does not group: "2021 110"); a run that
// is none (a phone number, a version "1.2.3") gives nothing.
ParsedNumbers ParseDigitRun(std::string_view run, size_t offset, const NumberFormat& format);

}  // namespace figdiff
