// Spelled-out numbers ("siete", "vingt-trois", "ثلاثة وعشرون", "twenty-one"): the vocabulary
// comes from ICU's rule-based number format (RBNF, every cardinal spell-out rule set of the
// language, 0-999 and the thousand) plus the variants in the language data; values come from
// RBNF's own parser when it reads the whole phrase, else from adding and multiplying the words.
#pragma once

#include <unicode/rbnf.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/decimal.h"
#include "figdiff/language_data.h"
#include "figdiff/phrase_set.h"
#include "figdiff/segment.h"

namespace figdiff {

struct SpelledNumber {
  size_t start, end;  // in the normalized text; start is after any clitic
  Decimal value;
  bool article = false;     // "un", "une", "uno": a count only when qualified or emphasized
  bool needs_noun = false;  // "neuf": a count only before a noun
};

class SpelledNumbers {
 public:
  SpelledNumbers(const char* icu_locale, const LanguageData& data);
  ~SpelledNumbers();
  SpelledNumbers(SpelledNumbers&&) noexcept;

  // Alternation of every number word, longest first, for the candidate pattern.
  std::string word_alternation() const { return words_.Alternation(/*words=*/true); }
  // The number words of word_alternation().
  const PhraseSet& words() const { return words_; }

  // The longest well-formed spelled number that starts with a number word at `pos`.
  std::optional<SpelledNumber> Read(std::string_view text, size_t pos, Segmenter& seg) const;

 private:
  std::optional<Decimal> ParseWithRbnf(std::string_view phrase) const;
  // word -> value, learned from RBNF's spellings of the numbers of VocabularyNumbers().
  std::map<std::string, int64_t> LearnWords(const std::vector<std::string>& prefix_joins,
                                            const std::vector<std::string>& join_words) const;

  // A number word's value, read once from its phrase rather than per figure.
  struct WordValue {
    int64_t value;
    Decimal decimal;
  };
  const WordValue& ValueOf(const PhraseSet::Match& word) const;

  PhraseSet words_;                        // value: the number; flags: article, needs_noun
  std::vector<WordValue> word_values_;     // by the index of the word in words_
  PhraseSet joins_;                        // "y", "et", "and": separate words
  std::vector<std::string> prefix_joins_;  // joins written attached to the next word ("و")
  bool units_before_tens_ = false;  // a join may put units before tens ("ثلاثة وعشرون")
  std::unique_ptr<icu::RuleBasedNumberFormat> rbnf_;
};

}  // namespace figdiff
