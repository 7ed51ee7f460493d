#include "utf8.h"

#include <unicode/utf8.h>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace figdiff::utf8 {
namespace {

// How many bytes from `s` (at a character boundary, 16 readable) are valid ASCII and two-byte
// sequences (Latin accents, Greek, Cyrillic, Hebrew, Arabic) ending by the 16th byte: 16, 15
// when the last byte leads a sequence, 0 when the block holds anything else. With SSE2, bit
// masks of the leads and continuation bytes say it at once; without, 0 and the caller decodes.
int ValidShortSequences(const uint8_t* s) {
#if defined(__SSE2__)
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  uint32_t high = mask(bytes);
  __m128i at_least_c2 = _mm_cmpeq_epi8(_mm_max_epu8(bytes, _mm_set1_epi8('\xC2')), bytes);
  __m128i at_most_df = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8('\xDF')), bytes);
  uint32_t leads = mask(_mm_and_si128(at_least_c2, at_most_df));
  uint32_t continuations =
      mask(_mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8('\xC0')), _mm_set1_epi8('\x80')));
  // Each continuation follows a lead and each lead but the last byte's has its continuation.
  if ((high & ~(leads | continuations)) != 0 || continuations != ((leads << 1) & 0xFFFF)) return 0;
  return (leads & 0x8000) != 0 ? 15 : 16;
#else
  (void)s;
  return 0;
#endif
}

}  // namespace

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
    if (int valid = i + 16 <= n ? ValidShortSequences(s + i) : 0) {
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
