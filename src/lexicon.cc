#include "figdiff/lexicon.h"

#include <fmt/core.h>
#include <unicode/dcfmtsym.h>
#include <unicode/plurrule.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <set>
#include <stdexcept>

#include "figdiff/normalize.h"
#include "utf8.h"

namespace figdiff {
namespace {

using Phrases = std::vector<PhraseSet::Phrase>;

// ISO codes that are also common upper-case words ("ALL", "TOP"): not read as currencies.
const std::set<std::string, std::less<>> kCodesThatAreWords = {
    "ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY", "NAD", "CVE"};

Phrases Select(const LanguageData& data, Category category) {
  Phrases phrases;
  for (const DataEntry& e : data.entries) {
    if (e.category == category) phrases.push_back({e.phrase, e.value, e.flags});
  }
  return phrases;
}

std::string ScaleValue(const std::string& value) {
  size_t e = value.find('e');
  if (e == std::string::npos) return value;
  return "1" + std::string(static_cast<size_t>(std::stoi(value.substr(e + 1))), '0');
}

std::vector<Decimal> Multipliers(const PhraseSet& scales) {
  std::vector<Decimal> multipliers;
  for (const PhraseSet::Phrase& p : scales.phrases())
    multipliers.push_back(*Decimal::Parse(p.value));
  return multipliers;
}

std::string Utf8(const UChar* s, int32_t len) {
  std::string out;
  icu::UnicodeString(s, len).toUTF8String(out);
  return out;
}

// Currency codes, symbols and names from ICU's CLDR data for the language: codes on both
// sides (case-sensitive), unambiguous symbols on both sides, plural names after the number.
void AddCldrCurrencies(const char* locale, Phrases* after, Phrases* before) {
  static const char* kPluralCounts[] = {"zero", "one", "two", "few", "many", "other"};
  UErrorCode status = U_ZERO_ERROR;
  // Only the language's own plural forms: asking ICU for another one costs a look-up that
  // falls back to "other" (en has 2 forms, es and fr 3; a third of start-up went there).
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(locale), status));
  std::vector<const char*> counts;
  for (const char* count : kPluralCounts) {
    if (U_FAILURE(status) || rules->isKeyword(icu::UnicodeString(count, -1, US_INV))) {
      counts.push_back(count);
    }
  }
  status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  std::map<std::string, std::set<std::string>> symbols;
  const char* code;
  while (U_SUCCESS(status) && (code = uenum_next(codes, nullptr, &status)) != nullptr) {
    if (kCodesThatAreWords.count(code)) continue;
    PhraseSet::Phrase iso{code, code, {}, true};
    after->push_back(iso);
    before->push_back(iso);
    UChar ucode[4];
    u_charsToUChars(code, ucode, 4);
    UBool is_choice = false;
    int32_t len = 0;
    UErrorCode s = U_ZERO_ERROR;
    const UChar* symbol = ucurr_getName(ucode, locale, UCURR_SYMBOL_NAME, &is_choice, &len, &s);
    if (U_SUCCESS(s)) symbols[Utf8(symbol, len)].insert(code);
    for (const char* count : counts) {
      s = U_ZERO_ERROR;
      const UChar* name = ucurr_getPluralName(ucode, locale, &is_choice, count, &len, &s);
      if (U_SUCCESS(s) && s != U_USING_DEFAULT_WARNING && len > 3) {
        after->push_back({Utf8(name, len), code, {"suffix"}});
      }
    }
  }
  uenum_close(codes);
  for (const auto& [symbol, owners] : symbols) {
    bool letters_only = std::all_of(symbol.begin(), symbol.end(), utf8::IsAsciiLetter);
    if (owners.size() != 1 || letters_only || symbol == "$" || symbol.size() < 2) continue;
    after->push_back({symbol, *owners.begin(), {}});
    before->push_back({symbol, *owners.begin(), {}});
  }
}

NumberFormat FormatOf(const LanguageData& data) {
  NumberFormat format;
  UErrorCode status = U_ZERO_ERROR;
  icu::DecimalFormatSymbols symbols(icu::Locale((data.code + "@numbers=latn").c_str()), status);
  if (U_SUCCESS(status)) {
    symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol)
        .toUTF8String(format.decimal = "");
    std::string group;
    symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol).toUTF8String(group);
    // Any no-break or thin space groups like the language's own (fr: U+202F); the normalizer
    // made them all U+00A0.
    format.group = NormalizePhrase(group);
  }
  for (const DataEntry& e : data.entries) {
    if (e.category != Category::kOption) continue;
    if (e.phrase == "space_groups") format.space_groups = e.value == "yes";
    if (e.phrase == "dot_three_digits") format.dot_three_digits_group = e.value == "group";
  }
  return format;
}

// A class for the character before a number word: anything but a letter, number or mark below
// kWordCharsInPatternBelow (Latin, Greek, Cyrillic, Hebrew, Arabic...). Above, RE2 lets every
// character through and the figure reader turns letters away: [^\pL\pN\pM] costs 4 ms to
// compile with its reverse program, this class 0.7 ms, for the same candidates.
std::string NotWordCharInPattern() {
  std::string negated = "[^";
  for (char32_t c = 0; c < kWordCharsInPatternBelow;) {
    if (!IsWordCharBeforeNumberWord(c)) {
      ++c;
      continue;
    }
    char32_t last = c;
    while (last + 1 < kWordCharsInPatternBelow && IsWordCharBeforeNumberWord(last + 1)) ++last;
    negated += fmt::format("\\x{{{:x}}}-\\x{{{:x}}}", static_cast<uint32_t>(c),
                           static_cast<uint32_t>(last));
    c = last + 1;
  }
  return negated + "]";
}

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  // Room for the DFA of a large case-insensitive alternation: without it RE2 falls back to
  // its much slower NFA on long texts.
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) throw std::runtime_error("bad candidate pattern: " + re->error());
  return re;
}

}  // namespace

bool IsWordCharBeforeNumberWord(char32_t c) {
  constexpr uint32_t kWordChar = U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK;
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & kWordChar) != 0;
}

std::unique_ptr<Lexicon> BuildLexicon(const LanguageData& data) {
  auto lex = std::make_unique<Lexicon>();
  lex->code = data.code;
  const char* locale = data.code.c_str();
  lex->number_format = FormatOf(data);

  Phrases scales, abbreviations;
  for (PhraseSet::Phrase& p : Select(data, Category::kScale)) {
    p.value = ScaleValue(p.value);
    bool abbr = std::find(p.flags.begin(), p.flags.end(), "abbr") != p.flags.end();
    (abbr ? abbreviations : scales).push_back(std::move(p));
  }
  lex->scales = PhraseSet(std::move(scales));
  lex->scale_abbreviations = PhraseSet(std::move(abbreviations));
  lex->scale_multipliers = Multipliers(lex->scales);
  lex->abbreviation_multipliers = Multipliers(lex->scale_abbreviations);

  Phrases after, before;
  for (const PhraseSet::Phrase& p : Select(data, Category::kCurrency)) {
    auto has = [&](const char* f) {
      return std::find(p.flags.begin(), p.flags.end(), f) != p.flags.end();
    };
    if (!has("prefix")) after.push_back(p);
    if (!has("suffix")) before.push_back(p);
  }
  AddCldrCurrencies(locale, &after, &before);  // after the data: the data's entries win
  lex->currencies_after = PhraseSet(std::move(after));
  lex->currencies_before = PhraseSet(std::move(before));

  Phrases percents = Select(data, Category::kPercent);
  percents.push_back({"%", "", {}});
  lex->percents = PhraseSet(std::move(percents));
  lex->points = PhraseSet(Select(data, Category::kPoints));
  lex->links = PhraseSet(Select(data, Category::kLink));

  Phrases q_before, q_after;
  for (PhraseSet::Phrase& p : Select(data, Category::kQualifier)) {
    bool is_after = std::find(p.flags.begin(), p.flags.end(), "after") != p.flags.end();
    (is_after ? q_after : q_before).push_back(std::move(p));
  }
  lex->qualifiers_before = PhraseSet(std::move(q_before));
  lex->qualifiers_after = PhraseSet(std::move(q_after));

  lex->emphasis = PhraseSet(Select(data, Category::kEmphasis));
  Phrases ranges = Select(data, Category::kRange);
  ranges.push_back({"-", "", {}});
  lex->ranges = PhraseSet(std::move(ranges));
  lex->unit_skips = PhraseSet(Select(data, Category::kUnitSkip));
  lex->not_nouns = PhraseSet(Select(data, Category::kNotNoun));
  lex->determiners = PhraseSet(Select(data, Category::kDeterminer));
  lex->year_befores = PhraseSet(Select(data, Category::kYearBefore));
  lex->months = PhraseSet(Select(data, Category::kMonth));
  lex->code_befores = PhraseSet(Select(data, Category::kCodeBefore));
  lex->time_afters = PhraseSet(Select(data, Category::kTimeAfter));
  lex->time_befores = PhraseSet(Select(data, Category::kTimeBefore));
  lex->age_befores = PhraseSet(Select(data, Category::kAgeBefore));
  lex->age_afters = PhraseSet(Select(data, Category::kAgeAfter));
  lex->age_frames = PhraseSet(Select(data, Category::kAgeFrame));
  lex->durations = PhraseSet(Select(data, Category::kDuration));
  lex->multiples_after = PhraseSet(Select(data, Category::kMultipleAfter));
  lex->measures_after = PhraseSet(Select(data, Category::kMeasureAfter));
  lex->weak_points = PhraseSet(Select(data, Category::kWeakPoints));
  for (const DataEntry& e : data.entries) {
    if (e.category == Category::kOption && e.phrase == "scale_noun_link") {
      lex->scale_noun_link = e.value == "yes";
    }
  }
  lex->pronoun_befores = PhraseSet(Select(data, Category::kPronounBefore));
  lex->pronoun_afters = PhraseSet(Select(data, Category::kPronounAfter));
  lex->clitics = PhraseSet(Select(data, Category::kClitic));
  lex->spelled = std::make_unique<SpelledNumbers>(locale, data);

  // A digit run: digits with single separators between them. A number word must not follow a
  // letter (RE2 cannot look behind, so the character before is part of the match).
  std::string pattern =
      "(\\d+(?:(?:[.,' ]|\\x{a0}|\\x{66b}|\\x{66c})\\d+)*)"
      "|(?:^|" +
      NotWordCharInPattern() + ")(?:" +
      (lex->clitics.empty() ? std::string("") : "(?:" + lex->clitics.Alternation() + ")?") + "(" +
      lex->spelled->word_alternation() + "))";
  lex->candidates = Compile(pattern);
  if (!lex->clitics.empty()) lex->clitic_prefix = Compile(lex->clitics.Alternation());
  lex->scanner =
      std::make_unique<CandidateScanner>(*lex->candidates, lex->spelled->words(), lex->clitics);
  lex->segmenter = std::make_unique<SegmenterPrototype>(locale);
  return lex;
}

const Lexicon* LexiconCache::Get(std::string_view code, std::string* error) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = lexicons_.find(code);
  if (it != lexicons_.end()) return it->second.get();
  LanguageData data;
  if (!LoadLanguageData(code, data_dir_, &data, error)) return nullptr;
  try {
    auto lex = BuildLexicon(data);
    return lexicons_.emplace(std::string(code), std::move(lex)).first->second.get();
  } catch (const std::exception& e) {
    *error = e.what();
    return nullptr;
  }
}

}  // namespace figdiff
