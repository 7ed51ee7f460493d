// Findings of a translation against its reference, on sentences extracted in en, es, fr and ar:
// each class of translator error is found and named, and faithful translations (figures written
// the local way) give none.
#include "figdiff/check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace figdiff {
namespace {

using testing::Extract;

// "type/severity" of each finding, in order.
std::vector<std::string> Check(const std::string& ref_lang, const std::string& ref,
                               const std::string& lang, const std::string& translation) {
  Version a{ref_lang, Extract(ref_lang, ref), 1};
  Version b{lang, Extract(lang, translation), 1};
  std::vector<FigureFinding> findings;
  std::string error;
  EXPECT_TRUE(CheckTranslation(a, b, {}, &findings, &error)) << error;
  std::vector<std::string> out;
  for (const FigureFinding& f : findings) {
    out.push_back(std::string(CheckTypeName(f.type)) + "/" + std::string(SeverityName(f.severity)));
  }
  return out;
}

using Findings = std::vector<std::string>;

TEST(CheckTest, FaithfulTranslationsHaveNoFindings) {
  const std::string en =
      "Revenue reached $1.5 billion, up 12%, and the firm hired up to 40,000 people.";
  EXPECT_EQ(Check("en", en, "es",
                  "Los ingresos alcanzaron 1.500 millones de dólares, un 12 % más, y la empresa "
                  "contrató hasta 40.000 personas."),
            Findings{});
  EXPECT_EQ(Check("en", en, "fr",
                  "Le chiffre d'affaires a atteint 1,5 milliard de dollars, en hausse de 12 %, "
                  "et l'entreprise a embauché jusqu'à 40 000 personnes."),
            Findings{});
  EXPECT_EQ(Check("en", en, "ar",
                  "بلغت الإيرادات 1.5 مليار دولار بزيادة ١٢٪، ووظفت الشركة ما يصل إلى ٤٠٬٠٠٠ شخص."),
            Findings{});
}

TEST(CheckTest, ScaleErrorIsNamed) {
  // "billion" left in French means 10^12; "billón" in Spanish too.
  EXPECT_EQ(Check("en", "It cost $1.5 billion.", "fr", "Cela a coûté 1,5 billion de dollars."),
            Findings{"scale_differs/error"});
  EXPECT_EQ(Check("en", "It cost $2 billion.", "es", "Costó 2 billones de dólares."),
            Findings{"scale_differs/error"});
}

TEST(CheckTest, ValueCurrencyAndMissingFigures) {
  EXPECT_EQ(
      Check("en", "Sales rose to 1,250 units.", "es", "Las ventas subieron a 1.520 unidades."),
      Findings{"value_differs/error"});
  EXPECT_EQ(Check("en", "The ticket costs $40.", "fr", "Le billet coûte 40 euros."),
            Findings{"currency_differs/error"});
  EXPECT_EQ(Check("en", "It grew 8% and hired 300 staff.", "es", "Creció un 8 %."),
            Findings{"missing/error"});
  EXPECT_EQ(Check("en", "It grew 8%.", "es", "Creció un 8 % y contrató a 300 empleados."),
            Findings{"extra/error"});
}

TEST(CheckTest, QualifiersContradictedDroppedOrAdded) {
  EXPECT_EQ(Check("en", "Up to 300 jobs will go.", "es", "Se perderán más de 300 empleos."),
            Findings{"qualifier_contradiction/error"});
  EXPECT_EQ(Check("en", "About 300 jobs will go.", "fr", "300 emplois vont disparaître."),
            Findings{"qualifier_dropped/warning"});
  EXPECT_EQ(Check("en", "300 jobs will go.", "fr", "Environ 300 emplois vont disparaître."),
            Findings{"qualifier_differs/note"});
}

TEST(CheckTest, PointsAgainstPercent) {
  EXPECT_EQ(
      Check("en", "Unemployment rose 3 percentage points.", "es", "El desempleo subió un 3 %."),
      Findings{"points_vs_percent/error"});
}

TEST(CheckTest, RoundingWithinToleranceIsFineBeyondItIsAWarning) {
  EXPECT_EQ(Check("en", "The city has 2.08 million people.", "fr",
                  "La ville compte 2,1 millions d'habitants."),
            Findings{});
  EXPECT_EQ(Check("en", "The city has 2.08 million people.", "fr",
                  "La ville compte 2 millions d'habitants."),
            Findings{"rounding/warning"});
  // Fewer digits but 17 % off: another value, not a rounding.
  EXPECT_EQ(Check("en", "Students pay €12.", "fr", "Les étudiants paient 10 €."),
            Findings{"value_differs/error"});
  // Same precision, another value: not a rounding.
  EXPECT_EQ(Check("en", "Turnout was 68%.", "es", "La participación fue del 69 %."),
            Findings{"value_differs/error"});
}

TEST(CheckTest, SmallCountsOnOneSideAreNotes) {
  // Translators write small numbers as words, articles or an Arabic dual.
  EXPECT_EQ(Check("en", "She won 2 medals and $5,000.", "ar", "فازت بميداليتين و5000 دولار."),
            Findings{"missing/note"});
}

TEST(CheckTest, AnUnnamedCurrencyIsANote) {
  // A bare "ريال" may be Saudi, Qatari, Omani, Yemeni or Iranian.
  EXPECT_EQ(Check("en", "The plant cost SAR 3.2 billion.", "ar", "كلفت المحطة 3.2 مليار ريال."),
            Findings{"currency_differs/note"});
  EXPECT_EQ(Check("es", "El pan cuesta 285 pesos.", "en", "Bread costs 285 dollars."),
            Findings{"currency_differs/error"});
}

TEST(CheckTest, HiddenCharacterInTranslatedFigure) {
  EXPECT_EQ(Check("en", "It cost $1,500.", "es", "Costó 1.\u200b500 dólares."),
            Findings{"hidden_character/warning"});
}

TEST(CheckTest, MissingFigurePlacedNextToItsNeighbour) {
  Version a{"en", Extract("en", "First 10%, then $5 million, then 70%."), 1};
  Version b{"es", Extract("es", "Primero un 10 %, luego un 70 %."), 1};
  std::vector<FigureFinding> findings;
  std::string error;
  ASSERT_TRUE(CheckTranslation(a, b, {}, &findings, &error));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].type, CheckType::kMissing);
  EXPECT_EQ(findings[0].before, 0u);  // between "10 %"
  EXPECT_EQ(findings[0].after, 1u);   // and "70 %"
}

TEST(CheckTest, TypeNamesRoundTrip) {
  for (std::string_view name :
       {"missing", "extra", "value_differs", "scale_differs", "currency_differs",
        "qualifier_contradiction", "qualifier_dropped", "qualifier_differs", "points_vs_percent",
        "rounding", "hidden_character", "file_missing"}) {
    std::optional<CheckType> type = CheckTypeFromName(name);
    ASSERT_TRUE(type) << name;
    EXPECT_EQ(CheckTypeName(*type), name);
  }
  EXPECT_FALSE(CheckTypeFromName("scale"));
}

}  // namespace
}  // namespace figdiff
