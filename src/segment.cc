#include "figdiff/segment.h"

#include <stdexcept>
#include <string>

namespace figdiff {

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
