// An exact decimal number: a figure's value. No floating point anywhere: "1,5 milliard" is
// 15 x 10^8 exactly. Numbers come from number.h; facts (fact.h) carry them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace figdiff {

class Decimal {
 public:
  // Longest literal accepted, in digits: longer ones are refused, not rounded.
  static constexpr size_t kMaxDigits = 64;

  Decimal() = default;  // zero

  // From ASCII digit strings: integer part and fraction part ("1", "5" is 1.5).
  // nullopt when a part holds a non-digit or the literal has more than kMaxDigits digits.
  static std::optional<Decimal> FromParts(std::string_view integer, std::string_view fraction);
  // From a plain decimal string such as "1500000000", "2.5" or "-3" (data files, tests).
  static std::optional<Decimal> Parse(std::string_view text);
  // 1, made once: the multiplier of a figure without a scale word.
  static const Decimal& One();

  Decimal operator*(const Decimal& other) const;
  Decimal operator+(const Decimal& other) const;
  Decimal Negated() const;

  bool IsZero() const { return digits_.empty(); }
  bool IsNegative() const { return negative_; }
  // True for integers with no fractional part.
  bool IsInteger() const { return exponent_ >= 0; }
  // Number of digits before the decimal point (0 for values below 1).
  int IntegerDigits() const;
  // The value as an integer when it is one and fits, else nullopt.
  std::optional<long long> ToInteger() const;

  // Plain notation: '.' as decimal point, no grouping, no exponent, no trailing zeros.
  std::string ToString() const;
  // Number of digits of the plain notation; Parse refuses more than kMaxDigits.
  size_t PlainDigits() const;

  friend bool operator==(const Decimal&, const Decimal&) = default;
  // Numeric order.
  friend bool operator<(const Decimal& a, const Decimal& b);

 private:
  Decimal(bool negative, std::string digits, int exponent);
  void Canonicalize();

  // value = (negative ? -1 : 1) * digits_ * 10^exponent_; digits_ has no leading or trailing
  // zeros, and is empty for zero.
  bool negative_ = false;
  std::string digits_;
  int exponent_ = 0;
};

}  // namespace figdiff
