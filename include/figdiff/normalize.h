// Normalization for matching: the text the patterns see, with a map back to the original bytes
// (as sentencepiece does). Folds every Unicode decimal digit to ASCII, digit-grouping spaces to
// U+00A0, the percent signs to '%', curly apostrophes to '\'', dashes and minus to '-', Arabic
// letter variants (أ إ آ ٱ -> ا, ى -> ي, ة -> ه), and drops format characters (bidi controls,
// zero-width characters, soft hyphens, BOM), nonspacing marks (accents of decomposed text,
// Arabic harakat) and the Arabic tatweel. Letter case is kept: patterns match case-insensitively.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace figdiff {

// Maps byte offsets of the normalized text back to the original text. Stored sparsely: one
// entry where a character changed length, so ASCII text costs nothing.
class OffsetMap {
 public:
  // Original offset of a span that starts at normalized offset `pos`.
  size_t ToOriginalStart(size_t pos) const;
  // Original offset of a span that ends (exclusive) at normalized offset `pos`; characters
  // dropped right after the span stay outside it. Map non-empty spans only: at a dropped
  // character an empty span would map to an inverted range.
  size_t ToOriginalEnd(size_t pos) const;

  // From `normalized` on, offsets are shifted so that it maps to `original`.
  void Add(size_t normalized, size_t original);

 private:
  struct Entry {
    uint32_t normalized;
    uint32_t original;
  };
  std::vector<Entry> entries_;
};

// A character that normalization folded or dropped and that can make a text show one figure
// and say another (the Trojan Source class of tricks): figure warnings come from these.
struct HiddenChar {
  size_t normalized;  // where it was, in the normalized text
  char32_t code_point;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;
  std::vector<HiddenChar> hidden;  // in text order
};

// True for the characters HiddenChar records: format characters (bidi controls, zero-width
// characters, soft hyphen) and digits that only look like digits of the text (mathematical
// digits).
bool IsHiddenOrLookalike(char32_t cp);

// Normalizes valid UTF-8 (see input.h); invalid bytes become U+FFFD.
NormalizedText Normalize(std::string_view original);

// True when Normalize would change nothing: the same text, no offset moved, nothing hidden.
// Most texts are so (English, Spanish news): they can be read in place, without a copy.
bool IsNormalized(std::string_view text);

// The same folding for a short phrase (language data), without the map.
std::string NormalizePhrase(std::string_view phrase);

}  // namespace figdiff
