// The per-language data files (data/lang/<code>.tsv, format in data/README.md), parsed and
// checked. lexicon.h compiles them into patterns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace figdiff {

enum class Category {
  kOption,
  kScale,
  kNumber,
  kJoin,
  kCurrency,
  kLink,
  kPercent,
  kPoints,
  kQualifier,
  kEmphasis,
  kRange,
  kUnitSkip,
  kNotNoun,
  kYearBefore,
  kMonth,
  kCodeBefore,
  kPronounAfter,
  kPronounBefore,
  kClitic,
  kTimeAfter,
  kDeterminer,
  kTimeBefore,
  kAgeBefore,
  kAgeAfter,
  kAgeFrame,
  kDuration,
  kMultipleAfter,
  kMeasureAfter,
  kWeakPoints
};

struct DataEntry {
  Category category;
  std::string phrase;
  std::string value;               // empty for categories without a value
  std::vector<std::string> flags;  // checked against the category's allowed flags
  int line = 0;

  bool HasFlag(std::string_view flag) const;
};

struct LanguageData {
  std::string code;
  std::vector<DataEntry> entries;
};

// Parses one data file. `source` names it in error messages ("es.tsv:12: unknown category").
bool ParseLanguageData(std::string_view code, std::string_view text, std::string_view source,
                       LanguageData* out, std::string* error);

// Loads the data of `code`: from `data_dir`/<code>.tsv when data_dir is not empty, else from
// the copy compiled into the binary.
bool LoadLanguageData(std::string_view code, const std::string& data_dir, LanguageData* out,
                      std::string* error);

// The languages compiled in, in a stable order.
std::vector<std::string> SupportedLanguages();
bool IsSupportedLanguage(std::string_view code);

}  // namespace figdiff
