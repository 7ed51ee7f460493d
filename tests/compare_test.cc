// Row verdicts on constructed versions: agreement, missing and extra figures, value, scale,
// currency and qualifier differences, rounding, counted nouns, the reference and consensus.
#include "figdiff/compare.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace figdiff {
namespace {

Fact MakeFact(Kind kind, const char* value, const char* currency = "",
              Qualifier qualifier = Qualifier::kNone, const char* unit = "") {
  Fact f;
  f.kind = kind;
  f.value = *Decimal::Parse(value);
  f.currency = currency;
  f.qualifier = qualifier;
  f.unit = unit;
  return f;
}
Fact Usd(const char* value, Qualifier q = Qualifier::kNone) {
  return MakeFact(Kind::kMoney, value, "USD", q);
}
Fact Count(const char* value, const char* unit = "") {
  return MakeFact(Kind::kCount, value, "", Qualifier::kNone, unit);
}

// Versions holding one fact each (or none), all in the first sentence.
std::vector<Version> OneFigure(const std::vector<std::pair<std::string, std::vector<Fact>>>& v) {
  std::vector<Version> versions;
  for (const auto& [lang, facts] : v) versions.push_back({lang, facts, 1});
  return versions;
}

std::vector<ComparedRow> Compare(const std::vector<Version>& versions,
                                 const CompareOptions& options = {}) {
  std::vector<ComparedRow> rows;
  std::string error;
  EXPECT_TRUE(CompareVersions(versions, options, &rows, &error)) << error;
  return rows;
}

// The findings of the only row, as "name:versions" ("value_differs:2", "missing:0,1").
std::vector<std::string> Findings(const std::vector<Version>& versions,
                                  CompareOptions options = {}) {
  std::vector<ComparedRow> rows = Compare(versions, options);
  EXPECT_EQ(rows.size(), 1u);
  std::vector<std::string> out;
  for (const RowFinding& f : rows.at(0).findings) {
    std::string who;
    for (size_t v : f.versions) who += (who.empty() ? "" : ",") + std::to_string(v);
    out.push_back(std::string(FindingName(f.finding)) + ":" + who);
  }
  return out;
}

using Names = std::vector<std::string>;

TEST(Compare, AgreesWhenEveryVersionHasTheFigure) {
  auto versions = OneFigure({{"es", {Usd("110000000")}}, {"ar", {Usd("110000000")}}});
  std::vector<ComparedRow> rows = Compare(versions);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_TRUE(rows[0].findings.empty());
  EXPECT_TRUE(rows[0].Agrees());
}

TEST(Compare, NamesMissingAndExtraFigures) {
  EXPECT_EQ(Findings(OneFigure({{"es", {Usd("5")}}, {"fr", {Usd("5")}}, {"ar", {}}})),
            (Names{"missing:2"}));
  EXPECT_EQ(Findings(OneFigure({{"es", {}}, {"fr", {Usd("5")}}, {"ar", {}}})), (Names{"extra:1"}));
}

TEST(Compare, MarksTheDissenterAgainstTheConsensus) {
  auto versions = OneFigure({{"es", {Count("86")}}, {"fr", {Count("68")}}, {"ar", {Count("68")}}});
  EXPECT_EQ(Findings(versions), (Names{"value_differs:0"}));
  std::vector<ComparedRow> rows = Compare(versions);
  EXPECT_EQ(rows[0].value_from, 1u);
  EXPECT_FALSE(rows[0].Agrees());
}

TEST(Compare, TheReferenceDecides) {
  auto versions = OneFigure({{"es", {Count("86")}}, {"fr", {Count("68")}}, {"ar", {Count("68")}}});
  CompareOptions options;
  options.reference = 0;
  EXPECT_EQ(Findings(versions, options), (Names{"value_differs:1,2"}));
  // A figure the reference lacks is extra, however many versions have it.
  auto lacking = OneFigure({{"es", {}}, {"fr", {Count("68")}}, {"ar", {Count("68")}}});
  EXPECT_EQ(Findings(lacking, options), (Names{"extra:1,2"}));
}

TEST(Compare, NamesAScaleError) {
  auto versions = OneFigure({{"en", {Usd("1500000000")}}, {"es", {Usd("1500000000000")}}});
  CompareOptions options;
  options.reference = 0;
  EXPECT_EQ(Findings(versions, options), (Names{"scale_differs:1"}));
}

TEST(Compare, NamesACurrencyDifference) {
  Fact eur = MakeFact(Kind::kMoney, "110000000", "EUR");
  auto versions = OneFigure({{"en", {Usd("110000000")}}, {"fr", {eur}}});
  EXPECT_EQ(Findings(versions), (Names{"currency_differs:1"}));
}

TEST(Compare, RoundingIsNotAMismatch) {
  auto versions = OneFigure({{"en", {Usd("2100000")}}, {"fr", {Usd("2080000")}}});
  EXPECT_EQ(Findings(versions), (Names{"rounding:1"}));
  EXPECT_TRUE(Compare(versions)[0].Agrees());
  CompareOptions strict;
  strict.tolerance_percent = *Decimal::Parse("0.5");
  EXPECT_EQ(Findings(versions, strict), (Names{"value_differs:1"}));
}

TEST(Compare, QualifiersContradictOrDiffer) {
  auto contradiction = OneFigure({{"es", {Usd("11000000", Qualifier::kUpTo)}},
                                  {"fr", {Usd("11000000", Qualifier::kUpTo)}},
                                  {"ar", {Usd("11000000", Qualifier::kMoreThan)}}});
  EXPECT_EQ(Findings(contradiction), (Names{"qualifier_contradiction:2"}));
  auto warning = OneFigure({{"es", {Usd("11000000", Qualifier::kUpTo)}},
                            {"fr", {Usd("11000000", Qualifier::kUpTo)}},
                            {"ar", {Usd("11000000")}}});
  EXPECT_EQ(Findings(warning), (Names{"qualifier_differs:2"}));
}

TEST(Compare, ComparesCountedNounsWithinOneLanguageOnly) {
  // "equipos" and "puces" are in two languages: not comparable.
  EXPECT_TRUE(
      Findings(OneFigure({{"es", {Count("40000", "equipos")}}, {"fr", {Count("40000", "puces")}}}))
          .empty());
  // A plural ending is the same noun.
  EXPECT_TRUE(
      Findings(OneFigure({{"fr", {Count("68", "GPU")}}, {"fr", {Count("68", "GPUs")}}})).empty());
  EXPECT_EQ(Findings(OneFigure({{"fr", {Count("7", "instituts")}},
                                {"es", {Count("7", "institutos")}},
                                {"fr", {Count("7", "instituts")}},
                                {"fr", {Count("7", "projets")}}})),
            (Names{"counted_noun:3"}));
  // No noun in one version ("sept" alone): nothing to compare.
  EXPECT_TRUE(Findings(OneFigure({{"fr", {Count("7", "projets")}}, {"fr", {Count("7")}}})).empty());
}

TEST(Compare, ListsEveryFindingMostSeriousFirst) {
  auto versions =
      OneFigure({{"es", {Count("100000", "chips")}},
                 {"fr", {Count("100000", "puces")}},
                 {"ar", {Count("100000")}},
                 {"fr", {MakeFact(Kind::kCount, "350000", "", Qualifier::kMoreThan, "puces")}},
                 {"en", {}}});
  EXPECT_EQ(Findings(versions), (Names{"value_differs:3", "missing:4", "qualifier_differs:3"}));
}

TEST(Compare, FindingNamesAreTheJsonNames) {
  EXPECT_EQ(FindingName(Finding::kValueDiffers), "value_differs");
  EXPECT_EQ(FindingName(Finding::kScaleDiffers), "scale_differs");
  EXPECT_EQ(FindingName(Finding::kQualifierContradiction), "qualifier_contradiction");
  EXPECT_EQ(FindingName(Finding::kCountedNoun), "counted_noun");
  EXPECT_EQ(FindingName(Finding::kRounding), "rounding");
}

}  // namespace
}  // namespace figdiff
