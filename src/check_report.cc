#include "figdiff/check_report.h"

#include <fmt/core.h>

#include <algorithm>
#include <memory>

#include "figdiff/position.h"
#include "figdiff/render_facts.h"

namespace figdiff {
namespace {

std::string_view SurfaceOf(const CheckedText& side, const Fact& fact) {
  return std::string_view(side.doc->text).substr(fact.start, fact.end - fact.start);
}

// "1500000000 USD", "70 %", "3 percentage points", "40000".
std::string ValueOf(const Fact& fact) {
  std::string value = fact.value.ToString();
  if (fact.kind == Kind::kMoney) return fact.currency.empty() ? value : value + " " + fact.currency;
  if (fact.kind == Kind::kPercent) {
    return fact.unit == "point" ? value + " percentage points" : value + " %";
  }
  return value;
}

// «$1.5 billion» (1500000000 USD)
std::string Describe(const CheckedText& side, const Fact& fact) {
  return fmt::format("\u00ab{}\u00bb ({})", SurfaceOf(side, fact), ValueOf(fact));
}

std::string QualifierText(Qualifier q) {
  return q == Qualifier::kNone ? "no qualifier" : std::string(QualifierName(q));
}

// "×1000" or "÷1000000": how the translation's value relates to the reference's.
std::string ScaleFactor(const Fact& expected, const Fact& found) {
  bool larger = expected.value < found.value;
  const Decimal& small = larger ? expected.value : found.value;
  const Decimal& big = larger ? found.value : expected.value;
  // Scale differences are factors of 1000 or 10^6 within the tolerance (fact_relation.h).
  std::string factor = big.IntegerDigits() - small.IntegerDigits() >= 5 ? "1000000" : "1000";
  return std::string(larger ? "\u00d7" : "\u00f7") + factor;
}

std::string MessageOf(CheckType type, const CheckedText& ref, const Fact* expected,
                      const CheckedText& tr, const Fact* found) {
  switch (type) {
    case CheckType::kMissing:
      return fmt::format("figure missing: {} of the reference is not in the translation",
                         Describe(ref, *expected));
    case CheckType::kExtra:
      return fmt::format("figure added: {} is not in the reference", Describe(tr, *found));
    case CheckType::kValueDiffers:
      return fmt::format("value changed: {} became {}", Describe(ref, *expected),
                         Describe(tr, *found));
    case CheckType::kScaleDiffers:
      return fmt::format(
          "scale changed: {} became {}, {} (the billion / milliard / billón class of error)",
          Describe(ref, *expected), Describe(tr, *found), ScaleFactor(*expected, *found));
    case CheckType::kCurrencyDiffers:
      return fmt::format("currency changed: {} became {}", Describe(ref, *expected),
                         Describe(tr, *found));
    case CheckType::kQualifierContradiction:
      return fmt::format("qualifier contradicted: {} says {}, the translation {}",
                         Describe(ref, *expected), QualifierText(expected->qualifier),
                         QualifierText(found->qualifier));
    case CheckType::kQualifierDropped:
      return fmt::format("qualifier dropped: {} says {}, the translation {} says none",
                         Describe(ref, *expected), QualifierText(expected->qualifier),
                         Describe(tr, *found));
    case CheckType::kQualifierDiffers:
      return fmt::format("qualifier changed: {} says {}, the translation {} says {}",
                         Describe(ref, *expected), QualifierText(expected->qualifier),
                         Describe(tr, *found), QualifierText(found->qualifier));
    case CheckType::kPointsVsPercent:
      return fmt::format("percentage points and percent confused: {} became {}",
                         Describe(ref, *expected), Describe(tr, *found));
    case CheckType::kRounding:
      return fmt::format("rounded beyond the tolerance: {} became {}", Describe(ref, *expected),
                         Describe(tr, *found));
    case CheckType::kHiddenCharacter: {
      std::string what;
      for (const std::string& w : found->warnings) what += (what.empty() ? "" : "; ") + w;
      return fmt::format("figure {} hides characters: {}", Describe(tr, *found), what);
    }
    case CheckType::kFileMissing:
      break;
  }
  return "";
}

nlohmann::ordered_json FactJson(const CheckedText& side, const Fact& fact) {
  nlohmann::ordered_json json = FactToJson(*side.doc, fact);
  FilePosition at = side.locate(fact.start);
  json["line"] = at.line;
  json["col"] = at.col;
  return json;
}

}  // namespace

std::function<FilePosition(size_t)> LocateInDocument(const std::string& text) {
  // Where each line starts, found once: a document may have many findings, each located twice.
  auto starts = std::make_shared<std::vector<size_t>>(1, 0);
  for (size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) {
    starts->push_back(i + 1);
  }
  return [&text, starts](size_t offset) {
    size_t line = std::upper_bound(starts->begin(), starts->end(), offset) - starts->begin();
    size_t start = (*starts)[line - 1];
    FilePosition at;
    int first_line;  // 1: the tracker sees the text from the line's start
    PositionTracker(std::string_view(text).substr(start))
        .Locate(offset - start, &first_line, &at.col);
    at.line = static_cast<int>(line);
    return at;
  };
}

std::vector<CheckFinding> DescribeFindings(const std::vector<FigureFinding>& findings,
                                           const CheckedText& reference,
                                           const CheckedText& translation,
                                           const std::optional<std::string>& unit) {
  std::vector<CheckFinding> out;
  for (const FigureFinding& f : findings) {
    const Fact* expected = f.expected ? &(*reference.facts)[*f.expected] : nullptr;
    const Fact* found = f.found ? &(*translation.facts)[*f.found] : nullptr;
    CheckFinding finding;
    finding.type = f.type;
    finding.severity = f.severity;
    finding.file = translation.doc->name;
    finding.ref = reference.doc->name;
    finding.unit = unit;
    if (expected) finding.expected = FactJson(reference, *expected);
    if (found) finding.found = FactJson(translation, *found);
    if (found) {
      finding.at = translation.locate(found->start);
      finding.last_line = finding.at.line;
    } else {
      const std::vector<Fact>& facts = *translation.facts;
      finding.at = translation.locate(f.before ? facts[*f.before].end : 0);
      finding.last_line = f.after ? translation.locate(facts[*f.after].start).line
                                  : translation.locate(translation.doc->text.size()).line;
    }
    finding.message = MessageOf(f.type, reference, expected, translation, found);
    out.push_back(std::move(finding));
  }
  return out;
}

CheckFinding FileMissingFinding(const std::string& present, const std::string& absent,
                                bool translation_missing) {
  CheckFinding finding;
  finding.type = CheckType::kFileMissing;
  finding.severity = SeverityOf(CheckType::kFileMissing);
  finding.file = translation_missing ? absent : present;
  finding.ref = translation_missing ? present : absent;
  finding.at = {0, 0};
  finding.message =
      translation_missing
          ? fmt::format("file missing: the reference {} has no translation {}", present, absent)
          : fmt::format("file missing: the translation {} has no reference {}", present, absent);
  return finding;
}

CheckSummary Summarize(const std::vector<CheckFinding>& findings) {
  CheckSummary summary;
  for (const CheckFinding& f : findings) {
    if (f.suppressed) {
      ++summary.suppressed;
      continue;
    }
    switch (f.severity) {
      case Severity::kError:
        ++summary.errors;
        break;
      case Severity::kWarning:
        ++summary.warnings;
        break;
      case Severity::kNote:
        ++summary.notes;
        break;
    }
  }
  return summary;
}

}  // namespace figdiff
