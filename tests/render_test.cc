#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "figdiff/display_width.h"
#include "figdiff/render_facts.h"
#include "test_support.h"

namespace figdiff {
namespace {

Document Doc(const std::string& text) { return {"doc.txt", text, "es"}; }

TEST(RenderJsonl, WritesTheDocumentedFieldsInOrder) {
  Document doc = Doc("Hasta 11 millones de dólares.");
  std::string out = RenderJsonl(doc, testing::Extract("es", doc.text));
  EXPECT_EQ(out,
            "{\"doc\":\"doc.txt\",\"lang\":\"es\",\"kind\":\"money\",\"value\":\"11000000\","
            "\"currency\":\"USD\",\"unit\":null,\"qualifier\":\"up_to\",\"text\":\"11 millones de "
            "dólares\",\"start\":6,\"end\":29,\"line\":1,\"col\":7,\"sentence\":0}\n");
}

// RenderJsonl writes its lines without nlohmann: byte for byte what FactToJson's dump gives,
// escapes, invalid UTF-8, warnings and the record id included.
TEST(RenderJsonl, WritesTheBytesOfFactToJson) {
  Document doc = Doc("Costó 5 \"millones\" de € \\ en\ttotal\x01\x1f\x7f, y 7 % más.\n8 casas");
  std::vector<Fact> facts = testing::Extract("es", doc.text);
  ASSERT_FALSE(facts.empty());
  Fact odd = facts[0];
  odd.unit = "a\"b\\c\b\f\n\r\td\x02\u00e9\u0627\U0001F600";
  odd.currency = "";
  odd.warnings = {"U+200E LEFT-TO-RIGHT MARK inside the figure", "\x7f\"w\""};
  facts.push_back(odd);
  for (const std::string& name :
       {std::string("doc.txt"), std::string("a\"b\\c\td.txt"), std::string("bad\xff\xfe.txt"),
        std::string("sur\xed\xa0\x80.txt"), std::string("over\xc0\xaf.txt")}) {
    for (bool with_id : {false, true}) {
      doc.name = name;
      doc.id = with_id ? std::optional<std::string>("r\"1\n") : std::nullopt;
      std::string expected;
      for (const Fact& f : facts) {
        expected +=
            FactToJson(doc, f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
            "\n";
      }
      EXPECT_EQ(RenderJsonl(doc, facts), expected) << name;
    }
  }
}

TEST(RenderTsv, EscapesTabsAndNewlines) {
  Document doc = Doc("68 GPU");
  doc.name = "a\tb.txt";
  std::string out = RenderTsv(doc, testing::Extract("es", doc.text));
  EXPECT_EQ(out, "a\\tb.txt\tes\tcount\t68\t\tGPU\t\t68\t0\t2\t1\t1\t0\t\n");
  EXPECT_EQ(TsvHeader(),
            "doc\tlang\tkind\tvalue\tcurrency\tunit\tqualifier\ttext\tstart\tend\tline\tcol\t"
            "sentence\twarnings\n");
}

TEST(DisplayWidth, CountsColumnsNotBytes) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("dólares"), 7u);
  EXPECT_EQ(DisplayWidth("do\u0301lares"), 7u);
  EXPECT_EQ(DisplayWidth("四十"), 4u);
  EXPECT_EQ(DisplayWidth("مليون"), 5u);
  EXPECT_EQ(TruncateToWidth("110 millones de dólares", 10), "110 millo…");
  EXPECT_EQ(TruncateToWidth("四十四", 5), "四十…");
  EXPECT_TRUE(HasRightToLeft("110 مليون"));
  EXPECT_FALSE(HasRightToLeft("110 millions"));
}

TEST(TextTable, AlignsColumnsAndIsolatesRightToLeftCells) {
  TextTable table({"a", "b"});
  table.AddRow({"مليون", "x"});
  table.AddRow({"dólares", "y"});
  EXPECT_EQ(table.Render(), "a        b\n\u2068مليون\u2069    x\ndólares  y\n");
}

}  // namespace
}  // namespace figdiff
