// Suppressions: inline markers, translator comments and the ignore file.
#include "figdiff/suppressions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace figdiff {
namespace {

TEST(SuppressionsTest, MarkerWithTypesAndReason) {
  std::string error;
  std::optional<IgnoreMarker> m = FindIgnoreMarker(
      "<!-- figdiff-ignore scale_differs rounding: 10^12 is meant here -->", &error);
  ASSERT_TRUE(m) << error;
  EXPECT_EQ(m->reason, "10^12 is meant here");
  EXPECT_TRUE(m->Covers(CheckType::kScaleDiffers));
  EXPECT_TRUE(m->Covers(CheckType::kRounding));
  EXPECT_FALSE(m->Covers(CheckType::kMissing));
}

TEST(SuppressionsTest, BareMarkerCoversEverything) {
  std::string error;
  std::optional<IgnoreMarker> m = FindIgnoreMarker("figdiff-ignore", &error);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->reason, "");
  EXPECT_TRUE(m->Covers(CheckType::kExtra));
  EXPECT_FALSE(FindIgnoreMarker("nothing here", &error));
  EXPECT_EQ(error, "");
}

TEST(SuppressionsTest, UnknownTypeIsAnError) {
  std::string error;
  EXPECT_FALSE(FindIgnoreMarker("<!-- figdiff-ignore scale: x -->", &error));
  EXPECT_NE(error.find("unknown finding type 'scale'"), std::string::npos) << error;
}

TEST(SuppressionsTest, InlineMarkersCoverTheirLineAndAStandaloneOneTheNext) {
  std::vector<std::string> errors;
  InlineMarkers markers(
      "one 5 <!-- figdiff-ignore extra: kept -->\n"
      "<!-- figdiff-ignore missing -->\n"
      "three 7\n"
      "four 9\n",
      &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_NE(markers.Find(1, 1, CheckType::kExtra), nullptr);
  EXPECT_EQ(markers.Find(1, 1, CheckType::kExtra)->reason, "kept");
  EXPECT_EQ(markers.Find(1, 1, CheckType::kMissing), nullptr);
  EXPECT_NE(markers.Find(3, 3, CheckType::kMissing), nullptr);
  EXPECT_EQ(markers.Find(4, 4, CheckType::kMissing), nullptr);
  EXPECT_NE(markers.Find(3, 4, CheckType::kMissing), nullptr);  // a missing figure's gap
}

CheckFinding Finding(CheckType type, const std::string& file, const std::string& value) {
  CheckFinding f;
  f.type = type;
  f.file = file;
  nlohmann::ordered_json fact;
  fact["value"] = value;
  f.expected = fact;
  return f;
}

TEST(SuppressionsTest, IgnoreFileMatchesPathTypeAndFigure) {
  IgnoreFile ignore;
  std::string error;
  ASSERT_TRUE(
      IgnoreFile::Parse("# accepted\n"
                        "docs/fr/*.md scale_differs 1500000000 legal reviewed the 10^12\n"
                        "\n"
                        "po/*.po#cart.total * * prices are shown in local currency\n"
                        "old.md missing 3 no longer relevant\n",
                        ".figdiff-ignore", &ignore, &error))
      << error;
  EXPECT_EQ(ignore.Match(Finding(CheckType::kScaleDiffers, "docs/fr/a.md", "1500000000")),
            "legal reviewed the 10^12");
  EXPECT_FALSE(ignore.Match(Finding(CheckType::kScaleDiffers, "docs/fr/a.md", "2")));
  EXPECT_FALSE(ignore.Match(Finding(CheckType::kValueDiffers, "docs/fr/a.md", "1500000000")));
  CheckFinding in_unit = Finding(CheckType::kCurrencyDiffers, "po/fr.po", "12");
  EXPECT_FALSE(ignore.Match(in_unit));
  in_unit.unit = "cart.total";
  EXPECT_EQ(ignore.Match(in_unit), "prices are shown in local currency");
  EXPECT_EQ(ignore.Unused(), std::vector<std::string>{".figdiff-ignore:5: matches no finding"});
}

TEST(SuppressionsTest, IgnoreFileNeedsAReasonAndKnownTypes) {
  IgnoreFile ignore;
  std::string error;
  EXPECT_FALSE(IgnoreFile::Parse("a.md missing 3\n", "ign", &ignore, &error));
  EXPECT_EQ(error, "ign:1: expected 'PATH[#UNIT] TYPE FIGURE REASON' (the reason is required)");
  EXPECT_FALSE(IgnoreFile::Parse("\na.md misssing 3 typo\n", "ign", &ignore, &error));
  EXPECT_EQ(error, "ign:2: unknown finding type 'misssing'");
}

}  // namespace
}  // namespace figdiff
