// The formats of check's findings: compiler-like text, JSON Lines, GitHub workflow commands,
// SARIF 2.1.0 and JUnit XML, on a constructed report.
#include "figdiff/render_check.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace figdiff {
namespace {

nlohmann::ordered_json FactAt(const std::string& doc, const std::string& text, int line, int col) {
  nlohmann::ordered_json fact;
  fact["doc"] = doc;
  fact["value"] = "1500000000";
  fact["text"] = text;
  fact["line"] = line;
  fact["col"] = col;
  return fact;
}

CheckReport Report() {
  CheckReport report;
  report.files = {"fr/a.md", "fr/b.md"};
  CheckFinding scale;
  scale.type = CheckType::kScaleDiffers;
  scale.severity = Severity::kError;
  scale.file = "fr/a.md";
  scale.ref = "en/a.md";
  scale.at = {3, 14};
  scale.expected = FactAt("en/a.md", "$1.5 billion", 3, 10);
  scale.found = FactAt("fr/a.md", "1,5 billion, 50%", 3, 14);
  scale.message = "scale changed: 50%, here";
  CheckFinding dropped;
  dropped.type = CheckType::kQualifierDropped;
  dropped.severity = Severity::kWarning;
  dropped.file = "fr/a.md";
  dropped.ref = "en/a.md";
  dropped.at = {5, 1};
  dropped.message = "qualifier dropped";
  dropped.suppressed = "agreed with the client";
  report.findings = {scale, dropped, FileMissingFinding("en/c.md", "fr/c.md", true)};
  return report;
}

TEST(RenderCheckTest, TextIsCompilerLike) {
  EXPECT_EQ(RenderCheckText(Report(), {}),
            "fr/a.md:3:14: error: scale changed: 50%, here [scale_differs]\n"
            "en/a.md:3:10: note: the reference's figure\n"
            "fr/c.md: error: file missing: the reference en/c.md has no translation fr/c.md "
            "[file_missing]\n"
            "figdiff: 2 errors in 2 files checked (1 accepted)\n");
  CheckRenderOptions all;
  all.show_suppressed = true;
  EXPECT_NE(RenderCheckText(Report(), all)
                .find("fr/a.md:5:1: warning: qualifier dropped [qualifier_dropped, accepted: "
                      "agreed with the client]\n"),
            std::string::npos);
}

TEST(RenderCheckTest, JsonLinesHaveTheContractFields) {
  std::string out = RenderCheckJson(Report(), {});
  size_t newline = out.find('\n');
  nlohmann::ordered_json first = nlohmann::ordered_json::parse(out.substr(0, newline));
  std::vector<std::string> keys;
  for (auto& [key, value] : first.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"file", "ref", "unit", "line", "col", "severity",
                                            "type", "message", "expected", "found"}));
  EXPECT_EQ(first["expected"]["text"], "$1.5 billion");
  nlohmann::ordered_json second = nlohmann::ordered_json::parse(out.substr(newline + 1));
  EXPECT_EQ(second["type"], "file_missing");
  EXPECT_TRUE(second["expected"].is_null());
  EXPECT_EQ(second["line"], 0);
}

TEST(RenderCheckTest, GithubEscapesPropertiesAndMessages) {
  std::string out = RenderCheckGithub(Report(), {});
  EXPECT_NE(out.find("::error file=fr/a.md,line=3,col=14,title=figdiff scale_differs::scale "
                     "changed: 50%25, here (reference: en/a.md:3:10)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("::error file=fr/c.md,title=figdiff file_missing::"), std::string::npos);
  EXPECT_EQ(out.find("qualifier dropped"), std::string::npos);  // accepted: not shown
}

TEST(RenderCheckTest, SarifResultsRulesAndSuppressions) {
  nlohmann::json sarif = nlohmann::json::parse(RenderCheckSarif(Report(), {}));
  EXPECT_EQ(sarif["version"], "2.1.0");
  const nlohmann::json& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "figdiff");
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const nlohmann::json& results = run["results"];
  ASSERT_EQ(results.size(), 3u);  // accepted findings stay, marked as suppressed
  EXPECT_EQ(results[0]["ruleId"], "scale_differs");
  int rule = results[0]["ruleIndex"];
  EXPECT_EQ(run["tool"]["driver"]["rules"][rule]["id"], "scale_differs");
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 3);
  EXPECT_EQ(results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "en/a.md");
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[1]["suppressions"][0]["justification"], "agreed with the client");
  EXPECT_FALSE(results[2]["locations"][0]["physicalLocation"].contains("region"));
}

TEST(RenderCheckTest, JunitHasOneCasePerFile) {
  std::string out = RenderCheckJunit(Report(), {});
  EXPECT_NE(out.find("<testsuite name=\"figdiff check\" tests=\"3\" failures=\"2\" errors=\"0\">"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<testcase classname=\"figdiff.check\" name=\"fr/b.md\" />"),
            std::string::npos);
  EXPECT_NE(out.find("<failure type=\"figdiff\" message=\"1 finding\">"), std::string::npos);
}

}  // namespace
}  // namespace figdiff
