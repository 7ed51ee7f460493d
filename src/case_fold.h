// Simple case folding (ICU's u_foldCase), as the phrase tries compare characters (internal).
#pragma once

#include <unicode/uchar.h>

#include <array>

namespace figdiff {

// The fold of every code point below U+0800 (Latin, Greek, Cyrillic, Arabic...), read from a
// table: ICU's lookup costs a call and a trie walk for each character of a phrase lookup.
inline char32_t FoldCase(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
  static constexpr char32_t kTableEnd = 0x800;
  if (cp >= kTableEnd) {
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
  }
  static const auto* const table = [] {
    auto* t = new std::array<char16_t, kTableEnd>;
    for (char32_t c = 0; c < kTableEnd; ++c) {
      // Below U+0800 every fold stays below U+0800 (a char16_t), as ICU's data has it.
      (*t)[c] = static_cast<char16_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    }
    return t;
  }();
  return (*table)[cp];
}

}  // namespace figdiff
