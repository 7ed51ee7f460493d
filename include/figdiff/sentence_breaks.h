// The sentence boundaries of a text, the same ones as ICU's sentence break iterator finds (the
// rules of UAX #29, without abbreviation suppressions), at a fraction of its cost. ICU runs its
// state machine over every character; here a scan looks only for the characters after which a
// sentence can end (terminators such as '.', '?', '؟' and paragraph separators) and decides
// each with the rules, from ICU's Sentence_Break property of the characters around it. The few
// places the rules below leave to ICU (combining marks or format characters next to a
// terminator) are asked of ICU's iterator itself, made only when one is met.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>

namespace figdiff {

class SentenceBreaks {
 public:
  // `text` is valid UTF-8 and must outlive this, as must `prototype`, a sentence break
  // iterator of the text's language: it is cloned when a doubt needs ICU.
  SentenceBreaks(std::string_view text, const icu::BreakIterator& prototype);
  ~SentenceBreaks();
  SentenceBreaks(const SentenceBreaks&) = delete;
  SentenceBreaks& operator=(const SentenceBreaks&) = delete;

  // The next boundary after the previous one (the first call: after 0), as
  // icu::BreakIterator::next() gives them; the end of the text is the last boundary, and
  // std::string_view::npos follows it.
  size_t Next();

 private:
  struct Decision {
    size_t boundary;  // npos when the terminator ends no sentence
    size_t resume;    // where the scan goes on
  };
  Decision AfterTerminator(size_t term, size_t after, int term_class);
  Decision AskIcu(size_t term, size_t after);

  std::string_view text_;
  const icu::BreakIterator& prototype_;
  size_t scan_ = 0;  // the scan for terminators has reached this offset
  size_t last_ = 0;  // the last boundary returned
  bool done_ = false;
  UText* utext_ = nullptr;  // for icu_ only
  std::unique_ptr<icu::BreakIterator> icu_;
};

}  // namespace figdiff
