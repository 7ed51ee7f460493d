#include "figdiff/check.h"

#include <array>
#include <string>

#include "figdiff/fact_relation.h"

namespace figdiff {
namespace {

Decimal Abs(const Decimal& d) { return d.IsNegative() ? d.Negated() : d; }

// The power of ten of the last significant digit of `d` as written in plain notation: 0 for
// "15", 6 for "2000000", -1 for "14.6".
int LastDigitPlace(const Decimal& d) {
  std::string plain = d.ToString();
  if (size_t point = plain.find('.'); point != std::string::npos) {
    return -static_cast<int>(plain.size() - point - 1);
  }
  size_t last = plain.find_last_not_of('0');
  return last == std::string::npos ? 0 : static_cast<int>(plain.size() - last - 1);
}

// Half a unit of the given place: 5 x 10^(place - 1).
Decimal HalfUnit(int place) {
  if (place >= 1) return *Decimal::Parse("5" + std::string(place - 1, '0'));
  return *Decimal::Parse("0." + std::string(-place, '0') + "5");
}

// True when `translated` is `reference` rounded to fewer significant digits (2.08 million to
// 2 million, 14.6 % to 15 %) and stays within `bound_percent` of it: a rounding that exceeds the
// tolerance. Farther than that, as 12 from 10, it is another value.
bool IsRoundingOf(const Decimal& translated, const Decimal& reference,
                  const Decimal& bound_percent) {
  if (translated.IsZero() || translated.IsNegative() != reference.IsNegative()) return false;
  if (SignificantDigits(translated) >= SignificantDigits(reference)) return false;
  Decimal difference = Abs(reference + translated.Negated());
  return !(HalfUnit(LastDigitPlace(translated)) < difference) &&
         WithinTolerance(translated, reference, bound_percent);
}

bool IsPoints(const Fact& fact) { return fact.kind == Kind::kPercent && fact.unit == "point"; }

// A count from 0 to 10: "two", "un", "الثلاث", or a number an Arabic dual stands for.
bool IsSmallCount(const Fact& fact) {
  static const Decimal ten = *Decimal::Parse("10");
  return fact.kind == Kind::kCount && fact.value.IsInteger() && !fact.value.IsNegative() &&
         !(ten < fact.value);
}

// The findings of one aligned row: cells[0] is the reference's fact, cells[1] the translation's.
class RowChecker {
 public:
  RowChecker(const Version& reference, const Version& translation, const ComparedRow& row,
             const Decimal& rounding_bound, std::vector<FigureFinding>* out)
      : reference_(reference),
        translation_(translation),
        row_(row),
        rounding_bound_(rounding_bound),
        out_(out) {}

  void Check() {
    const std::optional<size_t>& expected = row_.cells[0];
    const std::optional<size_t>& found = row_.cells[1];
    if (!found) {
      Add(CheckType::kMissing);
      if (IsSmallCount(reference_.facts[*expected])) out_->back().severity = Severity::kNote;
      return;
    }
    if (!expected) {
      Add(CheckType::kExtra);
      if (IsSmallCount(translation_.facts[*found])) out_->back().severity = Severity::kNote;
      return CheckHidden();
    }
    const Fact& want = reference_.facts[*expected];
    const Fact& got = translation_.facts[*found];
    if (want.kind == Kind::kPercent && got.kind == Kind::kPercent &&
        IsPoints(want) != IsPoints(got)) {
      Add(CheckType::kPointsVsPercent);
    }
    for (const RowFinding& finding : row_.findings) {
      switch (finding.finding) {
        case Finding::kValueDiffers:
          Add(IsRoundingOf(got.value, want.value, rounding_bound_) ? CheckType::kRounding
                                                                   : CheckType::kValueDiffers);
          break;
        case Finding::kScaleDiffers:
          Add(CheckType::kScaleDiffers);
          break;
        case Finding::kCurrencyDiffers:
          Add(CheckType::kCurrencyDiffers);
          // A translation's bare "riyals" or "pesos" names no one currency, so it may well be
          // the reference's: worth a look. The other way round, the translation named a
          // currency the reference does not give: an error.
          if (got.currency.empty()) out_->back().severity = Severity::kNote;
          break;
        case Finding::kQualifierContradiction:
          Add(CheckType::kQualifierContradiction);
          break;
        case Finding::kQualifierDiffers:
          Add(got.qualifier == Qualifier::kNone ? CheckType::kQualifierDropped
                                                : CheckType::kQualifierDiffers);
          break;
        default:  // rounding within the tolerance; counted nouns do not compare across languages
          break;
      }
    }
    CheckHidden();
  }

 private:
  void Add(CheckType type) {
    out_->push_back(
        {type, SeverityOf(type), row_.cells[0], row_.cells[1], std::nullopt, std::nullopt});
  }

  void CheckHidden() {
    if (!translation_.facts[*row_.cells[1]].warnings.empty()) Add(CheckType::kHiddenCharacter);
  }

  const Version& reference_;
  const Version& translation_;
  const ComparedRow& row_;
  const Decimal& rounding_bound_;
  std::vector<FigureFinding>* out_;
};

struct TypeInfo {
  CheckType type;
  std::string_view name;
  Severity severity;
};

// Severities: an error is a figure the reader would get wrong; a warning is one that is less
// precise or less hedged than the reference, or that may hide something; a note is worth a look.
constexpr std::array<TypeInfo, 12> kTypes = {{
    {CheckType::kMissing, "missing", Severity::kError},
    {CheckType::kExtra, "extra", Severity::kError},
    {CheckType::kValueDiffers, "value_differs", Severity::kError},
    {CheckType::kScaleDiffers, "scale_differs", Severity::kError},
    {CheckType::kCurrencyDiffers, "currency_differs", Severity::kError},
    {CheckType::kQualifierContradiction, "qualifier_contradiction", Severity::kError},
    {CheckType::kQualifierDropped, "qualifier_dropped", Severity::kWarning},
    {CheckType::kQualifierDiffers, "qualifier_differs", Severity::kNote},
    {CheckType::kPointsVsPercent, "points_vs_percent", Severity::kError},
    {CheckType::kRounding, "rounding", Severity::kWarning},
    {CheckType::kHiddenCharacter, "hidden_character", Severity::kWarning},
    {CheckType::kFileMissing, "file_missing", Severity::kError},
}};

const TypeInfo& InfoOf(CheckType type) {
  for (const TypeInfo& info : kTypes) {
    if (info.type == type) return info;
  }
  return kTypes[0];  // unreachable: every type is in the table
}

}  // namespace

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "";
}

std::string_view CheckTypeName(CheckType type) { return InfoOf(type).name; }

Severity SeverityOf(CheckType type) { return InfoOf(type).severity; }

std::optional<CheckType> CheckTypeFromName(std::string_view name) {
  for (const TypeInfo& info : kTypes) {
    if (info.name == name) return info.type;
  }
  return std::nullopt;
}

bool CheckTranslation(const Version& reference, const Version& translation,
                      const CheckOptions& options, std::vector<FigureFinding>* findings,
                      std::string* error) {
  CompareOptions compare;
  compare.reference = 0;
  compare.tolerance_percent = options.tolerance_percent;
  std::vector<ComparedRow> rows;
  if (!CompareVersions({reference, translation}, compare, &rows, error)) return false;
  findings->clear();
  // How far a rounding may go before it is another value: five times the tolerance (10 %).
  Decimal rounding_bound = options.tolerance_percent * *Decimal::Parse("5");
  std::optional<size_t> last_found;
  for (size_t r = 0; r < rows.size(); ++r) {
    size_t first_new = findings->size();
    RowChecker(reference, translation, rows[r], rounding_bound, findings).Check();
    for (size_t i = first_new; i < findings->size(); ++i) {
      FigureFinding& f = (*findings)[i];
      if (f.found) continue;
      f.before = last_found;
      for (size_t next = r + 1; next < rows.size() && !f.after; ++next)
        f.after = rows[next].cells[1];
    }
    if (rows[r].cells[1]) last_found = rows[r].cells[1];
  }
  return true;
}

}  // namespace figdiff
