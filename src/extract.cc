#include "figdiff/extract.h"

#include <unicode/uchar.h>

#include <map>
#include <optional>

#include "figdiff/figure.h"
#include "figdiff/normalize.h"
#include "figdiff/position.h"
#include "figdiff/segment.h"
#include "figdiff/warnings.h"
#include "utf8.h"

namespace figdiff {
namespace {

using utf8::IsAsciiDigit;
using utf8::IsAsciiLetter;

// Four plain digits from 1000 to 2199: a year unless its context says otherwise.
bool LooksLikeYear(const Figure& f) {
  auto v = f.number.ToInteger();
  return f.plain && !f.has_scale && f.number_end - f.number_start == 4 && v && *v >= 1000 &&
         *v <= 2199;
}

// Why a figure is not a fact; kNone when it is one.
enum class Exclusion {
  kNone,
  kOrdinal,
  kCode,
  kTime,
  kDate,
  kAge,
  kYear,
  kMultiple,
  kMeasure,
  kWord,
  kAbsurd
};

class FactDecider {
 public:
  FactDecider(const Lexicon& lex, std::string_view text, Segmenter& seg)
      : lex_(lex), text_(text), seg_(seg) {}

  // The counted noun after `pos` ([start, end) in the normalized text), skipping function words
  // ("de", "des", "of") and emphasis words ("seule"); empty when no word follows or the word is
  // no noun ("9 to 4 on").
  std::pair<size_t, size_t> CountedNoun(size_t pos) const {
    // "a 9.5-mile segment", "a 15-minute walk": a noun joined by a hyphen.
    if (pos + 1 < text_.size() && text_[pos] == '-' && IsAsciiLetter(text_[pos + 1])) {
      ++pos;
    }
    for (int i = 0; i < 3; ++i) {
      auto skip = lex_.unit_skips.After(text_, pos, seg_);
      if (!skip) skip = lex_.emphasis.After(text_, pos, seg_);  // "un solo chip"
      if (!skip) break;
      pos = skip->end;
    }
    while (pos < text_.size() && text_[pos] == ' ') ++pos;
    if (text_.substr(pos, 2) == "\xC2\xA0") pos += 2;
    size_t end = pos;
    while (end < text_.size()) {
      size_t len;
      char32_t cp = utf8::Decode(text_, end, &len);
      if (!u_isalpha(static_cast<UChar32>(cp))) break;
      end += len;
    }
    if (end > pos && lex_.not_nouns.Contains(text_.substr(pos, end - pos))) return {pos, pos};
    return {pos, end};
  }

  bool HasCountedNoun(size_t pos) const {
    auto [start, end] = CountedNoun(pos);
    return end > start && !lex_.months.After(text_, start, seg_);
  }

  // `joined`: a range joins f to the figure before or after it, which may share its exclusion.
  Exclusion Decide(const Figure& f, bool joined) const {
    if (f.ordinal) return Exclusion::kOrdinal;
    // "$<60 nines> billion": exact values have at most kMaxDigits digits; bigger are refused.
    if (f.Value().PlainDigits() > Decimal::kMaxDigits) return Exclusion::kAbsurd;
    if (InDateOrTimeOrCode(f)) return Exclusion::kCode;
    if (!f.IsBare()) return Exclusion::kNone;
    const bool word = f.spelled && !f.has_scale && SpelledIsNoNumber(f);
    // A number word used as no number ("une entreprise") is excluded whatever else holds, and
    // which exclusion it gets matters only to a joined figure: the checks below can be spared.
    if (word && !joined) return Exclusion::kWord;
    if (f.leading_zero || Before(lex_.code_befores, f)) return Exclusion::kCode;
    if (lex_.time_afters.After(text_, f.end, seg_)) return Exclusion::kTime;
    if (LooksLikeClockTime(f) && Before(lex_.time_befores, f)) return Exclusion::kTime;
    if (IsAge(f)) return Exclusion::kAge;
    if (NextToMonth(f)) return Exclusion::kDate;
    if (IsYear(f)) return Exclusion::kYear;
    if (lex_.multiples_after.After(text_, f.end, seg_)) return Exclusion::kMultiple;
    if (lex_.measures_after.After(text_, f.end, seg_)) return Exclusion::kMeasure;
    return word ? Exclusion::kWord : Exclusion::kNone;
  }

  bool NextToMonth(const Figure& f) const {
    auto v = f.number.ToInteger();
    bool day_or_year = v && ((*v >= 1 && *v <= 31) || LooksLikeYear(f));
    if (!day_or_year || f.has_scale) return false;
    if (lex_.months.After(text_, f.end, seg_)) return true;
    if (auto skip = lex_.unit_skips.After(text_, f.end, seg_)) {
      if (lex_.months.After(text_, skip->end, seg_)) return true;  // "5 de marzo"
    }
    return Before(lex_.months, f);  // "March 5", "mars 2024"
  }

  // "over five years": "over" is no qualifier before a duration.
  bool BeforeDuration(const Figure& f) const {
    auto [start, end] = CountedNoun(f.end);
    return end > start && lex_.durations.After(text_, start, seg_);
  }

 private:
  bool Before(const PhraseSet& set, const Figure& f) const {
    return set.Before(text_, f.start, seg_, &lex_.clitics).has_value();
  }

  bool IsYear(const Figure& f) const {
    if (!LooksLikeYear(f)) return false;
    bool noun = HasCountedNoun(f.end);
    // "hasta 2026" is a year, "más de 2000 personas" a count.
    if (f.qualifier != Qualifier::kNone) return !noun;
    // "en 2020 avaient" is a year; "pour 2000 personnes" a count, since round numbers count
    // things more often than they name years.
    if (Before(lex_.year_befores, f)) return !(noun && *f.number.ToInteger() % 100 == 0);
    return !noun;
  }

  bool IsAge(const Figure& f) const {
    if (Before(lex_.age_befores, f)) return true;
    if (lex_.age_afters.After(text_, f.end, seg_)) return true;
    // "un hombre de 34 años", "un homme de 67 ans": a phrase before and a word after.
    auto frame = lex_.age_frames.Before(text_, f.start, seg_, &lex_.clitics);
    if (!frame) return false;
    auto [start, end] = CountedNoun(f.end);
    return FoldKey(text_.substr(start, end - start)) == FoldKey(frame->phrase->value);
  }

  // "10.30", "21.30", "9.00": hours and minutes written like a decimal.
  bool LooksLikeClockTime(const Figure& f) const {
    std::string_view digits = text_.substr(f.number_start, f.number_end - f.number_start);
    size_t sep = digits.find_first_of(".,:");
    if (sep == std::string_view::npos || sep == 0 || sep > 2 || digits.size() - sep != 3) {
      return false;
    }
    int hours = std::stoi(std::string(digits.substr(0, sep)));
    int minutes = std::stoi(std::string(digits.substr(sep + 1)));
    return hours <= 23 && minutes <= 59;
  }

  // Digits glued by ':', '/', '-' or '+' into times, dates, fractions, phone numbers and model
  // names: "10:30", "05/03/2024", "2024-03-05", "+33", "GPT-4", "COVID-19", "2023-24".
  bool InDateOrTimeOrCode(const Figure& f) const {
    size_t s = f.number_start, e = f.number_end;
    char before = s > 0 ? text_[s - 1] : ' ';
    char before2 = s > 1 ? text_[s - 2] : ' ';
    char after = e < text_.size() ? text_[e] : ' ';
    char after2 = e + 1 < text_.size() ? text_[e + 1] : ' ';
    if ((before == ':' || before == '/') && IsAsciiDigit(before2)) return true;
    if ((after == ':' || after == '/') && IsAsciiDigit(after2)) return true;
    if ((after == 'h' || after == 'H') && IsAsciiDigit(after2)) return true;  // "14h30"
    if (e - s == 2 && AfterHour(s)) return true;                              // "17 h 30"
    if (before == '/' && IsAsciiLetter(before2)) return true;                 // "24 h/24"
    if (RateAfter(e)) return true;                                            // "7 j/7"
    if (before == '+' && !f.percent) return true;
    if (before == '#') return true;
    if (before == '%') return true;  // URL encoding: "%28"
    if (before == '-' && s > 1) {
      size_t len;
      char32_t cp = utf8::Decode(text_, utf8::PreviousStart(text_, s - 1), &len);
      if (u_isalpha(static_cast<UChar32>(cp))) return true;  // "GPT-4"
      // "2023-24": a season after a year.
      if (e - s == 2 && s >= 6 && IsAsciiDigit(text_[s - 5]) && !IsAsciiDigit(text_[s - 6])) {
        return true;
      }
    }
    // Three or more digit groups joined by hyphens: a date or a phone number.
    int groups = 1;
    for (size_t i = e; i + 1 < text_.size() && text_[i] == '-' && IsAsciiDigit(text_[i + 1]);) {
      ++groups;
      for (i += 1; i < text_.size() && IsAsciiDigit(text_[i]); ++i) {
      }
    }
    for (size_t i = s; i > 1 && text_[i - 1] == '-' && IsAsciiDigit(text_[i - 2]);) {
      ++groups;
      for (i -= 1; i > 0 && IsAsciiDigit(text_[i - 1]); --i) {
      }
    }
    return groups >= 3;
  }

  // "24 h/24", "7 j/7": a number, a unit letter or two, a slash and a number: a rate.
  bool RateAfter(size_t pos) const {
    if (pos < text_.size() && text_[pos] == ' ') ++pos;
    size_t letters = 0;
    while (pos < text_.size() && IsAsciiLetter(text_[pos]) && letters < 3) ++pos, ++letters;
    return letters >= 1 && letters <= 2 && pos + 1 < text_.size() && text_[pos] == '/' &&
           IsAsciiDigit(text_[pos + 1]);
  }

  // Whether `pos` follows an hour and its "h": "17 h 30", "8h 30" (the minutes).
  bool AfterHour(size_t pos) const {
    auto skip_spaces_back = [this](size_t i) {
      while (i > 0 && text_[i - 1] == ' ') --i;
      if (i >= 2 && text_.substr(i - 2, 2) == "\xC2\xA0") i -= 2;
      return i;
    };
    size_t h = skip_spaces_back(pos);
    if (h == pos || h == 0 || (text_[h - 1] != 'h' && text_[h - 1] != 'H')) return false;
    size_t hour_end = skip_spaces_back(h - 1);
    return hour_end > 0 && IsAsciiDigit(text_[hour_end - 1]);
  }

  // Number words that are used as something else here.
  bool SpelledIsNoNumber(const Figure& f) const {
    size_t next = f.end;
    while (next < text_.size() && text_[next] == ' ') ++next;
    if (f.article) {
      // "un 5 %": an article before a figure; "une entreprise": an article.
      if (next < text_.size() && IsAsciiDigit(text_[next])) return true;
      if (f.qualifier == Qualifier::kNone && !lex_.emphasis.After(text_, f.end, seg_)) return true;
    }
    if (f.needs_noun && !HasCountedNoun(f.end)) return true;
    if (f.number == Decimal::One()) {
      // "one-off", "l'un des", "cada uno", "one of".
      if (f.end + 1 < text_.size() && text_[f.end] == '-' &&
          u_isalpha(static_cast<unsigned char>(text_[f.end + 1]))) {
        return true;
      }
      if (Before(lex_.pronoun_befores, f) || lex_.pronoun_afters.After(text_, f.end, seg_)) {
        return true;
      }
    }
    return false;
  }

  const Lexicon& lex_;
  std::string_view text_;
  Segmenter& seg_;
};

bool Joined(const Lexicon& lex, std::string_view text, const Figure& a, const Figure& b) {
  return RangeJoins(lex, text, a.end, b.start);
}

// "entre 10 y 20 millones de euros": the first end of a range takes the scale, currency and
// percent sign it lacks from the second.
void ShareAcrossRanges(const Lexicon& lex, std::string_view text, std::vector<Figure>* figures) {
  for (size_t i = 0; i + 1 < figures->size(); ++i) {
    Figure& a = (*figures)[i];
    const Figure& b = (*figures)[i + 1];
    if (!a.IsBare() || !Joined(lex, text, a, b)) continue;
    // "de 256 000 $ en 2020 à 335 250 $": a year before "à" is no end of a range.
    if (LooksLikeYear(a) && !LooksLikeYear(b)) continue;
    // "entre 500 000 et 1 million": the scale goes only to a smaller first end.
    if (!a.has_scale && b.has_scale && a.number < b.number) {
      a.multiplier = b.multiplier;
      a.has_scale = true;
    }
    a.currency = b.currency;
    a.percent = b.percent;
    a.points = b.points;
  }
}

// "July 30-31", "du 12 au 14 juin", "âgés de 19 à 24 ans", "pp. 533-544": both ends of a range
// of dates, ages, years or pages are what one end is known to be.
void ShareExclusionsAcrossRanges(const Lexicon& lex, std::string_view text,
                                 const std::vector<Figure>& figures,
                                 std::vector<Exclusion>* exclusions) {
  auto shared = [](Exclusion e) {
    return e == Exclusion::kDate || e == Exclusion::kAge || e == Exclusion::kYear ||
           e == Exclusion::kCode;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i + 1 < figures.size(); ++i) {
      const Figure& a = figures[i];
      const Figure& b = figures[i + 1];
      if (!a.IsBare() || !b.IsBare() || a.has_scale || b.has_scale || !Joined(lex, text, a, b)) {
        continue;
      }
      Exclusion& ea = (*exclusions)[i];
      Exclusion& eb = (*exclusions)[i + 1];
      // "in 2023 to 37.4 billion tonnes": a year ends a range only with another year.
      auto passes = [](Exclusion e, const Figure& to) {
        return e != Exclusion::kYear || LooksLikeYear(to);
      };
      if (ea == Exclusion::kNone && shared(eb) && passes(eb, a)) ea = eb;
      if (eb == Exclusion::kNone && shared(ea) && passes(ea, b)) eb = ea;
    }
  }
}

Fact ToFact(const Figure& f, const ExtractOptions& options) {
  Fact fact;
  fact.value = f.Value();
  fact.qualifier = f.qualifier;
  if (!f.currency.empty()) {
    fact.kind = Kind::kMoney;
    if (f.currency != "?") fact.currency = f.currency == "$" ? options.dollar : f.currency;
  } else if (f.percent) {
    fact.kind = Kind::kPercent;
    if (f.points) fact.unit = "point";
  }
  return fact;
}

// Facts whose reading depends on their neighbours in the text.
class ContextResolver {
 public:
  explicit ContextResolver(std::vector<Fact>* facts) : facts_(*facts) {}

  // "dont 800 millions", "ce programme de 110 millions", "5.9 مليار دينار": a figure that is
  // money by context takes the currency of the money in its sentence, else of the same value
  // elsewhere in the document.
  void ResolveMoney(const std::vector<size_t>& scaled_bare, const std::vector<size_t>& unknown) {
    // The currency of the first money of each value: made only for a figure that needs it.
    std::optional<std::map<Decimal, std::string>> by_value;
    for (size_t i : scaled_bare) {
      std::string currency = SentenceCurrency(i);
      if (currency.empty()) {
        if (!by_value) by_value = CurrenciesByValue();
        auto it = by_value->find(facts_[i].value);
        if (it == by_value->end()) continue;
        currency = it->second;
      }
      facts_[i].kind = Kind::kMoney;
      facts_[i].currency = currency;
      facts_[i].unit.clear();
    }
    for (size_t i : unknown) facts_[i].currency = SentenceCurrency(i);
  }

  // A percentage in the same sentence, for "recul de 4 points".
  bool SentenceHasPercent(size_t i) const {
    auto [first, last] = SentenceFacts(i);
    for (size_t k = first; k < last; ++k) {
      if (facts_[k].kind == Kind::kPercent && facts_[k].unit.empty()) return true;
    }
    return false;
  }

 private:
  std::map<Decimal, std::string> CurrenciesByValue() const {
    std::map<Decimal, std::string> by_value;
    for (const Fact& f : facts_) {
      if (f.kind == Kind::kMoney && !f.currency.empty()) by_value.emplace(f.value, f.currency);
    }
    return by_value;
  }

  // The facts of fact i's sentence, [first, last): side by side, since facts come in the
  // order of the text. Looking at them alone keeps a long document's facts from each
  // scanning all the others.
  std::pair<size_t, size_t> SentenceFacts(size_t i) const {
    size_t first = i, last = i + 1;
    while (first > 0 && facts_[first - 1].sentence == facts_[i].sentence) --first;
    while (last < facts_.size() && facts_[last].sentence == facts_[i].sentence) ++last;
    return {first, last};
  }

  // The one currency of the money in fact i's sentence, or "" when there is none or several.
  std::string SentenceCurrency(size_t i) const {
    std::string currency;
    auto [first, last] = SentenceFacts(i);
    for (size_t k = first; k < last; ++k) {
      const Fact& f = facts_[k];
      if (f.kind != Kind::kMoney || f.currency.empty()) continue;
      if (!currency.empty() && currency != f.currency) return "";
      currency = f.currency;
    }
    return currency;
  }

  std::vector<Fact>& facts_;
};

// Turns the figures of a document, a block at a time, into its facts.
class FactCollector {
 public:
  FactCollector(const Lexicon& lex, std::string_view original, const NormalizedText& normalized,
                std::string_view text, Segmenter& seg, const ExtractOptions& options)
      : lex_(lex),
        original_(original),
        normalized_(normalized),
        text_(text),
        seg_(seg),
        options_(options),
        decider_(lex, text, seg) {}

  // Decides on a block of figures (ReadFigureBlock): ranges and exclusions are shared between
  // neighbours, which a block never separates.
  void AddBlock(std::vector<Figure>* block) {
    std::vector<Figure>& figures = *block;
    ShareAcrossRanges(lex_, text_, &figures);
    joined_to_next_.assign(figures.size(), false);
    for (size_t i = 0; i + 1 < figures.size(); ++i) {
      joined_to_next_[i] = Joined(lex_, text_, figures[i], figures[i + 1]);
    }
    exclusions_.clear();
    for (size_t i = 0; i < figures.size(); ++i) {
      bool joined = joined_to_next_[i] || (i > 0 && joined_to_next_[i - 1]);
      exclusions_.push_back(decider_.Decide(figures[i], joined));
    }
    ShareExclusionsAcrossRanges(lex_, text_, figures, &exclusions_);
    for (size_t i = 0; i < figures.size(); ++i) {
      if (exclusions_[i] != Exclusion::kNone) continue;
      // "10 to 20 people": the first end of a range counts what the second counts.
      Add(figures[i], joined_to_next_[i] ? figures[i + 1].end : figures[i].end);
    }
    if (!figures.empty()) ReserveByDensity(figures.back().end);
  }

  // The facts, once every block is in: what needs the whole document is resolved.
  std::vector<Fact> Finish() {
    ContextResolver context(&facts_);
    for (const auto& [i, end] : weak_points_) {
      if (!context.SentenceHasPercent(i)) continue;
      facts_[i].kind = Kind::kPercent;
      facts_[i].unit = "point";
      facts_[i].end = end;
    }
    context.ResolveMoney(scaled_bare_, unknown_money_);
    PositionTracker positions(original_);
    for (Fact& f : facts_) positions.Locate(f.start, &f.line, &f.col);
    return std::move(facts_);
  }

 private:
  // After the first block of a longer text, room for the facts of the whole text at that
  // block's density and a quarter more: each growth of the vector copies every fact and
  // writes their pages again, while pages reserved and never written cost nothing. Capped: a
  // dense first block says little about a huge text.
  void ReserveByDensity(size_t block_end) {
    static constexpr size_t kMostReserved = (size_t{256} << 20) / sizeof(Fact);
    if (reserved_ || block_end == 0 || block_end >= text_.size()) return;
    reserved_ = true;
    double expected = 1.25 * static_cast<double>(facts_.size()) *
                      static_cast<double>(text_.size()) / static_cast<double>(block_end);
    facts_.reserve(static_cast<size_t>(std::min(expected, static_cast<double>(kMostReserved))));
  }

  // `noun_from`: where the counted noun of a count is looked for.
  void Add(const Figure& f, size_t noun_from) {
    const OffsetMap& map = normalized_.map;
    Fact fact = ToFact(f, options_);
    if (f.qualifier_needs_no_duration && decider_.BeforeDuration(f)) {
      fact.qualifier = Qualifier::kNone;
    }
    fact.start = map.ToOriginalStart(f.start);
    fact.end = map.ToOriginalEnd(f.end);
    fact.sentence = seg_.SentenceIndexAt(f.start);
    fact.warnings =
        FigureWarnings(normalized_, original_, f.start, f.end, map.ToOriginalStart(f.number_start),
                       map.ToOriginalEnd(f.number_end));
    if (f.currency == "?") unknown_money_.push_back(facts_.size());
    if (fact.kind == Kind::kCount) {
      auto [noun_start, noun_end] = decider_.CountedNoun(noun_from);
      if (noun_end > noun_start) {
        size_t from = map.ToOriginalStart(noun_start);
        fact.unit = std::string(original_.substr(from, map.ToOriginalEnd(noun_end) - from));
      }
      // "قتل 12 شخصا على الأقل": a qualifier after the counted noun.
      if (fact.qualifier == Qualifier::kNone && noun_end > noun_start) {
        if (auto q = lex_.qualifiers_after.After(text_, noun_end, seg_)) {
          fact.qualifier = QualifierFromName(q->phrase->value);
        }
      }
      // A scaled figure that counts nothing: in es/fr the counted noun would need "de".
      bool counts_nothing = lex_.scale_noun_link ? !(lex_.links.After(text_, f.end, seg_) ||
                                                     lex_.unit_skips.After(text_, f.end, seg_))
                                                 : noun_end == noun_start;
      if (f.has_scale && counts_nothing) scaled_bare_.push_back(facts_.size());
      if (f.weak_points_end != 0) {
        weak_points_.emplace_back(facts_.size(), map.ToOriginalEnd(f.weak_points_end));
      }
    }
    facts_.push_back(std::move(fact));
  }

  const Lexicon& lex_;
  std::string_view original_;
  const NormalizedText& normalized_;
  std::string_view text_;
  Segmenter& seg_;
  const ExtractOptions& options_;
  FactDecider decider_;
  std::vector<bool> joined_to_next_;  // of the block's figures, kept for their capacity
  std::vector<Exclusion> exclusions_;
  std::vector<Fact> facts_;
  bool reserved_ = false;              // by ReserveByDensity
  std::vector<size_t> scaled_bare_;    // counts with a scale word that count nothing
  std::vector<size_t> unknown_money_;  // "ريال", "pesos": the country decides the code
  std::vector<std::pair<size_t, size_t>> weak_points_;  // fact, end of "points"
};

}  // namespace

std::vector<Fact> ExtractFacts(const Lexicon& lex, std::string_view original,
                               const ExtractOptions& options) {
  // A text that normalization would not change is read in place, not copied.
  bool in_place = IsNormalized(original);
  NormalizedText normalized = in_place ? NormalizedText() : Normalize(original);
  std::string_view text = in_place ? original : std::string_view(normalized.text);
  Segmenter seg(*lex.segmenter, text);
  FactCollector collector(lex, original, normalized, text, seg, options);
  std::vector<Figure> block;
  for (size_t pos = 0; ReadFigureBlock(lex, text, seg, &pos, &block);) collector.AddBlock(&block);
  return collector.Finish();
}

}  // namespace figdiff
