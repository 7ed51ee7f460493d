// Segmentation with ICU over the normalized text: word edges (RE2's \b is ASCII-only and never
// matches around "مليار" or "millón") and sentences. Word edges are asked for only near
// candidates, and sentences are found by a scan for terminators (sentence_breaks.h) rather
// than ICU's pass over every character, so the cost follows the figures, not the bytes.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string_view>

#include "figdiff/sentence_breaks.h"

namespace figdiff {

// Break iterators for one language, made once and cloned per text (ICU iterators are not
// thread-safe; their clones are cheap).
class SegmenterPrototype {
 public:
  explicit SegmenterPrototype(const char* icu_locale);
  const icu::BreakIterator& words() const { return *words_; }
  const icu::BreakIterator& sentences() const { return *sentences_; }

 private:
  std::unique_ptr<icu::BreakIterator> words_, sentences_;
};

// Boundaries of one normalized text, which must outlive it.
class Segmenter {
 public:
  Segmenter(const SegmenterPrototype& prototype, std::string_view text);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // True when a word may start or end at byte `pos`: an ICU word boundary, or right after an
  // elision apostrophe (ICU keeps "d'euros" and "l'un" as one word).
  bool IsWordEdge(size_t pos);

  // 0-based index of the sentence holding byte `pos`. Calls must come with non-decreasing
  // positions (facts are visited in order): the iterator only moves forward.
  int SentenceIndexAt(size_t pos);

 private:
  std::string_view text_;
  UText* utext_ = nullptr;
  std::unique_ptr<icu::BreakIterator> words_;
  SentenceBreaks sentences_;
  bool HasText(size_t start, size_t end) const;

  int sentence_index_ = 0;
  size_t sentence_start_ = 0;
  size_t sentence_end_ = 0;  // end of the current sentence; 0 before the first call
};

}  // namespace figdiff
