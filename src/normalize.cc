#include "figdiff/normalize.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bitset>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"

namespace figdiff {
namespace {

// What one non-ASCII code point becomes; 0 means "drop it".
char32_t Fold(char32_t cp) {
  switch (cp) {
    case 0x00A0:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x202F:
    case 0x205F:
      return 0x00A0;  // spaces that group digits: one canonical no-break space
    case 0x066A:
    case 0xFE6A:
    case 0xFF05:
      return '%';
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x2032:
    case 0xFF07:
      return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return '-';
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
      return 0x0627;  // Arabic alef with hamza or madda -> bare alef
    case 0x0649:
    case 0x06CC:
      return 0x064A;  // alef maksura, Farsi yeh -> yeh
    case 0x0629:
      return 0x0647;  // teh marbuta -> heh
    case 0x06A9:
      return 0x0643;  // keheh -> kaf
    case 0x0640:
      return 0;  // tatweel
    default:
      break;
  }
  int8_t type = u_charType(static_cast<UChar32>(cp));
  if (type == U_DECIMAL_DIGIT_NUMBER) return U'0' + u_charDigitValue(static_cast<UChar32>(cp));
  if (type == U_FORMAT_CHAR || type == U_NON_SPACING_MARK) return 0;
  if (type == U_SPACE_SEPARATOR) return ' ';
  return cp;
}

// The two-byte characters (U+0080 to U+07FF: Latin, Greek, Cyrillic, Hebrew, Arabic...) that
// normalization keeps as they are, and that hide nothing: a bit for each pair of bytes (lead
// << 8 | continuation), so that a character is tested with one load, without decoding it.
const std::bitset<0x10000>& KeptTwoBytePairs() {
  static const std::bitset<0x10000> kept = [] {
    std::bitset<0x10000> k;
    for (char32_t cp = 0x80; cp < 0x800; ++cp) {
      if (Fold(cp) != cp || IsHiddenOrLookalike(cp)) continue;
      k[(0xC0 | cp >> 6) << 8 | (0x80 | (cp & 0x3F))] = true;
    }
    return k;
  }();
  return kept;
}

// For each two-byte character, the two-byte character it folds to (Arabic alef forms, teh
// marbuta, alef maksura...), 0 when it folds to itself or to a character of another length.
const std::array<char16_t, 0x800>& SameLengthFolds() {
  static const std::array<char16_t, 0x800> folds = [] {
    std::array<char16_t, 0x800> f{};
    for (char32_t cp = 0x80; cp < 0x800; ++cp) {
      char32_t to = Fold(cp);
      if (to != cp && to >= 0x80 && to < 0x800 && !IsHiddenOrLookalike(cp)) {
        f[cp] = static_cast<char16_t>(to);
      }
    }
    return f;
  }();
  return folds;
}

// How many bytes from `s` (a character boundary, 17 bytes readable) are ASCII or the Arabic
// letters that normalization keeps, up to the first other character: U+0620-063F but for the
// alef forms and teh marbuta (D8 A2, A3, A5, A9), and U+0641-064A but for alef maksura
// (D9 89). Sixteen bytes at a time, or seventeen when a letter ends on the seventeenth: most
// of a text in Arabic, whose folds (one every 35 bytes or so) stop the run, not the scan.
int ArabicLettersRun(const char* s) {
#if defined(__SSE2__)
  __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 1));
  auto is = [](__m128i x, int byte) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(byte)));
  };
  // Signed compares: the continuation bytes 80-BF are -128 to -65, in order.
  auto in = [](__m128i x, int low, int high) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(high + 1))));
  };
  __m128i d8_folds = _mm_or_si128(_mm_or_si128(is(next, 0xA2), is(next, 0xA3)),
                                  _mm_or_si128(is(next, 0xA5), is(next, 0xA9)));
  __m128i d8_kept = _mm_andnot_si128(d8_folds, in(next, 0xA0 - 256, 0xBF - 256));
  __m128i d9_kept = _mm_andnot_si128(is(next, 0x89), in(next, 0x81 - 256, 0x8A - 256));
  auto leads = static_cast<uint32_t>(_mm_movemask_epi8(
      _mm_or_si128(_mm_and_si128(is(cur, 0xD8), d8_kept), _mm_and_si128(is(cur, 0xD9), d9_kept))));
  uint32_t ascii = ~static_cast<uint32_t>(_mm_movemask_epi8(cur)) & 0xFFFF;
  uint32_t kept = ascii | leads | leads << 1;  // a kept letter's continuation byte is kept
  int run = __builtin_ctz(~kept);
  return run < 16 ? run : 16 + static_cast<int>(leads >> 15);
#else
  (void)s;
  return 0;
#endif
}

// The end of the run from `pos` of ASCII and of two-byte characters that normalization keeps.
size_t KeptRunEnd(std::string_view in, size_t pos) {
  const auto& kept = KeptTwoBytePairs();
  const size_t n = in.size();
  while (pos < n) {
    // ASCII and U+00C0-00FF (Latin-1 letters), all kept: sixteen bytes at a time.
    if (int latin = pos + 16 <= n ? utf8::ShortSequenceBlock(in.data() + pos, 0xC3, 0xC3) : 0) {
      pos += static_cast<size_t>(latin);
      continue;
    }
    int arabic = pos + 17 <= n ? ArabicLettersRun(in.data() + pos) : 0;
    pos += static_cast<size_t>(arabic);
    if (arabic >= 16) continue;
    // Another character (a fold, Cyrillic, an Arabic comma...) or the tail: the characters of
    // the next sixteen bytes one by one, before the next block is tried.
    for (size_t block_end = std::min(n, pos + 16); pos < block_end;) {
      auto byte = static_cast<unsigned char>(in[pos]);
      if (byte < 0x80) {
        ++pos;
        continue;
      }
      if (pos + 1 >= n || !kept[byte << 8 | static_cast<unsigned char>(in[pos + 1])]) return pos;
      pos += 2;
    }
  }
  return pos;
}

// Calls on_edit(out_start, out_end, in_start, in_end, code_point) for each character whose
// length changed, and on_hidden(out_pos, code_point) for each hidden or lookalike one.
template <typename OnEdit, typename OnHidden>
std::string FoldText(std::string_view in, OnEdit on_edit, OnHidden on_hidden) {
  const auto& same_length = SameLengthFolds();
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    // What normalization keeps is copied in runs: the common case costs one scan.
    size_t run = KeptRunEnd(in, i);
    out.append(in.data() + i, run - i);
    i = run;
    if (i >= in.size()) break;
    // A letter that folds to another of the same length (most folds of Arabic text) moves no
    // offset: its two bytes are written without decoding.
    if (auto lead = static_cast<unsigned char>(in[i]);
        lead >= 0xC2 && lead < 0xE0 && i + 1 < in.size()) {
      auto cont = static_cast<unsigned char>(in[i + 1]);
      char32_t to = (cont & 0xC0) == 0x80 ? same_length[(lead & 0x1Fu) << 6 | (cont & 0x3Fu)] : 0;
      if (to != 0) {
        out.push_back(static_cast<char>(0xC0 | (to >> 6)));
        out.push_back(static_cast<char>(0x80 | (to & 0x3F)));
        i += 2;
        continue;
      }
    }
    size_t len;
    char32_t cp = utf8::Decode(in, i, &len);
    char32_t folded = Fold(cp);
    size_t before = out.size();
    if (cp != 0xFEFF && IsHiddenOrLookalike(cp)) on_hidden(before, cp);  // a BOM is no trick
    if (folded != 0) utf8::Append(&out, folded);
    if (out.size() - before != len) on_edit(before, out.size(), i, i + len);
    i += len;
  }
  return out;
}

}  // namespace

bool IsHiddenOrLookalike(char32_t cp) {
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return true;  // mathematical digits
  return u_charType(static_cast<UChar32>(cp)) == U_FORMAT_CHAR;
}

void OffsetMap::Add(size_t normalized, size_t original) {
  entries_.push_back({static_cast<uint32_t>(normalized), static_cast<uint32_t>(original)});
}

size_t OffsetMap::ToOriginalStart(size_t pos) const {
  // The last entry at or before pos.
  auto it = std::upper_bound(entries_.begin(), entries_.end(), pos,
                             [](size_t p, const Entry& e) { return p < e.normalized; });
  if (it == entries_.begin()) return pos;
  --it;
  return it->original + (pos - it->normalized);
}

size_t OffsetMap::ToOriginalEnd(size_t pos) const {
  // The first entry at pos describes the text up to pos; later ones at pos are dropped chars.
  auto it = std::lower_bound(entries_.begin(), entries_.end(), pos,
                             [](const Entry& e, size_t p) { return e.normalized < p; });
  if (it != entries_.end() && it->normalized == pos) return it->original;
  if (it == entries_.begin()) return pos;
  --it;
  return it->original + (pos - it->normalized);
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText result;
  result.text = FoldText(
      original,
      [&](size_t out_start, size_t out_end, size_t in_start, size_t in_end) {
        if (out_start == out_end) result.map.Add(out_start, in_start);  // before a dropped char
        result.map.Add(out_end, in_end);
      },
      [&](size_t out_pos, char32_t cp) {
        result.hidden.push_back({out_pos, cp});
      });
  return result;
}

bool IsNormalized(std::string_view text) {
  for (size_t i = KeptRunEnd(text, 0); i < text.size(); i = KeptRunEnd(text, i)) {
    size_t len;
    char32_t cp = utf8::Decode(text, i, &len);
    // An invalid sequence decodes as U+FFFD too, and becomes one.
    bool invalid = cp == 0xFFFD && text.substr(i, len) != "\uFFFD";
    if (invalid || Fold(cp) != cp || IsHiddenOrLookalike(cp)) return false;
    i += len;
  }
  return true;
}

std::string NormalizePhrase(std::string_view phrase) {
  return FoldText(
      phrase, [](size_t, size_t, size_t, size_t) {}, [](size_t, char32_t) {});
}

}  // namespace figdiff
