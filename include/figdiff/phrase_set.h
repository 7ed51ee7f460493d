// A set of phrases from the language data (scale words, currency names, qualifiers...) compiled
// into RE2 patterns that match right after or right before a position of the normalized text.
// RE2 cannot look behind, so "before" matches run on a short window that ends at the position.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "figdiff/segment.h"

namespace figdiff {

class PhraseSet {
 public:
  struct Phrase {
    std::string text;   // as written in the data; normalized when the set is built
    std::string value;  // the category's value (multiplier, ISO code, qualifier type...)
    std::vector<std::string> flags;
    bool case_sensitive = false;  // ISO codes: "ALL" is a currency, "all" is not

    bool HasFlag(std::string_view flag) const {
      for (const auto& f : flags) {
        if (f == flag) return true;
      }
      return false;
    }
  };
  struct Match {
    size_t start, end;  // the phrase itself, spaces around it excluded
    const Phrase* phrase;
  };

  PhraseSet() = default;
  explicit PhraseSet(std::vector<Phrase> phrases);
  PhraseSet(PhraseSet&&) = default;
  PhraseSet& operator=(PhraseSet&&) = default;

  bool empty() const { return phrases_.empty(); }
  const std::vector<Phrase>& phrases() const { return phrases_; }

  // A phrase that starts at `pos` after at most `max_spaces` spaces (no-break spaces count) and
  // ends at a word edge.
  std::optional<Match> After(std::string_view text, size_t pos, Segmenter& seg,
                             int max_spaces = 1) const;
  // A phrase that ends at `pos`, or before spaces that end at `pos`, and starts at a word edge
  // or right after one of `clitics` that does (ar "و" + "عمره").
  std::optional<Match> Before(std::string_view text, size_t pos, Segmenter& seg,
                              const PhraseSet* clitics = nullptr) const;

  // True when `text` (spaces around it ignored) is one of the phrases.
  bool Contains(std::string_view text) const;

  // The regular-expression alternation of all phrases, longest first (for composite patterns).
  const std::string& alternation() const { return alternation_; }

 private:
  const Phrase* Lookup(std::string_view matched) const;

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, size_t> by_key_;  // folded phrase -> index
  std::string alternation_;
  std::unique_ptr<RE2> after_, before_;
};

// The key two spellings of one phrase share: case-folded, spaces collapsed to one ' '.
std::string FoldKey(std::string_view text);

// A pattern that matches `phrase` literally, any run of spaces for each space in it.
std::string PhrasePattern(std::string_view phrase);

// Pattern for the spaces figdiff allows between words: ASCII space or no-break space.
inline constexpr std::string_view kSpace = "(?:\\x{a0}| )";

}  // namespace figdiff
