#include "figdiff/number.h"

#include <gtest/gtest.h>

namespace figdiff {
namespace {

NumberFormat En() { return {".", ",", false, false}; }
NumberFormat Es() { return {",", ".", true, false}; }
NumberFormat Fr() { return {",", "\u00A0", true, false}; }
NumberFormat Ar() { return {".", ",", false, true}; }

// The numbers of a run, as "value" strings joined by '|'; "" when the run holds none.
std::string Read(std::string_view run, const NumberFormat& format) {
  std::string out;
  for (const ParsedNumber& n : ParseDigitRun(run, 0, format)) {
    if (!out.empty()) out += "|";
    out += n.value.ToString();
  }
  return out;
}

TEST(ParseDigitRun, UsesTheLanguageSeparators) {
  EXPECT_EQ(Read("40,000", En()), "40000");
  EXPECT_EQ(Read("1.5", En()), "1.5");
  EXPECT_EQ(Read("40.000", Es()), "40000");
  EXPECT_EQ(Read("1,5", Es()), "1.5");
  EXPECT_EQ(Read("1,5", Fr()), "1.5");
  EXPECT_EQ(Read("40\u00A0000", Fr()), "40000");
  EXPECT_EQ(Read("40 000", Fr()), "40000");
}

TEST(ParseDigitRun, ResolvesAmbiguousRunsByTheirShape) {
  EXPECT_EQ(Read("1,234,567.89", En()), "1234567.89");
  EXPECT_EQ(Read("1.234.567,89", Es()), "1234567.89");
  EXPECT_EQ(Read("1.125", En()), "1.125");   // the language's decimal sign
  EXPECT_EQ(Read("1,500", Es()), "1.5");     // es decimal comma
  EXPECT_EQ(Read("40.000", Fr()), "40000");  // a foreign separator before 3 digits groups
  EXPECT_EQ(Read("40.000", Ar()), "40000");  // option dot_three_digits group
  EXPECT_EQ(Read("1.5", Ar()), "1.5");
  EXPECT_EQ(Read("0.500", En()), "0.5");  // a leading zero is never grouped
  EXPECT_EQ(Read("2,25", En()), "2.25");  // two digits after: a decimal
}

TEST(ParseDigitRun, ReadsArabicSeparators) {
  EXPECT_EQ(Read("40٬000", Ar()), "40000");
  EXPECT_EQ(Read("2٫5", Ar()), "2.5");
  EXPECT_EQ(Read("1٬234٫5", Ar()), "1234.5");
}

TEST(ParseDigitRun, DoesNotGlueNumbersSeparatedBySpaces) {
  EXPECT_EQ(Read("2021 110", Es()), "2021|110");
  EXPECT_EQ(Read("2021 110", En()), "2021|110");
  EXPECT_EQ(Read("2022 32", Fr()), "2022|32");
  EXPECT_EQ(Read("12 300", En()), "12|300");  // en does not group with plain spaces
}

TEST(ParseDigitRun, RefusesCodesAndVersions) {
  EXPECT_EQ(Read("91 123 45 67", Es()), "");
  EXPECT_EQ(Read("01 23 45 67 89", Fr()), "");
  EXPECT_EQ(Read("1.2.3", En()), "");
  EXPECT_EQ(Read("1,2,3", En()), "");
}

TEST(ParseDigitRun, RefusesAbsurdlyLongNumbers) {
  EXPECT_EQ(Read(std::string(200, '9'), En()), "");
}

// A run of more than 24 digit groups is a table or a code, however it would split.
TEST(ParseDigitRun, RefusesRunsOfMoreThanTwentyFourGroups) {
  auto grouped = [](int groups) {
    std::string n = "1";
    for (int i = 1; i < groups; ++i) n += ",000";
    return n;
  };
  std::string twelve = grouped(12), thirteen = grouped(13);
  EXPECT_EQ(Read(twelve + " " + twelve, En()),
            "1" + std::string(33, '0') + "|1" + std::string(33, '0'));  // 24 groups
  EXPECT_EQ(Read(twelve + " " + thirteen, En()), "");                   // 25 groups
}

TEST(ParseDigitRun, ReportsOffsetsAndShape) {
  auto numbers = ParseDigitRun("2021 110", 10, Es());
  ASSERT_EQ(numbers.size(), 2u);
  EXPECT_EQ(numbers[0].start, 10u);
  EXPECT_EQ(numbers[0].end, 14u);
  EXPECT_TRUE(numbers[0].plain);
  EXPECT_EQ(numbers[1].start, 15u);
  EXPECT_TRUE(ParseDigitRun("007", 0, En())[0].leading_zero);
}

}  // namespace
}  // namespace figdiff
