#include "figdiff/number.h"

#include <array>
#include <optional>

#include "utf8.h"

namespace figdiff {
namespace {

constexpr std::string_view kArabicDecimal = "\xD9\xAB";  // U+066B
constexpr std::string_view kArabicGroup = "\xD9\xAC";    // U+066C
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

struct Group {
  std::string_view digits;
  std::string_view separator;  // before the digits; empty for the first group
  size_t start;
};

// More groups than any number has: a table of numbers or a code, not figures (and the
// splitting below stays cheap on absurd runs).
constexpr size_t kMaxGroups = 24;

// The groups of a run, without a heap allocation; `size` is kMaxGroups + 1 for a longer run.
struct Groups {
  std::array<Group, kMaxGroups + 1> items;
  size_t size = 0;
  const Group& operator[](size_t i) const { return items[i]; }
};

Groups SplitGroups(std::string_view run) {
  Groups groups;
  size_t i = 0;
  std::string_view separator;
  while (i < run.size() && groups.size <= kMaxGroups) {
    size_t start = i;
    while (i < run.size() && run[i] >= '0' && run[i] <= '9') ++i;
    groups.items[groups.size++] = {run.substr(start, i - start), separator, start};
    if (i >= run.size()) break;
    size_t sep_len = static_cast<unsigned char>(run[i]) < 0x80 ? 1 : 2;
    separator = run.substr(i, sep_len);
    i += sep_len;
  }
  return groups;
}

bool IsSpace(std::string_view sep) { return sep == " " || sep == kNoBreakSpace; }
// Separators that never mark decimals.
bool OnlyGroups(std::string_view sep) { return IsSpace(sep) || sep == "'" || sep == kArabicGroup; }

// Reads groups[first, last) as one number, or nullopt when the separators do not fit.
std::optional<Decimal> ReadNumber(const Groups& groups, size_t first, size_t last,
                                  const NumberFormat& format) {
  size_t count = last - first;
  if (count == 1) return Decimal::FromParts(groups[first].digits, "");
  std::string_view decimal_sep = groups[last - 1].separator;
  bool has_decimal = false;
  if (!OnlyGroups(decimal_sep)) {
    int same = 0;
    bool other = false;
    for (size_t i = first + 1; i < last; ++i) {
      if (groups[i].separator == decimal_sep) {
        ++same;
      } else if (!OnlyGroups(groups[i].separator)) {
        other = true;
      }
    }
    std::string_view tail = groups[last - 1].digits;
    if (decimal_sep == kArabicDecimal || (other && same == 1)) {
      has_decimal = true;  // "1.234,5": the last, different separator is the decimal one
    } else if (same > 1) {
      has_decimal = false;  // "1.234.567": repeated, so grouping
    } else if (tail.size() != 3 || (count == 2 && groups[first].digits == "0")) {
      has_decimal = true;  // "1,5", "2.25", "0.500"
    } else if (decimal_sep == format.group) {
      has_decimal = false;  // "40,000" in en, "40.000" in es
    } else if (decimal_sep == format.decimal) {
      has_decimal = !(decimal_sep == "." && format.dot_three_digits_group);
    } else {
      has_decimal = false;  // a foreign separator before three digits groups: fr "40.000"
    }
  }
  size_t integer_last = has_decimal ? last - 1 : last;
  std::string integer;
  for (size_t i = first; i < integer_last; ++i) {
    std::string_view digits = groups[i].digits;
    if (i > first) {
      std::string_view sep = groups[i].separator;
      if (digits.size() != 3) return std::nullopt;
      if (sep == " " && !format.space_groups) return std::nullopt;
      if (sep == kArabicDecimal) return std::nullopt;
      if (i > first + 1 && sep != groups[i - 1].separator) return std::nullopt;
    } else if (integer_last - first > 1 && (digits.size() > 3 || digits[0] == '0')) {
      return std::nullopt;
    }
    integer.append(digits);
  }
  std::string_view fraction = has_decimal ? groups[last - 1].digits : std::string_view();
  return Decimal::FromParts(integer, fraction);
}

ParsedNumber Make(const Groups& groups, size_t first, size_t last, Decimal value, size_t offset) {
  const Group& back = groups[last - 1];
  return {offset + groups[first].start, offset + back.start + back.digits.size(), std::move(value),
          last - first == 1, groups[first].digits.size() > 1 && groups[first].digits[0] == '0'};
}

}  // namespace

ParsedNumbers ParseDigitRun(std::string_view run, size_t offset, const NumberFormat& format) {
  ParsedNumbers numbers;
  // Most runs have no separator ("2015", "14"): read without splitting them into groups.
  if (utf8::AllAsciiDigits(run)) {
    if (auto value = Decimal::FromParts(run, "")) {
      numbers.Add(
          {offset, offset + run.size(), std::move(*value), true, run.size() > 1 && run[0] == '0'});
    }
    return numbers;
  }
  Groups groups = SplitGroups(run);
  if (groups.size > kMaxGroups) return {};
  if (auto whole = ReadNumber(groups, 0, groups.size, format)) {
    numbers.Add(Make(groups, 0, groups.size, std::move(*whole), offset));
    return numbers;
  }
  // Split at spaces that do not group ("2021 110"), taking the longest number at each step.
  // Three or more numbers in one run are a phone number or a code ("91 123 45 67").
  std::array<size_t, kMaxGroups + 1> cuts;
  size_t cut_count = 0;
  for (size_t i = 1; i < groups.size; ++i) {
    if (IsSpace(groups[i].separator)) cuts[cut_count++] = i;
  }
  cuts[cut_count++] = groups.size;
  size_t first = 0;
  while (first < groups.size) {
    bool found = false;
    for (size_t c = cut_count; c > 0 && cuts[c - 1] > first; --c) {
      size_t cut = cuts[c - 1];
      if (auto piece = ReadNumber(groups, first, cut, format)) {
        if (!numbers.Add(Make(groups, first, cut, std::move(*piece), offset))) return {};
        first = cut;
        found = true;
        break;
      }
    }
    if (!found) return {};
  }
  return numbers;
}

}  // namespace figdiff
