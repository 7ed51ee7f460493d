#include "figdiff/decimal.h"

#include <algorithm>
#include <vector>

#include "utf8.h"

namespace figdiff {
namespace {

// Magnitude comparison of two canonical (digits, exponent) pairs.
int CompareMagnitude(const std::string& ad, int ae, const std::string& bd, int be) {
  if (ad.empty() || bd.empty()) return ad.empty() ? (bd.empty() ? 0 : -1) : 1;
  int a_top = static_cast<int>(ad.size()) + ae, b_top = static_cast<int>(bd.size()) + be;
  if (a_top != b_top) return a_top < b_top ? -1 : 1;
  size_t n = std::max(ad.size(), bd.size());
  for (size_t i = 0; i < n; ++i) {
    char x = i < ad.size() ? ad[i] : '0', y = i < bd.size() ? bd[i] : '0';
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

// Digit strings aligned to a common exponent, as little-endian digit vectors.
std::vector<int> Aligned(const std::string& digits, int exponent, int base_exponent) {
  std::vector<int> v(static_cast<size_t>(exponent - base_exponent), 0);
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) v.push_back(*it - '0');
  return v;
}

std::string FromLittleEndian(std::vector<int> v) {
  std::string s;
  for (auto it = v.rbegin(); it != v.rend(); ++it) s.push_back(static_cast<char>('0' + *it));
  return s;
}

}  // namespace

Decimal::Decimal(bool negative, std::string digits, int exponent)
    : negative_(negative), digits_(std::move(digits)), exponent_(exponent) {
  Canonicalize();
}

void Decimal::Canonicalize() {
  size_t first = digits_.find_first_not_of('0');
  if (first == std::string::npos) {
    digits_.clear();
    exponent_ = 0;
    negative_ = false;
    return;
  }
  digits_.erase(0, first);
  size_t last = digits_.find_last_not_of('0');
  exponent_ += static_cast<int>(digits_.size() - 1 - last);
  digits_.resize(last + 1);
}

std::optional<Decimal> Decimal::FromParts(std::string_view integer, std::string_view fraction) {
  if (!utf8::AllAsciiDigits(integer) || !utf8::AllAsciiDigits(fraction)) return std::nullopt;
  if (integer.empty() && fraction.empty()) return std::nullopt;
  if (integer.size() + fraction.size() > kMaxDigits) return std::nullopt;
  std::string digits(integer);
  digits.append(fraction);
  return Decimal(false, std::move(digits), -static_cast<int>(fraction.size()));
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  size_t dot = text.find('.');
  std::string_view integer = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (integer.empty() || (dot != std::string_view::npos && fraction.empty())) return std::nullopt;
  auto d = FromParts(integer, fraction);
  if (d && negative) return d->Negated();
  return d;
}

const Decimal& Decimal::One() {
  static const Decimal one = *Parse("1");
  return one;
}

Decimal Decimal::operator*(const Decimal& other) const {
  if (IsZero() || other.IsZero()) return Decimal();
  // A power of ten (every scale word, "1" for none) only moves the point; the digits stay
  // canonical, so they are copied as they are (every figure's value is such a product).
  auto moved = [](const Decimal& digits, const Decimal& power) {
    Decimal product = digits;
    product.negative_ = digits.negative_ != power.negative_;
    product.exponent_ += power.exponent_;
    return product;
  };
  if (other.digits_ == "1") return moved(*this, other);
  if (digits_ == "1") return moved(other, *this);
  std::vector<int> a = Aligned(digits_, 0, 0), b = Aligned(other.digits_, 0, 0);
  std::vector<int> product(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    int carry = 0;
    for (size_t j = 0; j < b.size() || carry; ++j) {
      int cur = product[i + j] + carry + (j < b.size() ? a[i] * b[j] : 0);
      product[i + j] = cur % 10;
      carry = cur / 10;
    }
  }
  return Decimal(negative_ != other.negative_, FromLittleEndian(product),
                 exponent_ + other.exponent_);
}

Decimal Decimal::operator+(const Decimal& other) const {
  if (IsZero()) return other;
  if (other.IsZero()) return *this;
  int base = std::min(exponent_, other.exponent_);
  std::vector<int> a = Aligned(digits_, exponent_, base);
  std::vector<int> b = Aligned(other.digits_, other.exponent_, base);
  if (negative_ == other.negative_) {
    std::vector<int> sum(std::max(a.size(), b.size()) + 1, 0);
    for (size_t i = 0; i + 1 < sum.size(); ++i) {
      int cur = sum[i] + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
      sum[i] = cur % 10;
      sum[i + 1] += cur / 10;
    }
    return Decimal(negative_, FromLittleEndian(sum), base);
  }
  // Opposite signs: subtract the smaller magnitude from the larger.
  int cmp = CompareMagnitude(digits_, exponent_, other.digits_, other.exponent_);
  if (cmp == 0) return Decimal();
  const std::vector<int>& big = cmp > 0 ? a : b;
  const std::vector<int>& small = cmp > 0 ? b : a;
  std::vector<int> diff(big.size(), 0);
  int borrow = 0;
  for (size_t i = 0; i < big.size(); ++i) {
    int cur = big[i] - borrow - (i < small.size() ? small[i] : 0);
    borrow = cur < 0;
    diff[i] = cur + (borrow ? 10 : 0);
  }
  return Decimal(cmp > 0 ? negative_ : other.negative_, FromLittleEndian(diff), base);
}

Decimal Decimal::Negated() const {
  Decimal d = *this;
  if (!d.IsZero()) d.negative_ = !d.negative_;
  return d;
}

int Decimal::IntegerDigits() const {
  return std::max(0, static_cast<int>(digits_.size()) + exponent_);
}

std::optional<long long> Decimal::ToInteger() const {
  if (!IsInteger() || IntegerDigits() > 18) return std::nullopt;
  long long v = 0;
  for (char c : digits_) v = v * 10 + (c - '0');
  for (int i = 0; i < exponent_; ++i) v *= 10;
  return negative_ ? -v : v;
}

std::string Decimal::ToString() const {
  if (IsZero()) return "0";
  std::string s = negative_ ? "-" : "";
  int n = static_cast<int>(digits_.size());
  if (exponent_ >= 0) {
    s += digits_;
    s.append(static_cast<size_t>(exponent_), '0');
  } else if (-exponent_ >= n) {
    s += "0.";
    s.append(static_cast<size_t>(-exponent_ - n), '0');
    s += digits_;
  } else {
    s += digits_.substr(0, static_cast<size_t>(n + exponent_));
    s += '.';
    s += digits_.substr(static_cast<size_t>(n + exponent_));
  }
  return s;
}

size_t Decimal::PlainDigits() const {
  if (IsZero()) return 1;
  int n = static_cast<int>(digits_.size());
  if (exponent_ >= 0) return static_cast<size_t>(n + exponent_);
  return static_cast<size_t>(std::max(n, -exponent_ + 1));
}

bool operator<(const Decimal& a, const Decimal& b) {
  if (a.negative_ != b.negative_) return a.negative_;
  int cmp = CompareMagnitude(a.digits_, a.exponent_, b.digits_, b.exponent_);
  return a.negative_ ? cmp > 0 : cmp < 0;
}

}  // namespace figdiff
