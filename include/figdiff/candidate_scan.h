// The candidate scan: where a language's candidate pattern (lexicon.h) matches, without RE2's
// DFA stepping over every byte. A vector pass finds the digits and the word starts (a letter
// after a byte that is no ASCII letter or digit, nor, in Arabic, an Arabic letter); a word
// start goes on only if its first three characters (three bytes in es, fr and en, six in ar,
// also after a clitic such as ar "و") may begin a number word, the character before it is no
// letter, number or mark, and the number words' trie finds one there. RE2 confirms each
// survivor with a match anchored there, so the matches are RE2's own: the pass may let a place
// through wrongly, never miss one. A digit always begins a match, the pattern's digit run,
// whose end the scan reads itself; the tests hold it to RE2's search.
#pragma once

#include <re2/re2.h>

#include <bit>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "figdiff/phrase_set.h"

namespace figdiff {

class CandidateScanner {
 public:
  // `pattern`: a digit run, or a number word of `words` after an optional one of `clitics`
  // (empty: none) at the text's start or after a character that is no letter, number or mark
  // (BuildLexicon in lexicon.cc). All three must outlive the scanner.
  CandidateScanner(const RE2& pattern, const PhraseSet& words, const PhraseSet& clitics);

  // The leftmost match of the pattern that starts at or after `pos`, a code point boundary of
  // valid UTF-8: the same as pattern.Match(text, pos, text.size(), RE2::UNANCHORED, match, 1).
  bool Next(std::string_view text, size_t pos, re2::StringPiece* match) const;

 private:
  // The most bytes of a word start that the first test reads (three characters of two bytes).
  static constexpr size_t kMaxWidth = 8;

  // The first `length` bytes of `bytes` (the first in the lowest) to a bit of a 2^16-bit set.
  static uint32_t BeginHash(uint64_t bytes, size_t length) {
    static constexpr uint64_t kKept[kMaxWidth + 1] = {
        0,           0xFF,         0xFFFF,         0xFFFFFF,
        0xFFFFFFFF,  0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF,
        ~uint64_t{0}};
    return static_cast<uint32_t>(((bytes & kKept[length]) * 0x9E3779B97F4A7C15u) >> 48);
  }

  // The 8 bytes at `pos`, the first in the lowest, spaces past the end of the text, each byte
  // `| 0x20`: ASCII letters in lower case (the words' spellings are read the same way).
  static uint64_t BytesAt(std::string_view text, size_t pos) {
    if (text.size() - pos >= 8) return BytesInside(text.data() + pos);
    uint64_t bytes = 0x2020202020202020u;
    std::memcpy(&bytes, text.data() + pos, text.size() - pos);  // spaces stay after them
    if constexpr (std::endian::native == std::endian::big) {
      bytes = __builtin_bswap64(bytes);  // the copied bytes are the lowest
    }
    return bytes | 0x2020202020202020u;
  }

  // BytesAt where the 8 bytes at `p` are all in the text.
  static uint64_t BytesInside(const char* p) {
    uint64_t bytes;
    std::memcpy(&bytes, p, 8);
    if constexpr (std::endian::native == std::endian::big) bytes = __builtin_bswap64(bytes);
    return bytes | 0x2020202020202020u;
  }
  // Whether `bytes` (BytesAt) may begin a number word: the first test of a word start, the
  // cheapest, inline in the scan.
  bool MayBeginWord(uint64_t bytes) const {
    if (one_byte_[bytes & 0xFF]) return true;
    for (uint32_t lengths = short_lengths_; lengths != 0; lengths &= lengths - 1) {
      if (begins_[BeginHash(bytes, static_cast<size_t>(__builtin_ctz(lengths)))]) return true;
    }
    return begins_[BeginHash(bytes, width_)];
  }
  // MayBeginWord where the words are narrow (below).
  bool MayBeginNarrowWord(uint64_t bytes) const { return begins_[BeginHash(bytes, 3)]; }
  // Whether a number word may begin at `pos`, or after a clitic there. Narrow (!kWide): the
  // words' first three bytes and no clitics, as in es, fr and en; the test is then the one the
  // scan makes most often, so it is kept to a hash (and, in the scan's vector loop, inline).
  template <bool kWide>
  bool MayBeginCliticOrWord(std::string_view text, size_t pos) const {
    uint64_t bytes = BytesAt(text, pos);
    if constexpr (!kWide) return MayBeginNarrowWord(bytes);
    if (MayBeginWord(bytes)) return true;
    for (uint32_t lengths = clitic_lengths_; lengths != 0; lengths &= lengths - 1) {
      auto length = static_cast<size_t>(__builtin_ctz(lengths));
      if (clitic_begins_[BeginHash(bytes, length)] && pos + length < text.size() &&
          MayBeginWord(BytesAt(text, pos + length))) {
        return true;
      }
    }
    return false;
  }
  template <bool kWide>
  bool Scan(std::string_view text, size_t pos, re2::StringPiece* match) const;
  // Whether the candidate that starts with the character before `word` matches; sets *match.
  bool MatchWordAfter(std::string_view text, size_t word, re2::StringPiece* match) const;
  // Records how the text may begin where `phrase` (folded) matches.
  void AddBeginnings(std::string_view phrase);

  const RE2& pattern_;
  const PhraseSet& words_;
  const PhraseSet* clitics_;  // null when the language has none
  // Whether the words need more than three bytes, a clitic or a word of one byte, to tell
  // from other words (ar): then the scan takes the wider test, and looks for no word start
  // after an Arabic letter.
  bool wide_ = false;
  // How many bytes of a word start the first test reads: three characters of the words.
  size_t width_ = 3;
  // The bytes that begin a number word, as BytesAt reads them: the first width_ bytes, hashed
  // (a word one byte shorter, with every byte after it); a shorter word whole, one byte by
  // itself, more hashed and their length a bit of short_lengths_.
  std::bitset<1 << 16> begins_;
  std::bitset<256> one_byte_;
  uint32_t short_lengths_ = 0;
  // The clitics as they may be written, whole, hashed as begins_; their lengths in bits.
  std::bitset<1 << 16> clitic_begins_;
  uint32_t clitic_lengths_ = 0;
};

}  // namespace figdiff
