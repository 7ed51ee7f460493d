// Helpers shared by the fuzz targets (tests/fuzz/README.md): a UTF-8 validator written
// independently of src/utf8.cc, and FUZZ_CHECK, which reports a broken invariant and aborts so
// that libFuzzer keeps the input.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace figdiff::fuzz {

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF), as the Unicode standard defines it (table 3-7).
inline bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    unsigned char second = static_cast<unsigned char>(s[i + 1]);
    if (second < lo || second > hi) return false;
    for (size_t k = 2; k < len; ++k) {
      unsigned char b = static_cast<unsigned char>(s[i + k]);
      if (b < 0x80 || b > 0xBF) return false;
    }
    i += len;
  }
  return true;
}

// True when byte `pos` of `s` starts a code point or is the end of `s`.
inline bool IsBoundary(std::string_view s, size_t pos) {
  return pos == s.size() || (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80);
}

// Decodes the code point at s[*pos] of valid UTF-8 and moves *pos past it.
inline char32_t NextCodePoint(std::string_view s, size_t* pos) {
  unsigned char c = static_cast<unsigned char>(s[*pos]);
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len && *pos + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[*pos + k]) & 0x3F);
  }
  *pos += len;
  return cp;
}

// Checks named in the comma-separated environment variable FIGDIFF_FUZZ_SKIP are not made:
// to keep fuzzing past a known, reported bug until it is fixed. Empty in CI.
inline bool Skipped(const char* name) {
  static const char* skip = std::getenv("FIGDIFF_FUZZ_SKIP");
  if (skip == nullptr) return false;
  std::string_view list(skip), wanted(name);
  while (!list.empty()) {
    size_t comma = list.find(',');
    if (list.substr(0, comma) == wanted) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace figdiff::fuzz

// FUZZ_CHECK(name, condition, printf-format, args...): when `condition` is false (and the check
// `name` is not skipped), prints the check's name, the condition and the details, then aborts.
#define FUZZ_CHECK(name, condition, ...)                                                      \
  do {                                                                                        \
    if (!(condition) && !::figdiff::fuzz::Skipped(name)) {                                    \
      std::fprintf(stderr, "\nINVARIANT BROKEN [%s] %s:%d: %s\n  ", name, __FILE__, __LINE__, \
                   #condition);                                                               \
      std::fprintf(stderr, __VA_ARGS__);                                                      \
      std::fprintf(stderr, "\n");                                                             \
      std::abort();                                                                           \
    }                                                                                         \
  } while (0)
