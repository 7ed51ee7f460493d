#include "figdiff/phrase_set.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "case_fold.h"
#include "figdiff/normalize.h"
#include "utf8.h"

namespace figdiff {
namespace {

bool IsWordChar(char32_t cp) { return u_isalnum(static_cast<UChar32>(cp)); }

bool StartsWithWordChar(std::string_view s) {
  size_t len;
  return !s.empty() && IsWordChar(utf8::Decode(s, 0, &len));
}

bool EndsWithWordChar(std::string_view s) {
  if (s.empty()) return false;
  size_t len;
  return IsWordChar(utf8::Decode(s, utf8::PreviousStart(s, s.size()), &len));
}

// True when the line break [start, end) of `text` is alone: no other line break on either
// side (spaces and tabs between count as nothing), so it wraps a paragraph rather than ending it.
bool IsSoftBreak(std::string_view text, size_t start, size_t end) {
  size_t before = text.find_last_not_of(" \t", start == 0 ? std::string_view::npos : start - 1);
  if (start > 0 && before != std::string_view::npos &&
      (text[before] == '\n' || text[before] == '\r')) {
    return false;
  }
  size_t after = text.find_first_not_of(" \t", end);
  return after == std::string_view::npos || (text[after] != '\n' && text[after] != '\r');
}

// The length of the space at `pos`, 0 if none: an ASCII or no-break space, or a line break that
// wraps a paragraph (text wrapped at a fixed width puts one anywhere: "more than\n40,000").
size_t SpaceAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  char c = text[pos];
  if (c == ' ') return 1;
  if (c == '\xC2') return pos + 1 < text.size() && text[pos + 1] == '\xA0' ? 2 : 0;
  if (c != '\n' && c != '\r') return 0;
  size_t line_break = text.substr(pos, 2) == "\r\n" ? 2 : c == '\n';
  return line_break > 0 && IsSoftBreak(text, pos, pos + line_break) ? line_break : 0;
}

// The length of the space that ends at `pos`, 0 if none.
size_t SpaceBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  char c = text[pos - 1];
  if (c == ' ') return 1;
  if (c == '\xA0') return pos >= 2 && text[pos - 2] == '\xC2' ? 2 : 0;
  if (c != '\n') return 0;
  size_t line_break = pos >= 2 && text[pos - 2] == '\r' ? 2 : 1;
  return IsSoftBreak(text, pos - line_break, pos) ? line_break : 0;
}

size_t SkipSpaces(std::string_view text, size_t pos, int max_spaces) {
  for (int n = 0; n < max_spaces; ++n) {
    size_t len = SpaceAt(text, pos);
    if (len == 0) break;
    pos += len;
  }
  return pos;
}

// What a byte of the text is to a trie's walk: an ASCII symbol (case-folded for a folded
// trie); kMaySpace for the bytes a space may be made of (' ', CR, LF and the no-break
// space's two), which SpaceAt decides; kMultiByte for the other bytes of longer characters.
constexpr uint8_t kMaySpace = 0x80, kMultiByte = 0x81;

constexpr std::array<uint8_t, 256> ByteSymbols(bool folded) {
  std::array<uint8_t, 256> symbols{};
  for (int b = 0; b < 256; ++b) {
    if (b == ' ' || b == '\n' || b == '\r' || b == 0xC2 || b == 0xA0) {
      symbols[b] = kMaySpace;
    } else if (b >= 0x80) {
      symbols[b] = kMultiByte;
    } else {
      symbols[b] = static_cast<uint8_t>(folded && b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
    }
  }
  return symbols;
}
constexpr std::array<uint8_t, 256> kFoldedBytes = ByteSymbols(true);
constexpr std::array<uint8_t, 256> kExactBytes = ByteSymbols(false);

// Whether the word alternation (Alternation with `words`) asks \b after `phrase`: when it ends
// in an ASCII letter. RE2's \b is ASCII's.
bool EndsAtWordBoundary(std::string_view phrase) {
  return !phrase.empty() && utf8::IsAsciiLetter(phrase.back());
}

}  // namespace

std::string FoldKey(std::string_view text) {
  std::string key;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    if (size_t len = SpaceAt(text, i)) {
      space = true;
      i += len;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    size_t len;
    utf8::Append(&key, FoldCase(utf8::Decode(text, i, &len)));
    i += len;
  }
  return key;
}

std::string PhrasePattern(std::string_view phrase) {
  std::string pattern;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t space = phrase.find(' ', i);
    pattern +=
        RE2::QuoteMeta(phrase.substr(i, space == std::string_view::npos ? space : space - i));
    if (space == std::string_view::npos) break;
    pattern += std::string(kSpace) + "+";
    i = phrase.find_first_not_of(' ', space);
    if (i == std::string_view::npos) break;
  }
  return pattern;
}

int32_t PhraseSet::Trie::Child(int32_t node, char32_t symbol) const {
  if (node == 0 && symbol < kAsciiRoot) return ascii_root_[symbol];
  return EdgeTo(node, symbol);
}

int32_t PhraseSet::Trie::EdgeTo(int32_t node, char32_t symbol) const {
  const Node& n = nodes_[static_cast<size_t>(node)];
  auto first = edges_.begin() + n.first_edge, last = first + n.edge_count;
  auto it = std::lower_bound(first, last, symbol,
                             [](const Edge& edge, char32_t s) { return edge.symbol < s; });
  return it != last && it->symbol == symbol ? it->child : -1;
}

void PhraseSet::Trie::Add(std::string_view phrase, int32_t index) {
  auto start = static_cast<uint32_t>(symbols_.size());
  for (size_t i = 0; i < phrase.size();) {
    if (size_t len = SpaceAt(phrase, i)) {
      // A run of spaces is one symbol, and none begins the phrase.
      if (symbols_.size() > start && symbols_.back() != ' ') symbols_.push_back(' ');
      i += len;
      continue;
    }
    size_t len;
    char32_t cp = utf8::Decode(phrase, i, &len);
    symbols_.push_back(folded_ ? FoldCase(cp) : cp);
    i += len;
  }
  while (symbols_.size() > start && symbols_.back() == ' ') symbols_.pop_back();
  if (symbols_.size() == start) return;
  if (reversed_) std::reverse(symbols_.begin() + start, symbols_.end());
  keys_.push_back({start, static_cast<uint32_t>(symbols_.size()) - start, index});
}

void PhraseSet::Trie::Build() {
  // Sorted, a node's keys are side by side, the one that ends there first; stable, so the
  // first added of equal spellings comes first.
  auto symbols = [&](const Key& k) {
    return std::u32string_view(symbols_.data() + k.start, k.length);
  };
  std::stable_sort(keys_.begin(), keys_.end(),
                   [&](const Key& a, const Key& b) { return symbols(a) < symbols(b); });
  nodes_.assign(1, Node());
  edges_.clear();
  BuildNode(keys_.begin(), keys_.end(), 0);
  for (char32_t symbol = 0; symbol < kAsciiRoot; ++symbol) ascii_root_[symbol] = EdgeTo(0, symbol);
  symbols_ = {};
  keys_ = {};
}

int32_t PhraseSet::Trie::BuildNode(std::vector<Key>::const_iterator first,
                                   std::vector<Key>::const_iterator last, uint32_t depth) {
  auto node = static_cast<int32_t>(nodes_.size() - 1);  // made by the caller
  if (first != last && first->length == depth) {
    nodes_.back().terminal = first->index;
    while (first != last && first->length == depth) ++first;  // later equal spellings
  }
  auto symbol_at = [&](const Key& k) { return symbols_[k.start + depth]; };
  // The edges first, side by side; then each child's subtree.
  auto first_edge = static_cast<uint32_t>(edges_.size());
  for (auto it = first; it != last;) {
    char32_t symbol = symbol_at(*it);
    edges_.push_back({symbol, -1});
    while (it != last && symbol_at(*it) == symbol) ++it;
  }
  nodes_[static_cast<size_t>(node)].first_edge = first_edge;
  nodes_[static_cast<size_t>(node)].edge_count = static_cast<uint32_t>(edges_.size()) - first_edge;
  size_t edge = first_edge;
  for (auto it = first; it != last; ++edge) {
    char32_t symbol = symbol_at(*it);
    auto end = it;
    while (end != last && symbol_at(*end) == symbol) ++end;
    nodes_.emplace_back();
    int32_t child = BuildNode(it, end, depth + 1);
    edges_[edge].child = child;
    it = end;
  }
  return node;
}

void PhraseSet::Trie::Walk(std::string_view text, size_t pos, Found* found) const {
  if (nodes_[0].edge_count == 0) return;
  // One loop per direction: the direction is tested once, not per symbol.
  if (reversed_) {
    WalkFrom<true>(text, pos, found);
  } else {
    WalkFrom<false>(text, pos, found);
  }
}

void PhraseSet::Trie::MarkBeginnings(std::bitset<128>* first_bytes, std::bitset<128>* alone,
                                     std::bitset<kAsciiPairs>* pairs) const {
  const Node& root = nodes_[0];
  for (uint32_t e = root.first_edge; e < root.first_edge + root.edge_count; ++e) {
    if (edges_[e].symbol >= 0x80) continue;
    auto first = static_cast<unsigned char>(edges_[e].symbol);
    (*first_bytes)[first] = true;
    if (folded_ && first >= 'a' && first <= 'z') (*first_bytes)[first - ('a' - 'A')] = true;
    const Node& child = nodes_[static_cast<size_t>(edges_[e].child)];
    if (child.terminal >= 0) (*alone)[FoldAscii(first)] = true;
    for (uint32_t g = child.first_edge; g < child.first_edge + child.edge_count; ++g) {
      if (edges_[g].symbol >= 0x80) continue;
      (*pairs)[PairIndex(first, static_cast<unsigned char>(edges_[g].symbol))] = true;
    }
  }
}

template <bool kBackward>
void PhraseSet::Trie::WalkFrom(std::string_view text, size_t pos, Found* found) const {
  const std::array<uint8_t, 256>& byte_symbols = folded_ ? kFoldedBytes : kExactBytes;
  int32_t node = 0;
  size_t i = pos;
  while (kBackward ? i > 0 : i < text.size()) {
    uint8_t byte_symbol = byte_symbols[static_cast<unsigned char>(text[kBackward ? i - 1 : i])];
    char32_t symbol;
    if (byte_symbol < 0x80) {  // most symbols: one load, no decoding
      symbol = byte_symbol;
      i = kBackward ? i - 1 : i + 1;
    } else if (size_t space = byte_symbol != kMaySpace ? 0
                              : kBackward              ? SpaceBefore(text, i)
                                                       : SpaceAt(text, i)) {
      symbol = ' ';
      // A run of spaces is one symbol.
      while (space != 0) {
        i = kBackward ? i - space : i + space;
        space = kBackward ? SpaceBefore(text, i) : SpaceAt(text, i);
      }
    } else {
      size_t start = kBackward ? utf8::PreviousStart(text, i) : i;
      size_t len;
      char32_t cp = utf8::Decode(text, start, &len);
      symbol = folded_ ? FoldCase(cp) : cp;
      i = kBackward ? start : i + len;
    }
    node = Child(node, symbol);
    if (node < 0) break;
    if (int32_t terminal = nodes_[static_cast<size_t>(node)].terminal; terminal >= 0) {
      found->Add(i, terminal);
    }
  }
}

PhraseSet::PhraseSet(std::vector<Phrase> phrases) : phrases_(std::move(phrases)) {
  for (size_t i = 0; i < phrases_.size(); ++i) {
    Phrase& p = phrases_[i];
    p.text = NormalizePhrase(p.text);
    int32_t index = static_cast<int32_t>(i);
    (p.case_sensitive ? forward_exact_ : forward_folded_).Add(p.text, index);
    (p.case_sensitive ? backward_exact_ : backward_folded_).Add(p.text, index);
  }
  for (Trie* trie : {&forward_folded_, &forward_exact_, &backward_folded_, &backward_exact_}) {
    trie->Build();
  }
  for (const Trie* trie : {&forward_folded_, &forward_exact_}) {
    trie->MarkBeginnings(&ascii_first_, &ascii_first_alone_, &ascii_first_pairs_);
  }
  for (const Trie* trie : {&backward_folded_, &backward_exact_}) {
    trie->MarkBeginnings(&ascii_last_, &ascii_last_alone_, &ascii_last_pairs_);
  }
}

PhraseSet::Found PhraseSet::Walk(std::string_view text, size_t pos, bool backward) const {
  Found found;
  (backward ? backward_folded_ : forward_folded_).Walk(text, pos, &found);
  (backward ? backward_exact_ : forward_exact_).Walk(text, pos, &found);
  // Longest first. Most lookups find nothing, or one phrase.
  if (found.size > 1)
    std::sort(found.items, found.items + found.size, [&](const auto& a, const auto& b) {
      return backward ? a.end < b.end : a.end > b.end;
    });
  return found;
}

bool PhraseSet::Contains(std::string_view text) const {
  size_t start = 0, end = text.size();
  while (size_t len = SpaceAt(text, start)) start += len;
  while (end > start && SpaceBefore(text, end)) end -= SpaceBefore(text, end);
  if (start == end) return false;
  std::string_view trimmed = text.substr(start, end - start);
  Found found = Walk(trimmed, 0, false);
  for (int i = 0; i < found.size; ++i) {
    if (found.items[i].end == trimmed.size()) return true;
  }
  return false;
}

bool PhraseSet::WordBeginsAt(std::string_view text, size_t pos) const {
  if (!MayBegin(text, pos)) return false;
  auto ascii_word_char = [](char c) {
    return utf8::IsAsciiLetter(c) || utf8::IsAsciiDigit(c) || c == '_';
  };
  Found found = Walk(text, pos, false);
  for (int i = 0; i < found.size; ++i) {
    auto [end, index] = found.items[i];
    if (!EndsAtWordBoundary(phrases_[static_cast<size_t>(index)].text) ||
        !ascii_word_char(text[end - 1]) || end == text.size() || !ascii_word_char(text[end])) {
      return true;
    }
  }
  return false;
}

bool PhraseSet::MayMatchWordsAt(std::string_view text, size_t pos,
                                const PhraseSet* prefixes) const {
  if (WordBeginsAt(text, pos)) return true;
  if (prefixes == nullptr || !prefixes->MayBegin(text, pos)) return false;
  Found found = prefixes->Walk(text, pos, false);
  for (int i = 0; i < found.size; ++i) {
    if (WordBeginsAt(text, found.items[i].end)) return true;
  }
  return false;
}

std::optional<PhraseSet::Match> PhraseSet::WalkAfter(std::string_view text, size_t pos,
                                                     Segmenter& seg, int max_spaces) const {
  if (phrases_.empty()) return std::nullopt;
  size_t start = SkipSpaces(text, pos, max_spaces);
  if (!MayBegin(text, start)) return std::nullopt;
  Found found = Walk(text, start, false);
  for (int i = 0; i < found.size; ++i) {
    auto [end, index] = found.items[i];
    if (!EndsWithWordChar(text.substr(start, end - start)) || seg.IsWordEdge(end)) {
      return Match{start, end, &phrases_[static_cast<size_t>(index)]};
    }
  }
  return std::nullopt;
}

std::optional<PhraseSet::Match> PhraseSet::WalkBefore(std::string_view text, size_t pos,
                                                      Segmenter& seg,
                                                      const PhraseSet* clitics) const {
  if (phrases_.empty()) return std::nullopt;
  size_t end = pos;
  while (size_t len = SpaceBefore(text, end)) end -= len;
  if (!MayEnd(text, end)) return std::nullopt;
  Found found = Walk(text, end, true);
  for (int i = 0; i < found.size; ++i) {
    auto [start, index] = found.items[i];
    auto after_clitic = [&, start = start] {
      if (clitics == nullptr) return false;
      auto clitic = clitics->Before(text, start, seg);
      return clitic && clitic->end == start;
    };
    if (!StartsWithWordChar(text.substr(start, end - start)) || seg.IsWordEdge(start) ||
        after_clitic()) {
      return Match{start, end, &phrases_[static_cast<size_t>(index)]};
    }
  }
  return std::nullopt;
}

std::string PhraseSet::Alternation(bool words) const {
  std::vector<const Phrase*> order;
  for (const Phrase& p : phrases_) order.push_back(&p);
  // Longest first: RE2 prefers the earlier alternative, and "veintitrés" must beat "veinte".
  std::stable_sort(order.begin(), order.end(), [](const Phrase* a, const Phrase* b) {
    return a->text.size() > b->text.size();
  });
  std::string alternation;
  for (const Phrase* p : order) {
    if (!alternation.empty()) alternation += '|';
    alternation += (p->case_sensitive ? "(?-i:" : "(?:") + PhrasePattern(p->text);
    alternation += words && EndsAtWordBoundary(p->text) ? "\\b)" : ")";
  }
  return alternation;
}

}  // namespace figdiff
