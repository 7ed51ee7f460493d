#include "figdiff/language_data.h"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include "figdiff/decimal.h"
#include "figdiff/embedded_data.h"

namespace figdiff {
namespace {

struct CategoryInfo {
  std::string_view name;
  Category category;
  bool has_value;
  std::vector<std::string_view> flags;
};

const std::vector<CategoryInfo>& Categories() {
  static const std::vector<CategoryInfo> categories = {
      {"option", Category::kOption, true, {}},
      {"scale", Category::kScale, true, {"abbr"}},
      {"number", Category::kNumber, true, {"article", "needs_noun"}},
      {"join", Category::kJoin, false, {"prefix", "units_first"}},
      {"currency", Category::kCurrency, true, {"prefix", "suffix", "hundredth"}},
      {"link", Category::kLink, false, {}},
      {"percent", Category::kPercent, false, {}},
      {"points", Category::kPoints, false, {}},
      {"qualifier",
       Category::kQualifier,
       true,
       {"after", "not_before_duration", "not_after_comma"}},
      {"emphasis", Category::kEmphasis, false, {}},
      {"range", Category::kRange, false, {}},
      {"unit_skip", Category::kUnitSkip, false, {}},
      {"not_noun", Category::kNotNoun, false, {}},
      {"year_before", Category::kYearBefore, false, {}},
      {"month", Category::kMonth, false, {}},
      {"code_before", Category::kCodeBefore, false, {}},
      {"pronoun_after", Category::kPronounAfter, false, {}},
      {"pronoun_before", Category::kPronounBefore, false, {}},
      {"clitic", Category::kClitic, false, {}},
      {"time_after", Category::kTimeAfter, false, {}},
      {"determiner", Category::kDeterminer, false, {}},
      {"time_before", Category::kTimeBefore, false, {}},
      {"age_before", Category::kAgeBefore, false, {}},
      {"age_after", Category::kAgeAfter, false, {}},
      {"age_frame", Category::kAgeFrame, true, {}},
      {"duration", Category::kDuration, false, {}},
      {"multiple_after", Category::kMultipleAfter, false, {}},
      {"measure_after", Category::kMeasureAfter, false, {}},
      {"weak_points", Category::kWeakPoints, false, {}},
  };
  return categories;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Checks a value against its category; returns an error message or "".
std::string CheckValue(const CategoryInfo& info, const std::string& phrase,
                       const std::string& value) {
  static const std::set<std::string, std::less<>> qualifiers = {"up_to", "more_than", "nearly",
                                                                "about", "at_least",  "less_than"};
  switch (info.category) {
    case Category::kOption:
      if (phrase == "space_groups" && (value == "yes" || value == "no")) return "";
      if (phrase == "dot_three_digits" && (value == "group" || value == "decimal")) return "";
      if (phrase == "scale_noun_link" && (value == "yes" || value == "no")) return "";
      return fmt::format("unknown option or value '{}' '{}'", phrase, value);
    case Category::kScale: {
      std::string digits = value;
      if (size_t e = value.find('e'); e != std::string::npos) {
        int power = std::atoi(value.c_str() + e + 1);
        if (value.substr(0, e) != "1" || power < 1 || power > 30) return "bad scale " + value;
        return "";
      }
      return Decimal::Parse(value) ? "" : "bad scale " + value;
    }
    case Category::kNumber:
      return Decimal::Parse(value) && value.find('.') == std::string::npos
                 ? ""
                 : "bad number value " + value;
    case Category::kCurrency:
      if (value == "$" || value == "?") return "";
      if (value.size() == 3 &&
          std::all_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        return "";
      }
      return "bad currency code " + value;
    case Category::kQualifier:
      return qualifiers.count(value) ? "" : "unknown qualifier " + value;
    default:
      return "";
  }
}

}  // namespace

bool DataEntry::HasFlag(std::string_view flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

bool ParseLanguageData(std::string_view code, std::string_view text, std::string_view source,
                       LanguageData* out, std::string* error) {
  out->code = std::string(code);
  out->entries.clear();
  std::set<std::pair<std::string, std::string>> seen;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& what) {
      *error = fmt::format("{}:{}: {}", source, line_no, what);
      return false;
    };
    std::vector<std::string> fields = SplitTabs(line);
    auto info = std::find_if(Categories().begin(), Categories().end(),
                             [&](const CategoryInfo& c) { return c.name == fields[0]; });
    if (info == Categories().end()) return fail("unknown category '" + fields[0] + "'");
    size_t fixed = info->has_value ? 3 : 2;
    if (fields.size() < fixed || fields[1].empty()) return fail("missing fields");
    DataEntry entry{info->category, fields[1], info->has_value ? fields[2] : "", {}, line_no};
    for (size_t i = fixed; i < fields.size(); ++i) {
      if (std::find(info->flags.begin(), info->flags.end(), fields[i]) == info->flags.end()) {
        return fail("unknown flag '" + fields[i] + "' for " + fields[0]);
      }
      entry.flags.push_back(fields[i]);
    }
    if (std::string bad = CheckValue(*info, entry.phrase, entry.value); !bad.empty()) {
      return fail(bad);
    }
    // A qualifier may stand both before and after the figure ("environ 45", "45 minutes environ").
    bool after = std::find(entry.flags.begin(), entry.flags.end(), "after") != entry.flags.end();
    if (!seen.insert({fields[0] + (after ? " after" : ""), entry.phrase}).second) {
      return fail("duplicate entry '" + entry.phrase + "'");
    }
    out->entries.push_back(std::move(entry));
  }
  return true;
}

bool LoadLanguageData(std::string_view code, const std::string& data_dir, LanguageData* out,
                      std::string* error) {
  if (!data_dir.empty()) {
    std::string path = fmt::format("{}/{}.tsv", data_dir, code);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      *error = fmt::format("{}: cannot read language data", path);
      return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return ParseLanguageData(code, buffer.str(), path, out, error);
  }
  for (const EmbeddedFile& file : EmbeddedLanguageFiles()) {
    if (file.name == code) {
      return ParseLanguageData(code, file.text, fmt::format("data/lang/{}.tsv", code), out, error);
    }
  }
  *error = fmt::format("unsupported language '{}'", code);
  return false;
}

std::vector<std::string> SupportedLanguages() {
  std::vector<std::string> codes;
  for (const EmbeddedFile& file : EmbeddedLanguageFiles()) codes.emplace_back(file.name);
  return codes;
}

bool IsSupportedLanguage(std::string_view code) {
  for (const EmbeddedFile& file : EmbeddedLanguageFiles()) {
    if (file.name == code) return true;
  }
  return false;
}

}  // namespace figdiff
