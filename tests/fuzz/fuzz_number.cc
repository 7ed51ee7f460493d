// Fuzz target: the digit-run parser (number.h). The fuzz bytes (the first one: the offset of
// the run in its text) are mapped onto runs as the candidate pattern finds them: ASCII digits with
// single separators between them
// (. , ' space U+00A0 U+066B U+066C), starting and ending with a digit. Each run is read with the
// four formats of tests/number_test.cc (en, es, fr, ar). Invariants:
// - each number lies inside the run (offset <= start < end <= offset + size), starts and ends
//   with a digit on a group edge, and the numbers are in order without overlap;
// - values are exact decimals: Decimal::Parse(value.ToString()) gives the value back;
// - a run without separators of at most Decimal::kMaxDigits digits is one plain number whose
//   value is its digits.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/decimal.h"
#include "figdiff/number.h"
#include "fuzz_check.h"

namespace {

using figdiff::NumberFormat;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A run from the fuzz bytes. Readable seeds: ASCII digits and . , ' space stand for
// themselves, 'n' for U+00A0, 'd' for U+066B (Arabic decimal sign), 'g' for U+066C (Arabic
// thousands sign); other bytes are a digit below 0xC0, else a separator. A separator that would
// not sit between two digits becomes a digit.
std::string MakeRun(const uint8_t* data, size_t size) {
  static const std::string_view kSeparators[] = {".", ",", "'", " ", "\u00A0", "\u066B", "\u066C"};
  std::string run;
  bool after_digit = false;
  for (size_t i = 0; i < size; ++i) {
    uint8_t b = data[i];
    // Position of b in ".,' ndg" names the separator of the same index in kSeparators.
    size_t readable = std::string_view(".,' ndg").find(static_cast<char>(b));
    int separator = readable != std::string_view::npos ? static_cast<int>(readable)
                    : b >= 0xC0                        ? (b - 0xC0) % 7
                                                       : -1;
    if (separator >= 0 && after_digit) {
      run += kSeparators[separator];
      after_digit = false;
    } else {
      run += static_cast<char>('0' + (b >= '0' && b <= '9' ? b - '0' : b % 10));
      after_digit = true;
    }
  }
  if (!after_digit) run += '0';  // empty, or ends with a separator
  return run;
}

void Check(std::string_view run, size_t offset, const NumberFormat& format, const char* name) {
  figdiff::ParsedNumbers numbers = figdiff::ParseDigitRun(run, offset, format);
  std::string shown(run);
  size_t previous_end = offset;
  for (const figdiff::ParsedNumber& n : numbers) {
    FUZZ_CHECK("number-offsets",
               offset <= n.start && n.start < n.end && n.end <= offset + run.size(),
               "%s: number [%zu, %zu) outside the run [%zu, %zu) \"%s\"", name, n.start, n.end,
               offset, offset + run.size(), shown.c_str());
    size_t s = n.start - offset, e = n.end - offset;
    FUZZ_CHECK("number-edges",
               IsDigit(run[s]) && IsDigit(run[e - 1]) && (s == 0 || !IsDigit(run[s - 1])) &&
                   (e == run.size() || !IsDigit(run[e])),
               "%s: number [%zu, %zu) of \"%s\" does not start and end on whole digit groups", name,
               s, e, shown.c_str());
    FUZZ_CHECK("number-order", n.start >= previous_end,
               "%s: number [%zu, %zu) overlaps or precedes the one before (ends at %zu) in "
               "\"%s\"",
               name, n.start, n.end, previous_end, shown.c_str());
    previous_end = n.end;
    std::string value = n.value.ToString();
    auto back = figdiff::Decimal::Parse(value);
    FUZZ_CHECK("number-round-trip", back && *back == n.value,
               "%s: value %s of \"%s\" does not parse back", name, value.c_str(), shown.c_str());
  }
  bool one_group = run.find_first_not_of("0123456789") == std::string_view::npos;
  if (one_group && run.size() <= figdiff::Decimal::kMaxDigits) {
    size_t first = run.find_first_not_of('0');
    std::string expected = first == std::string_view::npos ? "0" : shown.substr(first);
    FUZZ_CHECK("number-plain",
               numbers.size() == 1 && numbers[0].plain && numbers[0].start == offset &&
                   numbers[0].end == offset + run.size() &&
                   numbers[0].value.ToString() == expected &&
                   numbers[0].leading_zero == (run.size() > 1 && run[0] == '0'),
               "%s: the plain run \"%s\" is not read as the one number %s", name, shown.c_str(),
               expected.c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const NumberFormat kEn{".", ",", false, false};
  static const NumberFormat kEs{",", ".", true, false};
  static const NumberFormat kFr{",", "\u00A0", true, false};
  static const NumberFormat kAr{".", ",", false, true};
  if (size == 0) return 0;
  size_t offset = data[0];  // where the run starts in its text
  std::string run = MakeRun(data + 1, size - 1);
  Check(run, offset, kEn, "en");
  Check(run, offset, kEs, "es");
  Check(run, offset, kFr, "fr");
  Check(run, offset, kAr, "ar");
  return 0;
}
