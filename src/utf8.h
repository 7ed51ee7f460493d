// UTF-8 helpers shared by the pipeline stages (internal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace figdiff::utf8 {

// Decodes the code point at text[pos]; sets *length to its byte count. An invalid sequence
// decodes as U+FFFD with the length of its maximal valid prefix, 1 to 3 bytes (ICU's
// U8_NEXT), so callers always make progress.
char32_t Decode(std::string_view text, size_t pos, size_t* length);

// How many bytes from `s` (at a character boundary, 16 readable) are ASCII and valid two-byte
// sequences whose lead byte is in [first_lead, last_lead], ending by the 16th byte: 16, 15 when
// the last byte is such a lead, 0 when the block holds anything else (or without SSE2).
// [C2, DF]: every two-byte character; [C3, C3]: U+00C0-00FF, the Latin-1 letters.
// Inline: it runs once per block in the hottest loops.
inline int ShortSequenceBlock(const char* s, unsigned char first_lead, unsigned char last_lead) {
#if defined(__SSE2__)
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  uint32_t high = mask(bytes);
  if (high == 0) return 16;
  __m128i from_first =
      _mm_cmpeq_epi8(_mm_max_epu8(bytes, _mm_set1_epi8(static_cast<char>(first_lead))), bytes);
  __m128i to_last =
      _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(static_cast<char>(last_lead))), bytes);
  uint32_t leads = mask(_mm_and_si128(from_first, to_last));
  uint32_t continuations =
      mask(_mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8('\xC0')), _mm_set1_epi8('\x80')));
  // Each continuation follows a lead and each lead but the last byte's has its continuation.
  if ((high & ~(leads | continuations)) != 0 || continuations != ((leads << 1) & 0xFFFF)) return 0;
  return (leads & 0x8000) != 0 ? 15 : 16;
#else
  (void)s;
  (void)first_lead;
  (void)last_lead;
  return 0;
#endif
}

// Offset of the first byte that is not valid UTF-8, or npos when the text is valid.
size_t FirstInvalid(std::string_view text);

void Append(std::string* out, char32_t cp);

// ASCII classes, for byte tests that need no decoding: every other byte, of any character
// above U+007F, is in neither.
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool AllAsciiDigits(std::string_view s) {
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}
inline bool IsAsciiLetter(char c) {
  auto folded = static_cast<unsigned char>(c) | 0x20;  // upper case to lower
  return folded >= 'a' && folded <= 'z';
}

// True when pos starts a code point (is not a continuation byte).
inline bool IsBoundary(std::string_view text, size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Start of the code point that ends just before pos.
size_t PreviousStart(std::string_view text, size_t pos);

}  // namespace figdiff::utf8
