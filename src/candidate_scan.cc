#include "figdiff/candidate_scan.h"

#include <unicode/uniset.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "figdiff/lexicon.h"
#include "utf8.h"

namespace figdiff {
namespace {

using utf8::IsAsciiDigit;
using utf8::IsAsciiLetter;

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

// MayBeginCandidate of the 16 bytes from `s` (s[-2] and s[-1] readable), in bits, the lowest
// for s[0]: the digits and the word starts apart, so that the scan tests neither again. With
// kAfterArabicLetters, no word start after an Arabic letter either (U+0620-065F and
// U+0680-06BF, two bytes; the others, like ، ؛ ؟ ٪, stay in), most of a text in Arabic.
struct CandidateBits {
  uint32_t digits, word_starts;
};
template <bool kAfterArabicLetters>
CandidateBits CandidateMasks(const char* s) {
#if defined(__SSE2__)
  __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s - 1));
  // Signed compares: the bytes above 0x7F are negative, so never a letter or digit.
  auto in = [](__m128i x, int low, int high) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(high + 1))));
  };
  auto is = [](__m128i x, int byte) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(byte)));
  };
  auto letter = [&](__m128i x) { return in(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z'); };
  auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  __m128i first_byte =
      _mm_cmpeq_epi8(_mm_and_si128(cur, _mm_set1_epi8('\xC0')), _mm_set1_epi8('\xC0'));
  __m128i word_before = _mm_or_si128(letter(prev), in(prev, '0', '9'));
  if constexpr (kAfterArabicLetters) {
    // The lead byte of `prev` when it ends a two-byte character; continuation bytes, signed,
    // run from -128 (0x80) to -65 (0xBF).
    __m128i lead = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s - 2));
    __m128i arabic_letter = _mm_or_si128(
        _mm_or_si128(
            _mm_and_si128(is(lead, 0xD8), in(prev, 0xA0 - 256, 0xBF - 256)),
            _mm_and_si128(is(lead, 0xD9), _mm_cmplt_epi8(prev, _mm_set1_epi8(0xA0 - 256)))),
        is(lead, 0xDA));
    word_before = _mm_or_si128(word_before, arabic_letter);
  }
  return {mask(in(cur, '0', '9')),
          mask(_mm_or_si128(letter(cur), first_byte)) & ~mask(word_before)};
#else
  CandidateBits bits{0, 0};
  for (int i = 0; i < 16; ++i) {
    auto cur = static_cast<unsigned char>(s[i]);
    if (!MayBeginCandidate(cur, static_cast<unsigned char>(s[i - 1]))) continue;
    (IsAsciiDigit(cur) ? bits.digits : bits.word_starts) |= 1u << i;
  }
  return bits;
#endif
}

// The length of the digit separator at `pos` ('.', ',', '\'', ' ', U+00A0, U+066B, U+066C),
// 0 when there is none.
size_t SeparatorAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  char c = text[pos];
  if (c == '.' || c == ',' || c == '\'' || c == ' ') return 1;
  if (pos + 1 >= text.size()) return 0;
  char next = text[pos + 1];
  bool two_bytes =
      (c == '\xC2' && next == '\xA0') || (c == '\xD9' && (next == '\xAB' || next == '\xAC'));
  return two_bytes ? 2 : 0;
}

// Where the pattern's first alternative, the digit run, ends when it starts at `pos` (a digit):
// digits with single separators between them. It always matches there and wins, so RE2 need
// not be asked: its anchored match costs some 800 instructions, about a tenth of en's work per
// figure. The scan's tests compare it with RE2's search.
size_t DigitRunEnd(std::string_view text, size_t pos) {
  while (true) {
    while (pos < text.size() && IsAsciiDigit(text[pos])) ++pos;
    size_t separator = SeparatorAt(text, pos);
    if (separator == 0 || pos + separator >= text.size() || !IsAsciiDigit(text[pos + separator])) {
      return pos;
    }
    pos += separator;
  }
}

// The first bytes of a spelling, each `| 0x20`, the first in the lowest.
struct Beginning {
  uint64_t bytes;
  size_t length;
  auto operator<=>(const Beginning&) const = default;
};

// Every spelling of the first characters of `phrase` that RE2 takes for them, up to `width`
// bytes or the phrase's first space (where a text may have any run of spaces).
std::vector<Beginning> Beginnings(std::string_view phrase, size_t width) {
  std::vector<std::string> spellings = {""};
  for (size_t i = 0; i < phrase.size() && phrase[i] != ' ';) {
    size_t length;
    char32_t c = utf8::Decode(phrase, i, &length);
    i += length;
    std::vector<std::string> longer;
    for (const std::string& spelling : spellings) {
      if (spelling.size() >= width) {
        longer.push_back(spelling);
        continue;
      }
      for (const std::string& variant : CaseVariants(c)) longer.push_back(spelling + variant);
    }
    spellings = std::move(longer);
  }
  std::vector<Beginning> beginnings;
  for (const std::string& spelling : spellings) {
    Beginning b{0, std::min(spelling.size(), width)};
    for (size_t k = 0; k < b.length; ++k) {
      b.bytes |= uint64_t{static_cast<unsigned char>(spelling[k]) | 0x20u} << (8 * k);
    }
    if (b.length > 0) beginnings.push_back(b);
  }
  std::sort(beginnings.begin(), beginnings.end());  // "un" and "UN" read alike
  beginnings.erase(std::unique(beginnings.begin(), beginnings.end()), beginnings.end());
  return beginnings;
}

}  // namespace

CandidateScanner::CandidateScanner(const RE2& pattern, const PhraseSet& words,
                                   const PhraseSet& clitics)
    : pattern_(pattern), words_(words), clitics_(clitics.empty() ? nullptr : &clitics) {
  // Three characters of the words: three bytes in Latin scripts, six in Arabic.
  for (const PhraseSet::Phrase& word : words.phrases()) {
    size_t length;
    utf8::Decode(word.text, 0, &length);
    width_ = std::min(kMaxWidth, std::max(width_, 3 * length));
  }
  for (const PhraseSet::Phrase& word : words.phrases()) AddBeginnings(FoldKey(word.text));
  for (const PhraseSet::Phrase& clitic : clitics.phrases()) {
    std::string text = FoldKey(clitic.text);
    // Read whole: a word begins right after the clitic. A longer one would need another test.
    if (text.size() > kMaxWidth) throw std::runtime_error("clitic longer than 8 bytes: " + text);
    for (const Beginning& b : Beginnings(text, kMaxWidth)) {
      clitic_begins_[BeginHash(b.bytes, b.length)] = true;
      clitic_lengths_ |= 1u << b.length;
    }
  }
  wide_ = width_ != 3 || one_byte_.any() || short_lengths_ != 0 || clitic_lengths_ != 0;
}

void CandidateScanner::AddBeginnings(std::string_view phrase) {
  for (const Beginning& b : Beginnings(phrase, width_)) {
    if (b.length == width_) {
      begins_[BeginHash(b.bytes, width_)] = true;
    } else if (b.length + 1 == width_) {
      for (uint64_t next = 0; next < 256; ++next) {
        begins_[BeginHash(b.bytes | (next | 0x20) << (8 * b.length), width_)] = true;
      }
    } else if (b.length == 1) {
      one_byte_[b.bytes] = true;
    } else {
      begins_[BeginHash(b.bytes, b.length)] = true;
      short_lengths_ |= 1u << b.length;
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
  return words_.MayMatchWordsAt(text, word, clitics_) &&
         pattern_.Match(text, start, text.size(), RE2::ANCHOR_START, match, 1);
}

bool CandidateScanner::Next(std::string_view text, size_t pos, re2::StringPiece* match) const {
  return wide_ ? Scan<true>(text, pos, match) : Scan<false>(text, pos, match);
}

template <bool kWide>
bool CandidateScanner::Scan(std::string_view text, size_t pos, re2::StringPiece* match) const {
  const size_t size = text.size();
  if (pos >= size) return false;
  auto digit_run_at = [&](size_t at) {  // always a match: the pattern's first alternative
    *match = re2::StringPiece(text.data() + at, DigitRunEnd(text, at) - at);
    return true;
  };
  // At `pos` itself only a digit run can begin, or a number word at the start of the text
  // (the pattern's "^"): a word after a character begins with that character, before `pos`.
  if (IsAsciiDigit(text[pos])) return digit_run_at(pos);
  if (pos == 0 && MayBeginCliticOrWord<kWide>(text, 0) &&
      words_.MayMatchWordsAt(text, 0, clitics_) &&
      pattern_.Match(text, 0, size, RE2::ANCHOR_START, match, 1)) {
    return true;
  }
  auto found_at = [&](size_t at) {
    if (IsAsciiDigit(text[at])) return digit_run_at(at);
    return MayBeginCliticOrWord<kWide>(text, at) && MatchWordAfter(text, at, match);
  };
  size_t i = pos + 1;
  // The first byte alone: the vector pass reads two bytes before its first.
  if (i == 1 && i < size &&
      MayBeginCandidate(static_cast<unsigned char>(text[1]), static_cast<unsigned char>(text[0])) &&
      found_at(1)) {
    return true;
  }
  if (i == 1) i = 2;
  // Sixteen bytes at a time, while the eight bytes a word start's first test reads are all in
  // the text: the test then reads them without a check.
  for (; i + 16 + kMaxWidth <= size; i += 16) {
    CandidateBits bits = CandidateMasks<kWide>(text.data() + i);
    for (uint32_t mask = bits.digits | bits.word_starts; mask != 0; mask &= mask - 1) {
      auto bit = static_cast<unsigned>(__builtin_ctz(mask));
      size_t at = i + bit;
      if ((bits.digits >> bit) & 1) {
        return digit_run_at(at);
      } else if (kWide ? MayBeginCliticOrWord<true>(text, at)
                       : MayBeginNarrowWord(BytesInside(text.data() + at))) {
        if (MatchWordAfter(text, at, match)) return true;
      }
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
