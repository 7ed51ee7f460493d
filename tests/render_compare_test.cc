// Printing comparisons: version labels, the table (plain, colored, with context), Markdown,
// CSV and JSON; and the TextTable extensions they use (styles, lines of their own).
#include "figdiff/render_compare.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "figdiff/text_table.h"
#include "test_support.h"

namespace figdiff {
namespace {

CompareReport Report(const std::vector<Document>& documents) {
  CompareReport report;
  for (const Document& doc : documents) {
    Sentences sentences(doc.text, doc.lang);
    report.versions.push_back({doc.lang, testing::Extract(doc.lang, doc.text), sentences.count()});
    report.sentences.push_back(std::move(sentences));
    report.documents.push_back(doc);
  }
  std::string error;
  EXPECT_TRUE(CompareVersions(report.versions, {}, &report.rows, &error)) << error;
  return report;
}

CompareReport Sample() {
  return Report({{"v/es.txt", "Hasta 11 millones de dólares. El 70% de 68 equipos.", "es"},
                 {"v/fr.txt", "11 millions de dollars. Puis 68 puces | 86 GPU.", "fr"}});
}

TEST(VersionLabels, AreFileNamesUnlessTwoAreTheSame) {
  std::vector<Document> docs = {{"data/x/es.txt", "", "es"},
                                {"fr.summary.txt", "", "fr"},
                                {"a/v.txt", "", "fr"},
                                {"b/v.txt", "", "fr"},
                                {"-", "", "en"},
                                {".hidden", "", "en"}};
  EXPECT_EQ(VersionLabels(docs),
            (std::vector<std::string>{"es", "fr.summary", "a/v.txt", "b/v.txt", "-", ".hidden"}));
}

TEST(RenderCompareTable, ShowsOneRowPerFigureAndWhatDiffers) {
  EXPECT_EQ(RenderCompareTable(Sample(), {}),
            "figure          es                        fr                      verdict\n"
            "USD 11,000,000  ≤ 11 millones de dólares  11 millions de dollars  ⚠ qualifier "
            "differs (fr)\n"
            "70 %            70%                       —                       ✗ extra (es)\n"
            "count 68        68 equipos                68 puces\n"
            "count 86        —                         86 GPU                  ✗ extra (fr)\n"
            "4 figures · 1 agree in every version · 3 differ or are missing\n");
}

TEST(RenderCompareTable, ColorsOnlyWhenAsked) {
  CompareRenderOptions options;
  EXPECT_EQ(RenderCompareTable(Sample(), options).find('\x1b'), std::string::npos);
  options.color = true;
  std::string colored = RenderCompareTable(Sample(), options);
  EXPECT_NE(colored.find("\x1b[33m11 millions de dollars\x1b[0m"), std::string::npos);
  EXPECT_NE(colored.find("\x1b[31m✗ extra (es)\x1b[0m"), std::string::npos);
}

TEST(RenderCompareTable, ShowsEachFiguresSentenceAsContext) {
  CompareRenderOptions options;
  options.context = true;
  options.cell_width = 12;
  std::string out = RenderCompareTable(Sample(), options);
  EXPECT_NE(out.find("≤ 11 millon…"), std::string::npos);  // cells are cut, sentences not
  EXPECT_NE(out.find("\n    es: Hasta 11 millones de dólares.\n    fr: 11 millions de dollars.\n"),
            std::string::npos);
}

TEST(RenderCompareMarkdown, EscapesCellsAndIsolatesArabic) {
  CompareReport report =
      Report({{"a/fr.txt", "68 puces | 86 GPU.", "fr"}, {"a/ar.txt", "68 وحدة", "ar"}});
  std::string out = RenderCompareMarkdown(report, {});
  EXPECT_NE(
      out.find("| --- | --- | --- | --- |\n| count 68 | 68 puces | \u206868 وحدة\u2069 |  |\n"),
      std::string::npos);
  CompareRenderOptions options;
  options.context = true;
  EXPECT_NE(RenderCompareMarkdown(report, options).find("| **68** puces \\| 86 GPU. |"),
            std::string::npos);
}

TEST(RenderCompareCsv, QuotesFieldsAndNamesFindings) {
  std::string out = RenderCompareCsv(Sample(), {});
  EXPECT_EQ(out.substr(0, out.find('\n')), "figure,kind,value,currency,verdict,findings,es,fr");
  EXPECT_NE(out.find("\n\"USD 11,000,000\",money,11000000,USD,qualifier_differs,"
                     "qualifier_differs:fr,≤ 11 millones de dólares,11 millions de dollars\n"),
            std::string::npos);
  EXPECT_NE(out.find("\ncount 86,count,86,,extra,extra:fr,,86 GPU\n"), std::string::npos);
}

TEST(RenderCompareJson, HasCellsParallelToDocuments) {
  auto json = nlohmann::json::parse(RenderCompareJson(Sample(), {}));
  ASSERT_EQ(json["documents"].size(), 2u);
  EXPECT_EQ(json["documents"][0], (nlohmann::json{{"path", "v/es.txt"}, {"lang", "es"}}));
  ASSERT_EQ(json["rows"].size(), 4u);
  const auto& extra = json["rows"][1];
  EXPECT_EQ(extra["kind"], "percent");
  EXPECT_EQ(extra["value"], "70");
  EXPECT_TRUE(extra["currency"].is_null());
  EXPECT_EQ(extra["verdict"], "extra");
  EXPECT_EQ(extra["findings"], nlohmann::json::parse(R"([{"finding":"extra","documents":[0]}])"));
  EXPECT_EQ(extra["cells"][0]["text"], "70%");
  EXPECT_TRUE(extra["cells"][1].is_null());
  EXPECT_EQ(json["rows"][2]["verdict"], "agree");
  EXPECT_EQ(json["summary"], nlohmann::json::parse(R"({"figures":4,"agree":1,"differ":3})"));
}

TEST(TextTable, StylesCellsAndKeepsLinesOutsideTheColumns) {
  TextTable table({"a", "b"});
  table.AddRow({"x", "مليون"}, {"31", "2"});
  table.AddLine("  a line of its own, longer than the columns");
  table.AddRow({"yy", "z"});
  EXPECT_EQ(table.Render(),
            "a   b\nx   \u2068مليون\u2069\n  a line of its own, longer than the columns\nyy  z\n");
  EXPECT_EQ(
      table.Render(true),
      "\x1b[1ma\x1b[0m   \x1b[1mb\x1b[0m\n\x1b[31mx\x1b[0m   \x1b[2m\u2068مليون\u2069\x1b[0m\n"
      "  a line of its own, longer than the columns\nyy  z\n");
}

}  // namespace
}  // namespace figdiff
