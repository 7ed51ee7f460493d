#include "utf8.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace figdiff::utf8 {

char32_t Decode(std::string_view text, size_t pos, size_t* length) {
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  *length = static_cast<size_t>(i) - pos;
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

size_t FirstInvalid(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (int valid = i + 16 <= n ? ShortSequenceBlock(text.data() + i, 0xC2, 0xDF) : 0) {
      i += valid;
      continue;
    }
    // The block holds a longer sequence or an error (or is the text's tail): its characters
    // one by one, before the next block is tried.
    for (int32_t block_end = std::min(n, i + 16); i < block_end;) {
      if (s[i] < 0x80) {
        ++i;
        continue;
      }
      // Two-byte sequences (Latin accents, Arabic, Cyrillic) without ICU's general decoder.
      if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
      int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, n, c);
      if (c < 0) return static_cast<size_t>(start);
    }
  }
  return std::string_view::npos;
}

void Append(std::string* out, char32_t cp) {
  uint8_t buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(cp));
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

size_t PreviousStart(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  --pos;
  while (pos > 0 && !IsBoundary(text, pos)) --pos;
  return pos;
}

}  // namespace figdiff::utf8
