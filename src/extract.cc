#include "figdiff/extract.h"

#include <unicode/uchar.h>

#include <map>
#include <optional>

#include "figdiff/figure.h"
#include "figdiff/normalize.h"
#include "figdiff/position.h"
#include "figdiff/segment.h"
#include "utf8.h"

namespace figdiff {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Four plain digits from 1000 to 2199: a year unless its context says otherwise.
bool LooksLikeYear(const Figure& f) {
  auto v = f.number.ToInteger();
  return f.plain && !f.has_scale && f.number_end - f.number_start == 4 && v && *v >= 1000 &&
         *v <= 2199;
}

class FactDecider {
 public:
  FactDecider(const Lexicon& lex, std::string_view text, Segmenter& seg)
      : lex_(lex), text_(text), seg_(seg) {}

  // The counted noun after `pos` ([start, end) in the normalized text), skipping function words
  // ("de", "des", "of"); empty when no word follows.
  std::pair<size_t, size_t> CountedNoun(size_t pos) const {
    for (int i = 0; i < 3; ++i) {
      auto skip = lex_.unit_skips.After(text_, pos, seg_);
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
    return {pos, end};
  }

  bool HasCountedNoun(size_t pos) const {
    auto [start, end] = CountedNoun(pos);
    return end > start && !lex_.months.After(text_, start, seg_);
  }

  // Why a figure is not a fact, or nullptr when it is one.
  const char* Exclusion(const Figure& f) const {
    if (f.ordinal) return "ordinal";
    if (InDateOrTimeOrCode(f)) return "date, time or code";
    bool bare = f.currency.empty() && !f.percent;
    if (!bare) return nullptr;
    if (f.leading_zero) return "code";
    if (lex_.code_befores.Before(text_, f.start, seg_)) return "code, section or version";
    if (lex_.time_afters.After(text_, f.end, seg_)) return "time";
    if (LooksLikeClockTime(f) && lex_.time_befores.Before(text_, f.start, seg_)) return "time";
    if (lex_.age_befores.Before(text_, f.start, seg_)) return "age";
    if (lex_.age_afters.After(text_, CountedNoun(f.end).second, seg_) ||
        lex_.age_afters.After(text_, f.end, seg_)) {
      return "age";
    }
    if (NextToMonth(f)) return "date";
    if (IsYear(f)) return "year";
    if (f.has_scale) return nullptr;
    if (f.spelled) return SpelledExclusion(f);
    return nullptr;
  }

 private:
  bool IsYear(const Figure& f) const {
    if (!LooksLikeYear(f)) return false;
    // "en 2020 avaient" is a year; "plus de 2000 personnes" and "2000 employés" are counts.
    if (f.qualifier != Qualifier::kNone) return false;
    if (lex_.year_befores.Before(text_, f.start, seg_)) return true;
    return !HasCountedNoun(f.end);
  }

  // "10.30", "21.30": hours and minutes written like a decimal.
  static bool LooksLikeClockTime(const Figure& f) {
    std::string v = f.number.ToString();
    size_t dot = v.find('.');
    if (dot == std::string::npos || f.number_end - f.number_start > 5) return false;
    int hours = std::stoi(v.substr(0, dot));
    return hours <= 23 && f.number_end - f.number_start - (dot + 1) == 2;
  }

 public:
  bool NextToMonth(const Figure& f) const {
    auto v = f.number.ToInteger();
    bool day_or_year = v && ((*v >= 1 && *v <= 31) || (f.plain && *v >= 1000 && *v <= 2199));
    if (!day_or_year || f.has_scale) return false;
    if (lex_.months.After(text_, f.end, seg_)) return true;
    if (auto skip = lex_.unit_skips.After(text_, f.end, seg_)) {
      if (lex_.months.After(text_, skip->end, seg_)) return true;  // "5 de marzo"
    }
    return lex_.months.Before(text_, f.start, seg_).has_value();  // "March 5", "mars 2024"
  }

  // Digits glued by ':', '/', '-' or '+' into times, dates, fractions, phone numbers and model
  // names: "10:30", "05/03/2024", "2024-03-05", "+33", "GPT-4", "COVID-19".
  bool InDateOrTimeOrCode(const Figure& f) const {
    size_t s = f.number_start, e = f.number_end;
    char before = s > 0 ? text_[s - 1] : ' ';
    char before2 = s > 1 ? text_[s - 2] : ' ';
    char after = e < text_.size() ? text_[e] : ' ';
    char after2 = e + 1 < text_.size() ? text_[e + 1] : ' ';
    if ((before == ':' || before == '/') && IsDigit(before2)) return true;
    if ((after == ':' || after == '/') && IsDigit(after2)) return true;
    if ((after == 'h' || after == 'H') && IsDigit(after2)) return true;  // "14h30"
    if (before == '-' && s >= 5 && e - s == 2 && IsDigit(before2) && LooksLikeYear(f) == false &&
        s >= 6 && !IsDigit(text_[s - 6]) && IsDigit(text_[s - 5])) {
      return true;  // "2023-24": a season
    }
    if (before == '+' && !f.percent) return true;
    if (before == '#') return true;
    if (before == '-' && s > 1) {
      size_t len;
      char32_t cp = utf8::Decode(text_, utf8::PreviousStart(text_, s - 1), &len);
      if (u_isalpha(static_cast<UChar32>(cp))) return true;  // "GPT-4"
    }
    // Three or more digit groups joined by hyphens: a date or a phone number.
    int groups = 1;
    for (size_t i = e; i + 1 < text_.size() && text_[i] == '-' && IsDigit(text_[i + 1]);) {
      ++groups;
      for (i += 1; i < text_.size() && IsDigit(text_[i]); ++i) {
      }
    }
    for (size_t i = s; i > 1 && text_[i - 1] == '-' && IsDigit(text_[i - 2]);) {
      ++groups;
      for (i -= 1; i > 0 && IsDigit(text_[i - 1]); --i) {
      }
    }
    return groups >= 3;
  }

  const char* SpelledExclusion(const Figure& f) const {
    if (f.article && f.qualifier == Qualifier::kNone && !lex_.emphasis.After(text_, f.end, seg_)) {
      return "indefinite article";
    }
    if (f.needs_noun && !HasCountedNoun(f.end)) return "ordinary word";
    bool one = f.number == *Decimal::Parse("1");
    if (one && f.end + 1 < text_.size() && text_[f.end] == '-' && u_isalpha(text_[f.end + 1])) {
      return "compound adjective";  // "one-off", "one-time"
    }
    if (one && (lex_.pronoun_befores.Before(text_, f.start, seg_) ||
                lex_.pronoun_afters.After(text_, f.end, seg_))) {
      return "pronoun";
    }
    return nullptr;
  }

  const Lexicon& lex_;
  std::string_view text_;
  Segmenter& seg_;
};

// "entre 10 y 20 millones de euros": the first end of a range takes the scale, currency and
// percent sign it lacks from the second.
void ShareAcrossRanges(const Lexicon& lex, std::string_view text, std::vector<Figure>* figures) {
  for (size_t i = 0; i + 1 < figures->size(); ++i) {
    Figure& a = (*figures)[i];
    const Figure& b = (*figures)[i + 1];
    if (b.start <= a.end || !a.currency.empty() || a.percent) continue;
    if (!lex.ranges.Contains(text.substr(a.end, b.start - a.end))) continue;
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

Fact ToFact(const Figure& f, const ExtractOptions& options) {
  Fact fact;
  fact.value = f.Value();
  fact.qualifier = f.qualifier;
  if (!f.currency.empty()) {
    fact.kind = Kind::kMoney;
    fact.currency = f.currency == "$" ? options.dollar : f.currency;
  } else if (f.percent) {
    fact.kind = Kind::kPercent;
    if (f.points) fact.unit = "point";
  }
  return fact;
}

}  // namespace

std::vector<Fact> ExtractFacts(const Lexicon& lex, std::string_view original,
                               const ExtractOptions& options) {
  NormalizedText normalized = Normalize(original);
  std::string_view text = normalized.text;
  Segmenter seg(*lex.segmenter, text);
  std::vector<Figure> figures = ReadFigures(lex, text, seg);
  ShareAcrossRanges(lex, text, &figures);

  FactDecider decider(lex, text, seg);
  std::vector<const char*> exclusions(figures.size());
  for (size_t i = figures.size(); i-- > 0;) {
    exclusions[i] = decider.Exclusion(figures[i]);
    // "du 12 au 14 juin", "5-7 March": the first day of a range of dates is a date too.
    if (i + 1 < figures.size() && exclusions[i] == nullptr && exclusions[i + 1] != nullptr &&
        decider.NextToMonth(figures[i + 1]) && figures[i].currency.empty() && !figures[i].percent &&
        figures[i + 1].start > figures[i].end &&
        lex.ranges.Contains(text.substr(figures[i].end, figures[i + 1].start - figures[i].end))) {
      exclusions[i] = "date";
    }
  }
  std::vector<Fact> facts;
  std::vector<size_t> scaled_bare;  // counts with a scale word and no counted noun
  for (size_t i = 0; i < figures.size(); ++i) {
    const Figure& f = figures[i];
    if (exclusions[i] != nullptr) continue;
    Fact fact = ToFact(f, options);
    fact.start = normalized.map.ToOriginalStart(f.start);
    fact.end = normalized.map.ToOriginalEnd(f.end);
    fact.sentence = seg.SentenceIndexAt(f.start);
    if (fact.kind == Kind::kCount) {
      auto [noun_start, noun_end] = decider.CountedNoun(f.end);
      size_t from = normalized.map.ToOriginalStart(noun_start);
      fact.unit = std::string(original.substr(from, normalized.map.ToOriginalEnd(noun_end) - from));
      // "قتل 12 شخصا على الأقل": a qualifier after the counted noun.
      if (fact.qualifier == Qualifier::kNone && noun_end > noun_start) {
        if (auto q = lex.qualifiers_after.After(text, noun_end, seg)) {
          fact.qualifier = QualifierFromName(q->phrase->value);
        }
      }
      // A scaled figure that counts nothing: in es/fr the counted noun would need "de".
      bool counts_nothing = lex.scale_noun_link ? !(lex.links.After(text, f.end, seg) ||
                                                    lex.unit_skips.After(text, f.end, seg))
                                                : noun_end == noun_start;
      if (f.has_scale && counts_nothing) scaled_bare.push_back(facts.size());
    }
    facts.push_back(std::move(fact));
  }
  // "ce programme de 110 millions": a scaled figure with no counted noun whose value is money
  // elsewhere in the document is that money.
  std::map<std::string, std::string> money_values;
  for (const Fact& f : facts) {
    if (f.kind == Kind::kMoney) money_values.emplace(f.value.ToString(), f.currency);
  }
  for (size_t i : scaled_bare) {
    auto it = money_values.find(facts[i].value.ToString());
    if (it == money_values.end()) continue;
    facts[i].kind = Kind::kMoney;
    facts[i].currency = it->second;
    facts[i].unit.clear();
  }
  PositionTracker positions(original);
  for (Fact& f : facts) positions.Locate(f.start, &f.line, &f.col);
  return facts;
}

}  // namespace figdiff
