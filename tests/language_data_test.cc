#include "figdiff/language_data.h"

#include <gtest/gtest.h>

#include "figdiff/lexicon.h"

namespace figdiff {
namespace {

bool Parses(std::string_view text, std::string* error) {
  LanguageData data;
  return ParseLanguageData("xx", text, "xx.tsv", &data, error);
}

TEST(LanguageData, ParsesEntriesWithValuesAndFlags) {
  LanguageData data;
  std::string error;
  ASSERT_TRUE(ParseLanguageData("es",
                                "# c\nscale\tmillones\t1e6\nscale\tM\t1e6\tabbr\n\n"
                                "qualifier\thasta\tup_to\njoin\ty\n",
                                "es.tsv", &data, &error))
      << error;
  ASSERT_EQ(data.entries.size(), 4u);
  EXPECT_EQ(data.entries[1].category, Category::kScale);
  EXPECT_TRUE(data.entries[1].HasFlag("abbr"));
  EXPECT_EQ(data.entries[2].value, "up_to");
  EXPECT_EQ(data.entries[3].line, 6);
}

TEST(LanguageData, RejectsMistakesWithFileAndLine) {
  std::string error;
  EXPECT_FALSE(Parses("scale\tmillones\n", &error));
  EXPECT_EQ(error, "xx.tsv:1: missing fields");
  EXPECT_FALSE(Parses("colour\tred\n", &error));
  EXPECT_EQ(error, "xx.tsv:1: unknown category 'colour'");
  EXPECT_FALSE(Parses("scale\tM\t1e6\tshort\n", &error));
  EXPECT_EQ(error, "xx.tsv:1: unknown flag 'short' for scale");
  EXPECT_FALSE(Parses("qualifier\thasta\tmaybe\n", &error));
  EXPECT_FALSE(Parses("currency\tdólares\tdollar\n", &error));
  EXPECT_FALSE(Parses("scale\tmil\t1e3\nscale\tmil\t1e3\n", &error));
  EXPECT_EQ(error, "xx.tsv:2: duplicate entry 'mil'");
  EXPECT_FALSE(Parses("option\tspace_groups\tmaybe\n", &error));
}

// The data lint: every built-in language file loads and compiles into RE2 patterns.
TEST(LanguageData, EveryBuiltInLanguageBuilds) {
  ASSERT_EQ(SupportedLanguages(), (std::vector<std::string>{"en", "es", "fr", "ar"}));
  for (const std::string& code : SupportedLanguages()) {
    LanguageData data;
    std::string error;
    ASSERT_TRUE(LoadLanguageData(code, "", &data, &error)) << error;
    EXPECT_GT(data.entries.size(), 100u) << code;
    auto lex = BuildLexicon(data);
    EXPECT_TRUE(lex->candidates->ok()) << code;
  }
}

TEST(LanguageData, ReadsADataDirectory) {
  LanguageData data;
  std::string error;
  EXPECT_FALSE(LoadLanguageData("es", "/nonexistent", &data, &error));
  EXPECT_EQ(error, "/nonexistent/es.tsv: cannot read language data");
  EXPECT_TRUE(LoadLanguageData("es", std::string(FIGDIFF_SOURCE_DIR) + "/data/lang", &data, &error))
      << error;
}

}  // namespace
}  // namespace figdiff
