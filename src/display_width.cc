#include "figdiff/display_width.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "utf8.h"

namespace figdiff {
namespace {

int CodePointWidth(char32_t cp) {
  UChar32 c = static_cast<UChar32>(cp);
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR ||
      type == U_CONTROL_CHAR) {
    return 0;
  }
  int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Calls visit(start, end, width) for each grapheme cluster; stops when it returns false.
template <typename Visit>
void ForEachCluster(std::string_view text, Visit visit) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    utext_close(ut);
    return;
  }
  it->setText(ut, status);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    size_t len;
    int width = CodePointWidth(utf8::Decode(text, static_cast<size_t>(start), &len));
    if (!visit(static_cast<size_t>(start), static_cast<size_t>(end), width)) break;
  }
  it.reset();
  utext_close(ut);
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  if (IsAscii(text)) return text.size();
  size_t width = 0;
  ForEachCluster(text, [&](size_t, size_t, int w) {
    width += static_cast<size_t>(w);
    return true;
  });
  return width;
}

std::string TruncateToWidth(std::string_view text, size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  size_t used = 0, cut = 0;
  ForEachCluster(text, [&](size_t, size_t end, int w) {
    if (used + static_cast<size_t>(w) > width - 1) return false;
    used += static_cast<size_t>(w);
    cut = end;
    return true;
  });
  return std::string(text.substr(0, cut)) + "…";
}

bool HasRightToLeft(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    UCharDirection dir = u_charDirection(static_cast<UChar32>(utf8::Decode(text, i, &len)));
    if (dir == U_RIGHT_TO_LEFT || dir == U_RIGHT_TO_LEFT_ARABIC) return true;
    i += len;
  }
  return false;
}

}  // namespace figdiff
