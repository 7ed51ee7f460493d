// Figures that hide: figdiff reads through the trick and says so on the fact.
#include "figdiff/warnings.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace figdiff {
namespace {

std::vector<std::string> WarningsOf(const std::string& lang, const std::string& text) {
  auto facts = testing::Extract(lang, text);
  EXPECT_EQ(facts.size(), 1u) << text;
  return facts.empty() ? std::vector<std::string>{} : facts[0].warnings;
}

TEST(Warnings, OrdinaryFiguresHaveNone) {
  EXPECT_TRUE(WarningsOf("es", "Hasta 40.000 equipos.").empty());
  EXPECT_TRUE(WarningsOf("ar", "أكثر من ١٠٠ ألف شريحة").empty());
}

TEST(Warnings, ReportBidiControlsInsideAndNextToAFigure) {
  // U+202E would show "000 01" reversed; the figure is still read as 10000.
  auto w = WarningsOf("en", "They paid $10\u202E000 in cash.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0], "U+202E RIGHT-TO-LEFT OVERRIDE inside the figure");
  w = WarningsOf("en", "They paid \u2066$500\u2069 in cash.");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0], "U+2066 LEFT-TO-RIGHT ISOLATE next to the figure");
}

TEST(Warnings, ReportZeroWidthCharactersAndSoftHyphens) {
  auto w = WarningsOf("en", "A loss of 1\u200B500 jobs.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0], "U+200B ZERO WIDTH SPACE inside the figure");
  w = WarningsOf("fr", "Un budget de 3\u00AD000 euros.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0], "U+00AD SOFT HYPHEN inside the figure");
}

TEST(Warnings, ReportDigitsOfMixedScriptsAndLookalikes) {
  EXPECT_EQ(WarningsOf("ar", "بلغت الخسائر ١2٣ مليون دولار"),
            std::vector<std::string>{"digits of mixed scripts in one number"});
  auto w = WarningsOf("en", "Revenue rose 𝟓0% this year.");
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(w[0], "U+1D7D3 MATHEMATICAL BOLD DIGIT FIVE inside the figure");
  w = WarningsOf("en", "It affects 5² people.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0], "U+00B2 SUPERSCRIPT TWO next to the figure");
}

}  // namespace
}  // namespace figdiff
