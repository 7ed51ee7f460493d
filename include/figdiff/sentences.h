// The sentences of a document's original text, as ICU's sentence break iterator for its
// language finds them; blank lines are not sentences (as in segment.h). Used for positions
// relative to the whole text (align.h) and to show a figure in its sentence (compare --context).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace figdiff {

class Sentences {
 public:
  // `text` is valid UTF-8; `lang` a language code, used as the ICU locale. Throws
  // std::runtime_error when ICU has no sentence break iterator.
  Sentences(std::string_view text, std::string_view lang);

  // Number of sentences; at least 1, so that positions can be divided by it.
  int count() const { return spans_.empty() ? 1 : static_cast<int>(spans_.size()); }

  // [start, end) of the sentence that holds byte `offset`, spaces and line breaks at either end
  // left out; {offset, offset} when the text has no sentence.
  std::pair<size_t, size_t> Around(size_t offset) const;

 private:
  std::vector<std::pair<size_t, size_t>> spans_;  // trimmed, in order
};

}  // namespace figdiff
