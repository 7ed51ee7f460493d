#include "figdiff/segment.h"

#include <unicode/uchar.h>

#include <array>
#include <stdexcept>
#include <string>

#include "utf8.h"

namespace figdiff {
namespace {

// Word_Break classes of the code points below U+0800 for which the rules of UAX #29 decide a
// word edge from the characters around it; kAskIcu for the rest (combining marks, format
// characters, Hebrew letters, '_', emoji...: rules WB4, WB7a-c, WB13, WB3c), for the
// characters ICU's rules treat otherwise than their class says (MidLetter such as ':', and
// '@', which ICU keeps inside words) and above U+0800.
enum WordClass : uint8_t {
  kAskIcu,
  kOther,
  kLetter,   // ALetter
  kNumeric,  // Numeric
  kSpace,    // WSegSpace
  kNewline,  // CR, LF, Newline
  kCR,
  kMidNum,   // MidNum
  kMidBoth,  // MidNumLet, Single_Quote: in words and in numbers
};

const std::array<WordClass, 0x800>& WordClasses() {
  static const std::array<WordClass, 0x800> table = [] {
    std::array<WordClass, 0x800> t{};
    for (UChar32 c = 0; c < 0x800; ++c) {
      WordClass k = kAskIcu;
      switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
        case U_WB_OTHER:
          k = u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? kAskIcu : kOther;
          break;
        case U_WB_ALETTER:
          k = kLetter;
          break;
        case U_WB_NUMERIC:
          k = kNumeric;
          break;
        case U_WB_WSEGSPACE:
          k = kSpace;
          break;
        case U_WB_LF:
        case U_WB_NEWLINE:
          k = kNewline;
          break;
        case U_WB_CR:
          k = kCR;
          break;
        case U_WB_MIDNUM:
          k = kMidNum;
          break;
        case U_WB_MIDNUMLET:
        case U_WB_SINGLE_QUOTE:
          k = kMidBoth;
          break;
        default:
          break;
      }
      t[static_cast<size_t>(c)] = c == '@' ? kAskIcu : k;
    }
    return t;
  }();
  return table;
}

WordClass ClassOf(std::string_view text, size_t pos) {
  auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return WordClasses()[byte];  // most characters: no decoding
  size_t len;
  char32_t cp = utf8::Decode(text, pos, &len);
  return cp < 0x800 ? WordClasses()[cp] : kAskIcu;
}

WordClass ClassBefore(std::string_view text, size_t pos) {
  if (pos == 0) return kAskIcu;
  auto byte = static_cast<unsigned char>(text[pos - 1]);
  if (byte < 0x80) return WordClasses()[byte];
  return ClassOf(text, utf8::PreviousStart(text, pos));
}

WordClass ClassAfter(std::string_view text, size_t pos) {
  if (pos >= text.size()) return kAskIcu;
  size_t len;
  utf8::Decode(text, pos, &len);
  return pos + len < text.size() ? ClassOf(text, pos + len) : kAskIcu;
}

enum class Edge { kYes, kNo, kAskIcu };

Edge Decide(bool no_break) { return no_break ? Edge::kNo : Edge::kYes; }

// Whether a word edge falls at `pos` (0 < pos < size), by rules WB3 to WB12 and WB999 of
// UAX #29, from the characters around it; kAskIcu when they are not enough.
Edge LocalWordEdge(std::string_view text, size_t pos) {
  WordClass left = ClassBefore(text, pos), right = ClassOf(text, pos);
  if (left == kAskIcu || right == kAskIcu) return Edge::kAskIcu;
  if (left == kCR) return Decide(right == kNewline && text[pos] == '\n');        // WB3, WB3a
  if (left == kNewline || right == kNewline || right == kCR) return Edge::kYes;  // WB3a, WB3b
  if (left == kSpace && right == kSpace) return Edge::kNo;                       // WB3d
  bool left_word = left == kLetter || left == kNumeric;
  bool right_word = right == kLetter || right == kNumeric;
  if (left_word && right_word) return Edge::kNo;  // WB5, WB8, WB9, WB10
  // WB6, WB7: "l'État", "e.g"; WB11, WB12: "1,000", "3.5".
  bool right_mid_num = right == kMidNum || right == kMidBoth;
  bool left_mid_num = left == kMidNum || left == kMidBoth;
  if ((left == kLetter && right == kMidBoth) || (left == kNumeric && right_mid_num)) {
    WordClass next = ClassAfter(text, pos);
    if (next == kAskIcu) return Edge::kAskIcu;
    return Decide(next == left);
  }
  if ((left == kMidBoth && right == kLetter) || (left_mid_num && right == kNumeric)) {
    WordClass before = ClassBefore(text, utf8::PreviousStart(text, pos));
    if (before == kAskIcu) return Edge::kAskIcu;
    return Decide(before == right);
  }
  return Edge::kYes;  // WB999
}

}  // namespace

SegmenterPrototype::SegmenterPrototype(const char* icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(icu_locale);
  words_.reset(icu::BreakIterator::createWordInstance(locale, status));
  sentences_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU break iterators unavailable: ") +
                             u_errorName(status));
  }
}

Segmenter::Segmenter(const SegmenterPrototype& prototype, std::string_view text)
    : text_(text), sentences_(text, prototype.sentences()) {
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  words_.reset(prototype.words().clone());
  words_->setText(utext_, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU segmentation failed: ") + u_errorName(status));
  }
}

Segmenter::~Segmenter() {
  // The iterator holds a shallow clone of utext_: release it first.
  words_.reset();
  utext_close(utext_);
}

bool Segmenter::IsWordEdge(size_t pos) {
  if (pos == 0 || pos >= text_.size()) return true;
  if (text_[pos - 1] == '\'') return true;
  // Most edges follow from the characters around them; ICU's iterator, which re-reads the
  // text around `pos` on every call, decides the others.
  Edge edge = LocalWordEdge(text_, pos);
  if (edge != Edge::kAskIcu) return edge == Edge::kYes;
  return words_->isBoundary(static_cast<int32_t>(pos));
}

int Segmenter::SentenceIndexAt(size_t pos) {
  if (sentence_end_ == 0) sentence_end_ = sentences_.Next();
  while (sentence_end_ != std::string_view::npos && sentence_end_ <= pos) {
    // Blank lines are sentences to ICU; they do not count as sentences of the text.
    if (HasText(sentence_start_, sentence_end_)) ++sentence_index_;
    sentence_start_ = sentence_end_;
    sentence_end_ = sentences_.Next();
  }
  return sentence_index_;
}

bool Segmenter::HasText(size_t start, size_t end) const {
  for (size_t i = start; i < end; ++i) {
    char c = text_[i];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return true;
  }
  return false;
}

}  // namespace figdiff
