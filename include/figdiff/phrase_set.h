// A set of phrases from the language data (scale words, currency names, qualifiers...) looked up
// right after or right before a position of the normalized text. Lookups are dictionary walks
// in a case-folding trie: no pattern to compile, so a language's hundreds of currency names cost
// nothing at start-up, and a lookup costs the length of the phrase. RE2 does the pattern
// matching of the candidates (lexicon.h); these sets look around each candidate.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/segment.h"

namespace figdiff {

class PhraseSet {
 public:
  struct Phrase {
    std::string text;   // as written in the data; normalized when the set is built
    std::string value;  // the category's value (multiplier, ISO code, qualifier type...)
    std::vector<std::string> flags;
    bool case_sensitive = false;  // ISO codes: "ALL" is a currency, "all" is not

    bool HasFlag(std::string_view flag) const {
      for (const auto& f : flags) {
        if (f == flag) return true;
      }
      return false;
    }
  };
  struct Match {
    size_t start, end;  // the phrase itself, spaces around it excluded
    const Phrase* phrase;
  };

  PhraseSet() = default;
  explicit PhraseSet(std::vector<Phrase> phrases);

  bool empty() const { return phrases_.empty(); }
  const std::vector<Phrase>& phrases() const { return phrases_; }
  // The index in phrases() of a phrase a match of this set points to.
  size_t IndexOf(const Phrase* phrase) const {
    return static_cast<size_t>(phrase - phrases_.data());
  }

  // The longest phrase that starts at `pos` after at most `max_spaces` spaces (no-break spaces
  // count) and ends at a word edge. Any run of spaces matches a space of the phrase; case is
  // ignored except for case-sensitive phrases.
  std::optional<Match> After(std::string_view text, size_t pos, Segmenter& seg,
                             int max_spaces = 1) const {
    // Most lookups end at the first byte: inline, before the walk's frame is set up.
    if (!MayBeginAfter(text, pos, max_spaces)) return std::nullopt;
    return WalkAfter(text, pos, seg, max_spaces);
  }
  // The longest phrase that ends at `pos`, or before spaces that end at `pos`, and starts at a
  // word edge or right after one of `clitics` that does (ar "و" + "عمره").
  std::optional<Match> Before(std::string_view text, size_t pos, Segmenter& seg,
                              const PhraseSet* clitics = nullptr) const {
    if (!MayEndBefore(text, pos)) return std::nullopt;
    return WalkBefore(text, pos, seg, clitics);
  }
  // True when `text` (spaces around it ignored) is one of the phrases.
  bool Contains(std::string_view text) const;
  // Whether Alternation(/*words=*/true), after at most one phrase of `prefixes` (may be null),
  // may match at `pos`: a phrase begins there, and one that ends in an ASCII letter is not
  // followed by an ASCII letter, digit or '_'. Never false where RE2 matches (here a line
  // break may also stand for a space), so a prefilter may ask this and let RE2 confirm.
  bool MayMatchWordsAt(std::string_view text, size_t pos, const PhraseSet* prefixes) const;

  // A regular-expression alternation of all phrases, longest first, for the candidate pattern.
  // With `words`, a phrase ending in an ASCII letter must end at an ASCII word boundary (\b):
  // followed by a letter, digit or '_' it ends at no word edge (UAX #29 joins them), and
  // RE2 need not report it.
  std::string Alternation(bool words = false) const;

 private:
  // Pairs of ASCII symbols as a trie reads them: case-folded, and CR and LF counted as the
  // one ' ' of a run of spaces (a soft line break is one). A longer character, or a no-break
  // space, after an ASCII byte is left to the walk.
  static constexpr size_t kAsciiPairs = 128 * 128;
  static unsigned char FoldAscii(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
  }
  static size_t PairIndex(unsigned char first, unsigned char second) {
    unsigned char next = second == '\n' || second == '\r' ? ' ' : FoldAscii(second);
    return size_t{FoldAscii(first)} << 7 | next;
  }

  // Phrases found by one lookup: (other end, phrase index), without a heap allocation.
  struct Found {
    static constexpr int kMax = 16;  // no phrase has more prefixes that are phrases
    struct Item {
      size_t end;
      int32_t index;
    };
    Item items[kMax];  // left uninitialized: only the first `size` are read
    int size = 0;
    void Add(size_t end, int32_t index) {
      if (size < kMax) items[size++] = {end, index};
    }
  };

  // A trie over code points (case-folded unless exact); space runs are one ' ' symbol. Built
  // once from all its phrases into two flat arrays, each node's edges side by side and sorted
  // by symbol: a lookup walks a few cache lines, and building it allocates a few times, not
  // once per node.
  class Trie {
   public:
    Trie(bool folded, bool reversed) : folded_(folded), reversed_(reversed) {}
    // Adds a phrase, read when Build is called; the first of equal spellings wins.
    void Add(std::string_view phrase, int32_t index);
    void Build();
    // Adds the phrases read from `pos` (backward when reversed), shortest first.
    void Walk(std::string_view text, size_t pos, Found* found) const;
    template <bool kBackward>
    void WalkFrom(std::string_view text, size_t pos, Found* found) const;
    // Marks what its first two levels say of the text's ASCII bytes where a phrase begins
    // (reversed: ends): the bytes it may begin with (both cases when folded), the phrases of
    // one symbol, and the pairs of symbols that begin the others (PairIndex).
    void MarkBeginnings(std::bitset<128>* first, std::bitset<128>* alone,
                        std::bitset<kAsciiPairs>* pairs) const;

   private:
    struct Node {
      int32_t terminal = -1;  // phrase index; -1 when none
      uint32_t first_edge = 0, edge_count = 0;
    };
    struct Edge {
      char32_t symbol;
      int32_t child;
    };
    // A phrase's symbols, added and not yet built: symbols_[start, start + length).
    struct Key {
      uint32_t start, length;
      int32_t index;
    };
    int32_t Child(int32_t node, char32_t symbol) const;
    int32_t EdgeTo(int32_t node, char32_t symbol) const;  // Child without the root's table
    // Builds the node for keys [first, last), which share their first `depth` symbols.
    int32_t BuildNode(std::vector<Key>::const_iterator first, std::vector<Key>::const_iterator last,
                      uint32_t depth);
    static constexpr char32_t kAsciiRoot = 128;
    bool folded_, reversed_;
    std::vector<char32_t> symbols_;
    std::vector<Key> keys_;
    std::vector<Node> nodes_ = {Node()};
    std::vector<Edge> edges_;
    // The root's children by ASCII symbol, -1 when none: most lookups end at the root.
    std::array<int32_t, kAsciiRoot> ascii_root_ = MakeEmptyRoot();
    static std::array<int32_t, kAsciiRoot> MakeEmptyRoot() {
      std::array<int32_t, kAsciiRoot> root;
      root.fill(-1);
      return root;
    }
  };

  // The phrases read from `pos`, longest first.
  Found Walk(std::string_view text, size_t pos, bool backward) const;

  // MayMatchWordsAt without prefixes.
  bool WordBeginsAt(std::string_view text, size_t pos) const;
  // The text's ASCII bytes that can begin (end) a phrase: most lookups end there, before
  // any trie is walked.
  bool MayBegin(std::string_view text, size_t pos) const {
    if (pos >= text.size()) return false;
    auto byte = static_cast<unsigned char>(text[pos]);
    return byte >= 0x80 || ascii_first_[byte];
  }
  bool MayEnd(std::string_view text, size_t pos) const {
    if (pos == 0) return false;
    auto byte = static_cast<unsigned char>(text[pos - 1]);
    return byte >= 0x80 || ascii_last_[byte];
  }
  // MayBegin (MayEnd) past one ASCII space after (before) `pos`, the spaces After (Before)
  // skips most often, and then the pair of bytes there; the other spaces and line breaks are
  // left to the walk, which skips them.
  bool MayBeginAfter(std::string_view text, size_t pos, int max_spaces) const {
    if (max_spaces > 0 && pos < text.size() && text[pos] == ' ') ++pos;
    if (MayBegin(text, pos)) return MayBeginPair(text, pos);
    char next = pos < text.size() ? text[pos] : '\0';
    return next == '\n' || next == '\r' || (next == ' ' && max_spaces > 1);
  }
  bool MayEndBefore(std::string_view text, size_t pos) const {
    if (pos > 0 && text[pos - 1] == ' ') --pos;
    if (MayEnd(text, pos)) return MayEndPair(text, pos);
    char before = pos > 0 ? text[pos - 1] : '\0';
    return before == '\n' || before == ' ';
  }
  // Once MayBegin (MayEnd) holds at `pos`: whether a phrase may begin (end) with the two
  // bytes there. Most lookups that get past the first byte end at the second.
  bool MayBeginPair(std::string_view text, size_t pos) const {
    auto first = static_cast<unsigned char>(text[pos]);
    if (first >= 0x80 || ascii_first_alone_[FoldAscii(first)]) return true;
    return pos + 1 < text.size() &&
           PairMayMatch(ascii_first_pairs_, first, static_cast<unsigned char>(text[pos + 1]));
  }
  bool MayEndPair(std::string_view text, size_t pos) const {
    auto last = static_cast<unsigned char>(text[pos - 1]);
    if (last >= 0x80 || ascii_last_alone_[FoldAscii(last)]) return true;
    return pos >= 2 &&
           PairMayMatch(ascii_last_pairs_, last, static_cast<unsigned char>(text[pos - 2]));
  }
  static bool PairMayMatch(const std::bitset<kAsciiPairs>& pairs, unsigned char first,
                           unsigned char second) {
    return second >= 0x80 || pairs[PairIndex(first, second)];
  }
  std::optional<Match> WalkAfter(std::string_view text, size_t pos, Segmenter& seg,
                                 int max_spaces) const;
  std::optional<Match> WalkBefore(std::string_view text, size_t pos, Segmenter& seg,
                                  const PhraseSet* clitics) const;

  std::vector<Phrase> phrases_;
  std::bitset<128> ascii_first_, ascii_last_;
  // Phrases of one ASCII symbol; the first (last) two symbols of the others, both ASCII.
  std::bitset<128> ascii_first_alone_, ascii_last_alone_;
  std::bitset<kAsciiPairs> ascii_first_pairs_, ascii_last_pairs_;
  Trie forward_folded_{true, false}, forward_exact_{false, false};
  Trie backward_folded_{true, true}, backward_exact_{false, true};
};

// The key two spellings of one phrase share: case-folded, spaces collapsed to one ' '.
std::string FoldKey(std::string_view text);

// A pattern that matches `phrase` literally, any run of spaces for each space in it.
std::string PhrasePattern(std::string_view phrase);

// Pattern for the spaces figdiff allows between words: ASCII space or no-break space.
inline constexpr std::string_view kSpace = "(?:\\x{a0}| )";

}  // namespace figdiff
