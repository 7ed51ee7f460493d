#include "figdiff/candidate_scan.h"

#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <string>
#include <vector>

#include "figdiff/lexicon.h"
#include "utf8.h"

namespace figdiff {
namespace {

bool IsAsciiDigit(unsigned char byte) { return byte >= '0' && byte <= '9'; }

bool IsAsciiLetter(unsigned char byte) {
  return (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';  // `| 0x20` folds the upper case
}

// The two-byte characters (U+0080-07FF) after which a number word may begin: no letter,
// number or mark. Above them every character may, as in the pattern's class.
const std::bitset<kWordCharsInPatternBelow>& MayPrecedeWord() {
  static const auto* const bits = [] {
    auto* b = new std::bitset<kWordCharsInPatternBelow>;
    for (char32_t c = 0; c < kWordCharsInPatternBelow; ++c) {
      (*b)[c] = !IsWordCharBeforeNumberWord(c);
    }
    return b;
  }();
  return *bits;
}

// The UTF-8 spellings of the characters that RE2, matching case-insensitively, takes for `c`
// (ICU's case closure, a superset of RE2's simple case orbits).
std::vector<std::string> CaseVariants(char32_t c) {
  icu::UnicodeSet set(static_cast<UChar32>(c), static_cast<UChar32>(c));
  set.closeOver(USET_CASE_INSENSITIVE);
  std::vector<std::string> variants;
  for (int32_t i = 0; i < set.size(); ++i) {
    UChar32 variant = set.charAt(i);
    if (variant < 0) continue;  // the closure's strings ("ss" for "ß"): RE2 has none
    std::string utf8;
    utf8::Append(&utf8, static_cast<char32_t>(variant));
    variants.push_back(utf8);
  }
  return variants;
}

// Whether a candidate may begin at a byte `cur` after the byte `prev`: a digit, or an ASCII
// letter or the first byte of another character after a byte that is no ASCII letter or digit.
bool MayBeginCandidate(unsigned char cur, unsigned char prev) {
  bool word_start = IsAsciiLetter(cur) || cur >= 0xC0;
  return IsAsciiDigit(cur) || (word_start && !IsAsciiLetter(prev) && !IsAsciiDigit(prev));
}

// MayBeginCandidate of the 16 bytes from `s` (s[-1] readable), in bits, the lowest for s[0].
uint32_t CandidateMask(const char* s) {
#if defined(__SSE2__)
  __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s - 1));
  // Signed compares: the bytes above 0x7F are negative, so never a letter or digit.
  auto in = [](__m128i x, char low, char high) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(high + 1))));
  };
  auto letter = [&](__m128i x) { return in(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z'); };
  auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  __m128i first_byte =
      _mm_cmpeq_epi8(_mm_and_si128(cur, _mm_set1_epi8('\xC0')), _mm_set1_epi8('\xC0'));
  uint32_t word_start = mask(_mm_or_si128(letter(cur), first_byte)) &
                        ~mask(_mm_or_si128(letter(prev), in(prev, '0', '9')));
  return mask(in(cur, '0', '9')) | word_start;
#else
  uint32_t bits = 0;
  for (int i = 0; i < 16; ++i) {
    if (MayBeginCandidate(static_cast<unsigned char>(s[i]), static_cast<unsigned char>(s[i - 1]))) {
      bits |= 1u << i;
    }
  }
  return bits;
#endif
}

}  // namespace

CandidateScanner::CandidateScanner(const RE2& pattern, const PhraseSet& words,
                                   const PhraseSet& clitics)
    : pattern_(pattern), words_(words) {
  prefilter_ = clitics.empty() && !words.empty();
  for (const PhraseSet::Phrase& word : words.phrases()) {
    prefilter_ =
        prefilter_ && !word.text.empty() && IsAsciiLetter(static_cast<unsigned char>(word.text[0]));
  }
  if (!prefilter_) return;
  for (const PhraseSet::Phrase& word : words.phrases()) AddBeginnings(FoldKey(word.text));
}

void CandidateScanner::AddBeginnings(std::string_view phrase) {
  // Every spelling of the phrase's first characters, up to three bytes or its first space
  // (where a text may have any run of spaces).
  std::vector<std::string> begins = {""};
  for (size_t i = 0; i < phrase.size() && phrase[i] != ' ';) {
    size_t length;
    char32_t c = utf8::Decode(phrase, i, &length);
    i += length;
    std::vector<std::string> longer;
    for (const std::string& begin : begins) {
      if (begin.size() >= 3) {
        longer.push_back(begin);
        continue;
      }
      for (const std::string& variant : CaseVariants(c)) longer.push_back(begin + variant);
    }
    begins = std::move(longer);
  }
  for (const std::string& begin : begins) {
    if (begin.empty()) continue;
    uint32_t bytes = 0;
    for (size_t k = 0; k < 3 && k < begin.size(); ++k) {
      bytes |= uint32_t{static_cast<unsigned char>(begin[k])} << (8 * k);
    }
    bytes |= kCaseBits;
    if (begin.size() == 1) {
      one_byte_[bytes & 0xFF] = true;
    } else if (begin.size() == 2) {
      for (uint32_t third = 0; third < 256; ++third) {
        three_bytes_[ThreeByteHash((bytes & 0xFFFF) | third << 16 | kCaseBits)] = true;
      }
    } else {
      three_bytes_[ThreeByteHash(bytes)] = true;
    }
  }
}

bool CandidateScanner::MatchWordAfter(std::string_view text, size_t word,
                                      re2::StringPiece* match) const {
  size_t start = word - 1;
  if (static_cast<unsigned char>(text[start]) >= 0x80) {
    start = utf8::PreviousStart(text, word);
    size_t length;
    char32_t c = utf8::Decode(text, start, &length);
    if (c < kWordCharsInPatternBelow && !MayPrecedeWord()[c]) return false;
  }
  return words_.MayMatchWordsAt(text, word) &&
         pattern_.Match(text, start, text.size(), RE2::ANCHOR_START, match, 1);
}

bool CandidateScanner::Next(std::string_view text, size_t pos, re2::StringPiece* match) const {
  const size_t size = text.size();
  if (!prefilter_) return pattern_.Match(text, pos, size, RE2::UNANCHORED, match, 1);
  if (pos >= size) return false;
  auto match_at = [&](size_t at) {
    return pattern_.Match(text, at, size, RE2::ANCHOR_START, match, 1);
  };
  // At `pos` itself only a digit run can begin, or a number word at the start of the text
  // (the pattern's "^"): a word after a character begins with that character, before `pos`.
  if (IsAsciiDigit(static_cast<unsigned char>(text[pos]))) return match_at(pos);
  if (pos == 0 && MayBeginWord(text, 0) && words_.MayMatchWordsAt(text, 0) && match_at(0)) {
    return true;
  }
  auto found_at = [&](size_t at) {
    if (IsAsciiDigit(static_cast<unsigned char>(text[at]))) return match_at(at);
    return MayBeginWord(text, at) && MatchWordAfter(text, at, match);
  };
  size_t i = pos + 1;
  for (; i + 16 <= size; i += 16) {
    for (uint32_t mask = CandidateMask(text.data() + i); mask != 0; mask &= mask - 1) {
      if (found_at(i + static_cast<size_t>(__builtin_ctz(mask)))) return true;
    }
  }
  for (; i < size; ++i) {
    auto cur = static_cast<unsigned char>(text[i]);
    if (MayBeginCandidate(cur, static_cast<unsigned char>(text[i - 1])) && found_at(i)) {
      return true;
    }
  }
  return false;
}

}  // namespace figdiff
