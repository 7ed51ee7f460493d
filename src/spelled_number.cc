#include "figdiff/spelled_number.h"

#include <unicode/rbnf.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <span>

#include "figdiff/normalize.h"

namespace figdiff {
namespace {

// Numbers spelled by RBNF to learn the vocabulary: the words of 0-100, of the hundreds and of
// the thousand; 101 and 1001 teach the forms a hundred and a thousand take before more words
// ("ciento uno").
std::vector<int64_t> VocabularyNumbers() {
  std::vector<int64_t> numbers;
  for (int64_t n = 0; n <= 101; ++n) numbers.push_back(n);
  for (int64_t n = 200; n <= 900; n += 100) numbers.push_back(n);
  for (int64_t n : {1000, 1001, 2000}) numbers.push_back(n);
  return numbers;
}

bool IsCardinalRuleSet(const std::string& name) {
  return name.find("spellout-cardinal") != std::string::npos &&
         name.find("verbose") == std::string::npos;
}

// Words the spell-out of `phrase` is made of, split at spaces and hyphens.
std::vector<std::string> Words(const std::string& phrase) {
  std::vector<std::string> words;
  std::string word;
  for (char c : phrase + " ") {
    if (c == ' ' || c == '-') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

// Longest spelled number read, in words: "mil mil mil ..." stops here, never overflows.
constexpr int kMaxWords = 12;

Decimal FromInt(int64_t n) { return *Decimal::Parse(std::to_string(n)); }

// Combines word values: hundreds multiply what precedes them, thousands close a group.
Decimal Combine(std::span<const int64_t> values) {
  Decimal total, current;
  const Decimal one = FromInt(1);
  for (int64_t v : values) {
    Decimal value = FromInt(v);
    if (v == 100) {
      current = (current.IsZero() ? one : current) * value;
    } else if (v >= 1000) {
      total = total + (current.IsZero() ? one : current) * value;
      current = Decimal();
    } else {
      current = current + value;
    }
  }
  return total + current;
}

bool IsMultiplier(int64_t v) { return v == 100 || v >= 1000; }

bool IsPowerOfTen(int64_t v) {
  while (v >= 10 && v % 10 == 0) v /= 10;
  return v == 1;
}

// What a join word may join to the part before it, whose last word has the value `last` and
// is additive (not a multiplier): the bound of the part after it ("treinta y cinco",
// "soixante et onze": below 20; "خمسمائة وعشرون": below 100), or, in a language that writes
// units before tens, a tens word after a unit ("ثلاثة وعشرون"). 0 when it may join nothing:
// "one and two million" and "entre veinte y treinta" are ranges.
int64_t AdditiveJoinBound(int64_t last, int64_t next, bool units_before_tens) {
  if (last >= 20 && last <= 90 && last % 10 == 0) return 20;
  if (last >= 100 && last <= 900 && last % 100 == 0) return 100;
  bool tens = next >= 20 && next <= 90 && next % 10 == 0;
  if (units_before_tens && last >= 1 && last <= 9 && tens) return 100;
  return 0;
}

}  // namespace

SpelledNumbers::SpelledNumbers(const char* icu_locale, const LanguageData& data) {
  UErrorCode status = U_ZERO_ERROR;
  rbnf_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(icu_locale),
                                                       status);
  if (U_FAILURE(status)) rbnf_.reset();

  std::vector<PhraseSet::Phrase> joins;
  std::vector<std::string> join_words;
  for (const DataEntry& e : data.entries) {
    if (e.category != Category::kJoin) continue;
    std::string key = FoldKey(NormalizePhrase(e.phrase));
    units_before_tens_ = units_before_tens_ || e.HasFlag("units_first");
    if (e.HasFlag("prefix")) {
      prefix_joins_.push_back(key);
    } else {
      join_words.push_back(key);
      joins.push_back({e.phrase, "", {}});
    }
  }
  std::map<std::string, int64_t> learned = LearnWords(prefix_joins_, join_words);
  // phrase -> entry; data entries override what RBNF spells (flags such as "article").
  std::map<std::string, PhraseSet::Phrase> vocabulary;
  for (const auto& [word, value] : learned) {
    vocabulary[word] = {word, std::to_string(value), {}};
  }
  for (const DataEntry& e : data.entries) {
    if (e.category == Category::kNumber) {
      std::string key = FoldKey(NormalizePhrase(e.phrase));
      vocabulary[key] = {key, e.value, e.flags};
    }
  }
  std::vector<PhraseSet::Phrase> words;
  for (auto& [key, phrase] : vocabulary) {
    if (phrase.value != "0") words.push_back(std::move(phrase));
  }
  words_ = PhraseSet(std::move(words));
  joins_ = PhraseSet(std::move(joins));
  for (const PhraseSet::Phrase& word : words_.phrases()) {
    int64_t value = std::stoll(word.value);
    word_values_.push_back({value, FromInt(value)});
  }
}

const SpelledNumbers::WordValue& SpelledNumbers::ValueOf(const PhraseSet::Match& word) const {
  return word_values_[static_cast<size_t>(word.phrase - words_.phrases().data())];
}

SpelledNumbers::~SpelledNumbers() = default;
SpelledNumbers::SpelledNumbers(SpelledNumbers&&) noexcept = default;

std::map<std::string, int64_t> SpelledNumbers::LearnWords(
    const std::vector<std::string>& prefix_joins,
    const std::vector<std::string>& join_words) const {
  std::vector<std::vector<std::string>> spellings;  // words of each spelling
  std::vector<int64_t> values;
  if (rbnf_) {
    for (int32_t i = 0; i < rbnf_->getNumberOfRuleSetNames(); ++i) {
      icu::UnicodeString name_u = rbnf_->getRuleSetName(i);
      std::string name;
      name_u.toUTF8String(name);
      if (!IsCardinalRuleSet(name)) continue;
      for (int64_t n : VocabularyNumbers()) {
        icu::UnicodeString out;
        UErrorCode status = U_ZERO_ERROR;
        icu::FieldPosition field;
        rbnf_->format(static_cast<int64_t>(n), name_u, out, field, status);
        if (U_FAILURE(status) || n == 0) continue;
        std::string spelled;
        out.toUTF8String(spelled);
        std::vector<std::string> words;
        for (std::string& w : Words(FoldKey(NormalizePhrase(spelled)))) {
          if (std::find(join_words.begin(), join_words.end(), w) != join_words.end()) continue;
          words.push_back(w);
        }
        spellings.push_back(std::move(words));
        values.push_back(n);
      }
    }
  }
  // One-word spellings give a word's value; a longer spelling with one unknown word gives it
  // by multiplication ("one hundred", "deux cents") or by subtraction ("ciento uno").
  std::map<std::string, int64_t> learned;
  for (size_t i = 0; i < spellings.size(); ++i) {
    if (spellings[i].size() == 1) learned.try_emplace(spellings[i][0], values[i]);
  }
  // "وعشرون" is "و" + "عشرون" when only the latter is a number of its own.
  auto strip_join = [&](std::string w) {
    if (learned.count(w)) return w;
    for (const std::string& p : prefix_joins) {
      if (w.size() > p.size() && w.starts_with(p) && learned.count(w.substr(p.size()))) {
        return w.substr(p.size());
      }
    }
    return w;
  };
  for (size_t i = 0; i < spellings.size(); ++i) {
    std::vector<std::string> words;
    for (const std::string& w : spellings[i]) words.push_back(strip_join(w));
    if (words.size() < 2) continue;
    std::vector<std::string> unknown;
    int64_t known_sum = 0;
    for (const auto& w : words) {
      auto it = learned.find(w);
      if (it == learned.end()) {
        unknown.push_back(w);
      } else {
        known_sum += it->second;
      }
    }
    if (unknown.size() != 1) continue;
    int64_t n = values[i];
    bool multiplied = words.size() == 2 && unknown[0] == words[1] && known_sum > 0 &&
                      n % known_sum == 0 && (n / known_sum == 100 || n / known_sum == 1000);
    // Subtraction only above a hundred: below, a word that exists only inside a compound
    // (ar "أحد" of "أحد عشر") would be learned as a number of its own.
    if (!multiplied && n <= 100) continue;
    int64_t value = multiplied ? n / known_sum : n - known_sum;
    if (value > 0) learned.emplace(unknown[0], value);
  }
  return learned;
}

std::optional<Decimal> SpelledNumbers::ParseWithRbnf(std::string_view phrase) const {
  if (!rbnf_) return std::nullopt;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(phrase.data(), static_cast<int32_t>(phrase.size())));
  text.toLower();
  icu::Formattable result;
  icu::ParsePosition position(0);
  {
    // ICU formatters are not thread-safe, and phrases are rare: one lock for all.
    static std::mutex rbnf_mutex;
    std::lock_guard<std::mutex> lock(rbnf_mutex);
    rbnf_->parse(text, result, position);
  }
  if (position.getIndex() != text.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  int64_t v = result.getInt64(status);
  if (U_FAILURE(status) || v <= 0) return std::nullopt;
  return FromInt(v);
}

std::optional<SpelledNumber> SpelledNumbers::Read(std::string_view text, size_t pos,
                                                  Segmenter& seg) const {
  auto first = words_.After(text, pos, seg, 0);
  if (!first || first->start != pos) return std::nullopt;
  SpelledNumber number{pos, first->end, Decimal(), first->phrase->HasFlag("article"),
                       first->phrase->HasFlag("needs_noun")};
  std::array<int64_t, kMaxWords> values;
  values[0] = ValueOf(*first).value;
  size_t count = 1;
  int64_t last_additive = IsMultiplier(values[0]) ? 0 : values[0];
  size_t end = first->end;
  // Since the last join word: where the number ended before it, the bound of the parts after
  // it, and the multiplier before it, which only a greater one may follow ("one hundred and
  // five thousand", not "one hundred and two hundred"). A word past these ends the number
  // before the join: the join word was a range's ("between one hundred and two hundred").
  size_t count_at_join = 0, end_at_join = 0;
  int64_t join_bound = 0, multiplier_at_join = 0;
  // Extend word by word: "veinti" + "trés", "deux cent trente-trois", "ثلاثة وعشرون".
  while (count < kMaxWords) {
    size_t next = end;
    bool joined = false;
    if (next < text.size() && text[next] == '-') {
      ++next;
    } else if (auto join = joins_.After(text, next, seg, 1)) {
      next = join->end;  // "treinta y cinco": a space must follow the join word
      joined = true;
      if (next >= text.size() || (text[next] != ' ' && text.substr(next, 2) != "\xC2\xA0")) break;
    } else {
      if (next < text.size() && text[next] == ' ') ++next;
      // Arabic joins attach to the next word: "و" + "عشرون".
      for (const std::string& prefix : prefix_joins_) {
        if (text.substr(next, prefix.size()) == prefix) {
          next += prefix.size();
          joined = true;
          break;
        }
      }
    }
    auto word = words_.After(text, next, seg, 1);
    if (!word || (next == end)) break;
    int64_t v = ValueOf(*word).value;
    // A well-formed number falls in magnitude between multipliers ("vingt trois", not
    // "trois vingt"), unless the parts are joined ("ثلاثة وعشرون", "one hundred and five").
    if (!IsMultiplier(v) && last_additive != 0 && v >= last_additive && !joined) break;
    if (word->phrase->HasFlag("article") && !joined && text[end] != '-') break;
    if (joined) {
      int64_t last = values[count - 1];
      int64_t bound = IsMultiplier(last) ? last : AdditiveJoinBound(last, v, units_before_tens_);
      if (bound == 0) break;
      count_at_join = count;
      end_at_join = end;
      join_bound = join_bound == 0 ? bound : std::min(join_bound, bound);
      multiplier_at_join = IsMultiplier(last) ? last : 0;
    }
    if (join_bound != 0 && v >= join_bound) {
      if (!IsPowerOfTen(v) || !IsMultiplier(v) || v <= multiplier_at_join) {
        count = count_at_join;
        end = end_at_join;
        break;
      }
      join_bound = 0;  // "one hundred and five thousand": the multiplier takes all before it
    }
    values[count++] = v;
    last_additive = IsMultiplier(v) ? 0 : v;
    end = word->end;
  }
  number.end = end;
  if (count == 1) {
    number.value = ValueOf(*first).decimal;  // RBNF's parser (slow) is asked only about phrases
    return number;
  }
  auto rbnf_value = ParseWithRbnf(text.substr(pos, end - pos));
  number.value = rbnf_value ? *rbnf_value : Combine({values.data(), count});
  number.article = number.needs_noun = false;
  return number;
}

}  // namespace figdiff
