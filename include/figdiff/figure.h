// Reading figures: a number (digits or words) with what surrounds it in the normalized text,
// scale word, currency, percent sign, qualifier, before deciding what kind of fact, if any, it
// is (extract.h decides).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figdiff/decimal.h"
#include "figdiff/fact.h"
#include "figdiff/lexicon.h"
#include "figdiff/segment.h"

namespace figdiff {

struct Figure {
  size_t start = 0, end = 0;                // the whole figure in the normalized text
  size_t number_start = 0, number_end = 0;  // the number alone
  Decimal number;                           // as written
  Decimal multiplier = Decimal::One();      // from the scale word
  bool has_scale = false;
  std::string currency;  // ISO code, "$" for the --dollar currency, or empty
  bool percent = false;
  bool points = false;  // percentage points
  Qualifier qualifier = Qualifier::kNone;
  bool qualifier_needs_no_duration = false;  // "over": not a qualifier in "over five years"
  size_t weak_points_end = 0;  // end of a following "points", percentage points if a percent
                               // stands in the same sentence
  bool spelled = false;        // written in words
  bool article = false;        // an indefinite article that may be a count ("un")
  bool needs_noun = false;     // an ordinary word that may be a count ("neuf")
  bool plain = false;          // digits only, no separator: may be a year
  bool leading_zero = false;   // "05": a code
  bool ordinal = false;        // "3º", "1.ª", "5°"

  Decimal Value() const { return number * multiplier; }
  // No currency or percent sign: a count, or a number that may be no figure at all.
  bool IsBare() const { return currency.empty() && !percent; }
};

// The figures of a normalized text are read a block at a time, so that the memory they take
// follows the block, not the document: a block ends at a paragraph break (a blank line) once
// it holds this many figures. No figure, range or lookup around one crosses a blank line.
inline constexpr size_t kFiguresPerBlock = 512;

// Whether a range word joins a figure that ends at `first_end` to one that starts at
// `second_start`: "10 to 20", "entre 10 y 20", "10 - 20".
inline bool RangeJoins(const Lexicon& lex, std::string_view text, size_t first_end,
                       size_t second_start) {
  constexpr size_t kLongestJoin = 24;  // "y", " à ", " - ": a few bytes, never a sentence
  return second_start > first_end && second_start - first_end <= kLongestJoin &&
         lex.ranges.Contains(text.substr(first_end, second_start - first_end));
}

// Reads the next block of figures of `text` from `*pos` on, in order, into `*figures` (cleared
// first), and moves `*pos` past them. Returns false when no figure is left.
bool ReadFigureBlock(const Lexicon& lex, std::string_view text, Segmenter& seg, size_t* pos,
                     std::vector<Figure>* figures);

}  // namespace figdiff
