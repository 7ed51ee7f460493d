#include "figdiff/sentence_breaks.h"

#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <stdexcept>
#include <string>

#include "utf8.h"

namespace figdiff {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Sentence_Break of the code points below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic...):
// a table, since the scan classifies every non-ASCII character of the text.
const std::array<uint8_t, 0x800>& SmallTable() {
  static const std::array<uint8_t, 0x800> table = [] {
    std::array<uint8_t, 0x800> t{};
    for (UChar32 c = 0; c < 0x800; ++c) {
      t[static_cast<size_t>(c)] =
          static_cast<uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    }
    return t;
  }();
  return table;
}

bool IsStop(int k) {
  return k == U_SB_ATERM || k == U_SB_STERM || k == U_SB_CR || k == U_SB_LF || k == U_SB_SEP;
}

// The code points below U+0800 after which a sentence may end: terminators and line breaks.
const std::array<bool, 0x800>& SmallStops() {
  static const std::array<bool, 0x800> stops = [] {
    std::array<bool, 0x800> s{};
    for (size_t c = 0; c < 0x800; ++c) s[c] = IsStop(SmallTable()[c]);
    return s;
  }();
  return stops;
}

int ClassAt(std::string_view text, size_t pos, size_t* len) {
  auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    *len = 1;
    return SmallTable()[byte];
  }
  char32_t cp = utf8::Decode(text, pos, len);
  if (cp < 0x800) return SmallTable()[cp];
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK);
}

// The first offset from `pos` (a character boundary) that may hold a stop: an ASCII one ('.',
// '!', '?', LF, CR), U+061D-061F or U+06D4 (the Arabic ones), a character of three or four
// bytes, or a two-byte one whose lead byte is that of the other stops below U+0800 (C2: U+0085,
// D6, DC, DF). Sixteen bytes at a time where SSE2 is there: prose in Latin or Arabic script is
// passed over in blocks between its terminators.
size_t SkipQuiet(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  auto equal = [&](__m128i bytes, char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
  while (pos + 16 <= text.size()) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    // A two-byte character cut by the block's end: the next block starts with it.
    bool cut = (static_cast<unsigned char>(text[pos + 15]) & 0xE0) == 0xC0;
    __m128i stops = equal(bytes, '.');
    for (char c : {'!', '?', '\n', '\r'}) stops = _mm_or_si128(stops, equal(bytes, c));
    // Latin prose first, in fewer steps: the other ASCII bytes, continuation bytes and the lead
    // byte C3 (U+00C0-00FF) hold no stop.
    __m128i lead = _mm_cmpeq_epi8(_mm_max_epu8(bytes, _mm_set1_epi8('\xC0')), bytes);
    if (mask(_mm_or_si128(stops, _mm_andnot_si128(equal(bytes, '\xC3'), lead))) == 0) {
      pos += cut ? 15 : 16;
      continue;
    }
    stops = _mm_or_si128(stops, _mm_cmpeq_epi8(_mm_max_epu8(bytes, _mm_set1_epi8('\xE0')), bytes));
    for (char c : {'\xC2', '\xD6', '\xDC', '\xDF'}) stops = _mm_or_si128(stops, equal(bytes, c));
    // Arabic's own: D8 9D-9F and DB 94, told by their continuation bytes.
    __m128i in_9d_9f = _mm_cmpeq_epi8(
        _mm_min_epu8(_mm_max_epu8(bytes, _mm_set1_epi8('\x9D')), _mm_set1_epi8('\x9F')), bytes);
    uint32_t arabic = ((mask(equal(bytes, '\xD8')) << 1) & mask(in_9d_9f)) |
                      ((mask(equal(bytes, '\xDB')) << 1) & mask(equal(bytes, '\x94')));
    if (uint32_t hits = mask(stops) | (arabic & 0xFFFF); hits != 0) {
      unsigned first = static_cast<unsigned>(__builtin_ctz(hits));
      return pos + first - ((arabic >> first) & 1);  // an Arabic stop: back to its lead byte
    }
    pos += cut ? 15 : 16;
  }
#endif
  return pos;
}

bool IsParaSep(int k) { return k == U_SB_SEP || k == U_SB_CR || k == U_SB_LF; }
bool IsTerm(int k) { return k == U_SB_ATERM || k == U_SB_STERM; }
// Characters that rule SB5 attaches to the one before: near a terminator, ICU decides.
bool IsAttached(int k) { return k == U_SB_EXTEND || k == U_SB_FORMAT; }

}  // namespace

SentenceBreaks::SentenceBreaks(std::string_view text, const icu::BreakIterator& prototype)
    : text_(text), prototype_(prototype) {}

SentenceBreaks::~SentenceBreaks() {
  icu_.reset();  // it holds a shallow clone of utext_
  if (utext_ != nullptr) utext_close(utext_);
}

size_t SentenceBreaks::Next() {
  if (done_) return kNone;
  const auto& stops = SmallStops();
  const size_t n = text_.size();
  while (scan_ < n) {
    // Most characters are one or two bytes long and no terminator: skip them quickly.
    auto byte = static_cast<unsigned char>(text_[scan_]);
    if (byte < 0x80) {
      if (!stops[byte]) {
        scan_ = SkipQuiet(text_, scan_ + 1);
        continue;
      }
    } else if (byte >= 0xC2 && byte < 0xE0 && scan_ + 1 < n) {
      auto cont = static_cast<unsigned char>(text_[scan_ + 1]);
      if (!stops[(byte & 0x1Fu) << 6 | (cont & 0x3Fu)]) {
        scan_ = SkipQuiet(text_, scan_ + 2);
        continue;
      }
    }
    size_t len;
    int k = ClassAt(text_, scan_, &len);
    size_t boundary = kNone;
    if (k == U_SB_CR && scan_ + len < n && text_[scan_ + len] == '\n') {
      scan_ += len;  // SB3: CR x LF; the break follows the LF
      continue;
    }
    if (IsParaSep(k)) {  // SB4: ParaSep ÷
      boundary = scan_ + len;
      scan_ = boundary;
    } else if (IsTerm(k)) {
      Decision d = AfterTerminator(scan_, scan_ + len, k);
      boundary = d.boundary;
      scan_ = d.resume;
    } else {
      scan_ += len;
    }
    if (boundary != kNone && boundary > last_) {
      last_ = boundary;
      return boundary;
    }
  }
  done_ = true;
  if (n > last_) {  // SB2: Any ÷ eot
    last_ = n;
    return n;
  }
  return kNone;
}

// Rules SB6 to SB11 for the terminator at `term` (its character ends at `after`): a sentence
// can end only after the terminator's closing punctuation and spaces, Close* Sp*.
SentenceBreaks::Decision SentenceBreaks::AfterTerminator(size_t term, size_t after,
                                                         int term_class) {
  const size_t n = text_.size();
  size_t len;
  int before = U_SB_OTHER;
  if (term > 0) {
    before = ClassAt(text_, utf8::PreviousStart(text_, term), &len);
    if (IsAttached(before)) return AskIcu(term, after);
  }
  size_t q = after;
  int k = U_SB_OTHER;
  while (q < n && (k = ClassAt(text_, q, &len)) == U_SB_CLOSE) q += len;
  const bool closed = q != after;
  while (q < n && (k = ClassAt(text_, q, &len)) == U_SB_SP) q += len;
  const bool spaced = q != after;
  if (q >= n) return {kNone, n};  // the end of the text ends the sentence (SB2)
  if (IsAttached(k)) return AskIcu(term, after);
  // SB9, SB10: no break before a paragraph separator; it ends the sentence itself (SB4).
  if (IsParaSep(k)) return {kNone, q};
  if (term_class == U_SB_ATERM) {
    if (!closed && !spaced) {
      if (k == U_SB_NUMERIC) return {kNone, q};  // SB6: "3.5"
      // SB7: "U.S"
      if (k == U_SB_UPPER && (before == U_SB_UPPER || before == U_SB_LOWER)) return {kNone, q};
    }
    // SB8: no break when a lower-case letter comes before any other letter, terminator or
    // paragraph separator ("etc. y", "p. ej.").
    size_t r = q;
    int next = k;
    while (next != U_SB_OLETTER && next != U_SB_UPPER && next != U_SB_LOWER && !IsParaSep(next) &&
           !IsTerm(next)) {
      r += len;
      if (r >= n) break;
      next = ClassAt(text_, r, &len);
    }
    if (r < n && next == U_SB_LOWER) return {kNone, q};
  }
  // SB8a: a continuation or another terminator goes on with the sentence.
  if (k == U_SB_SCONTINUE || IsTerm(k)) return {kNone, q};
  return {q, q};  // SB11
}

// Extend and Format characters near the terminator attach to the characters before them
// (SB5): ICU's iterator decides, asked for the first boundary after the terminator.
SentenceBreaks::Decision SentenceBreaks::AskIcu(size_t term, size_t after) {
  const size_t n = text_.size();
  size_t q = after, len;
  while (q < n) {
    int k = ClassAt(text_, q, &len);
    if (k != U_SB_CLOSE && k != U_SB_SP && !IsAttached(k)) break;
    q += len;
  }
  if (!icu_) {
    UErrorCode status = U_ZERO_ERROR;
    utext_ = utext_openUTF8(nullptr, text_.data(), static_cast<int64_t>(text_.size()), &status);
    icu_.reset(prototype_.clone());
    if (icu_) icu_->setText(utext_, status);
    if (!icu_ || U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU sentence segmentation failed: ") +
                               u_errorName(status));
    }
  }
  int32_t following = icu_->following(static_cast<int32_t>(term));
  size_t boundary = following == icu::BreakIterator::DONE ? n : static_cast<size_t>(following);
  if (boundary <= q) return {boundary, boundary};
  return {kNone, q};
}

}  // namespace figdiff
