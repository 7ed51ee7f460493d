// A language's compiled knowledge: its language data (language_data.h) and ICU's CLDR data
// (separators, spelled-out numbers, currency codes, symbols and names) turned into RE2 patterns
// and phrase sets. Built once per language, immutable, shared by all threads.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/candidate_scan.h"
#include "figdiff/number.h"
#include "figdiff/phrase_set.h"
#include "figdiff/segment.h"
#include "figdiff/spelled_number.h"

namespace figdiff {

struct Lexicon {
  std::string code;
  NumberFormat number_format;
  bool scale_noun_link = false;  // option scale_noun_link (data/README.md)

  PhraseSet scales, scale_abbreviations;
  // Their values as numbers, by phrase index (PhraseSet::IndexOf): parsed once, not per figure.
  std::vector<Decimal> scale_multipliers, abbreviation_multipliers;
  PhraseSet currencies_after, currencies_before;  // value: ISO code, or "$" for --dollar
  PhraseSet links, percents, points;
  PhraseSet qualifiers_before, qualifiers_after;  // value: qualifier type
  PhraseSet emphasis, ranges, unit_skips, not_nouns, determiners;
  PhraseSet year_befores, months, code_befores, time_befores, time_afters;
  PhraseSet age_befores, age_afters;
  PhraseSet age_frames;  // phrase before the number; value: the word after it
  PhraseSet durations, multiples_after, measures_after, weak_points;
  PhraseSet pronoun_befores, pronoun_afters, clitics;
  std::unique_ptr<SpelledNumbers> spelled;

  // Finds the next candidate: group 1 a digit run, group 2 a number word.
  std::unique_ptr<RE2> candidates;
  // Any of `clitics` (null when there are none), to tell a candidate's clitic from its word.
  std::unique_ptr<RE2> clitic_prefix;
  // Finds where `candidates` matches (candidate_scan.h), faster than RE2's own search.
  std::unique_ptr<CandidateScanner> scanner;
  std::unique_ptr<SegmenterPrototype> segmenter;
};

// Whether `c` is a letter, number or mark: no number word may follow one. The candidate
// pattern's class says so of the characters below U+0800 only (a class of all of Unicode's
// letters costs milliseconds to compile); the figure reader asks this of the ones above.
bool IsWordCharBeforeNumberWord(char32_t c);
inline constexpr char32_t kWordCharsInPatternBelow = 0x800;

// Builds the lexicon of `data`; throws std::runtime_error when a pattern does not compile.
std::unique_ptr<Lexicon> BuildLexicon(const LanguageData& data);

// Lexicons by language code, built on first use. Thread-safe.
class LexiconCache {
 public:
  // data_dir: where to read <code>.tsv; empty for the data compiled in.
  explicit LexiconCache(std::string data_dir = "") : data_dir_(std::move(data_dir)) {}

  // The lexicon of `code`, or nullptr with a message in *error.
  const Lexicon* Get(std::string_view code, std::string* error);

 private:
  std::string data_dir_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Lexicon>, std::less<>> lexicons_;
};

}  // namespace figdiff
