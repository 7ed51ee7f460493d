#include "figdiff/warnings.h"

#include <fmt/core.h>
#include <unicode/uchar.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <memory>

#include "utf8.h"

namespace figdiff {
namespace {

std::string Describe(char32_t cp) {
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  return fmt::format("U+{:04X} {}", static_cast<uint32_t>(cp), U_SUCCESS(status) ? name : "");
}

// ICU's spoof checker, made once: its checks are thread-safe once configured.
const USpoofChecker* MixedNumbersChecker() {
  static const std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker = [] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&status);
    uspoof_setChecks(sc, USPOOF_MIXED_NUMBERS, &status);
    return std::unique_ptr<USpoofChecker, decltype(&uspoof_close)>(sc, &uspoof_close);
  }();
  return checker.get();
}

bool IsScriptDigitLike(char32_t cp) {
  // Superscript and subscript digits are "other numbers" with a digit value: ² looks like 2.
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NUMERIC_TYPE) == U_NT_DIGIT;
}

}  // namespace

std::vector<std::string> FigureWarnings(const NormalizedText& normalized, std::string_view original,
                                        size_t start, size_t end, size_t number_start,
                                        size_t number_end) {
  std::vector<std::string> warnings;
  auto first = std::lower_bound(normalized.hidden.begin(), normalized.hidden.end(), start,
                                [](const HiddenChar& h, size_t pos) { return h.normalized < pos; });
  for (auto it = first; it != normalized.hidden.end() && it->normalized <= end; ++it) {
    // A dropped character sits between two others; a folded lookalike digit is one of them.
    bool dropped = u_charType(static_cast<UChar32>(it->code_point)) == U_FORMAT_CHAR;
    if (!dropped && it->normalized == end) continue;
    bool inside = dropped ? it->normalized > start && it->normalized < end : true;
    warnings.push_back(
        fmt::format("{} {} the figure", Describe(it->code_point), inside ? "inside" : "next to"));
  }
  std::string_view number = original.substr(number_start, number_end - number_start);
  // ASCII digits are one script, and no ASCII character is a digit-like "other number": the
  // usual figure needs no look at ICU's properties.
  auto is_ascii = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
  };
  UErrorCode status = U_ZERO_ERROR;
  int32_t result = is_ascii(number)
                       ? 0
                       : uspoof_checkUTF8(MixedNumbersChecker(), number.data(),
                                          static_cast<int32_t>(number.size()), nullptr, &status);
  if (U_SUCCESS(status) && (result & USPOOF_MIXED_NUMBERS)) {
    warnings.push_back("digits of mixed scripts in one number");
  }
  size_t len;
  if (number_end < original.size() && !is_ascii(original.substr(number_end, 1))) {
    char32_t after = utf8::Decode(original, number_end, &len);
    if (IsScriptDigitLike(after)) warnings.push_back(Describe(after) + " next to the figure");
  }
  if (number_start > 0 && !is_ascii(original.substr(number_start - 1, 1))) {
    char32_t before = utf8::Decode(original, utf8::PreviousStart(original, number_start), &len);
    if (IsScriptDigitLike(before)) warnings.push_back(Describe(before) + " next to the figure");
  }
  return warnings;
}

}  // namespace figdiff
