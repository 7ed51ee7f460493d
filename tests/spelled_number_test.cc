#include "figdiff/spelled_number.h"

#include <gtest/gtest.h>

#include "figdiff/normalize.h"
#include "test_support.h"

namespace figdiff {
namespace {

// The value of the spelled number at the start of `text`, or "-".
std::string Read(const std::string& lang, const std::string& original) {
  const Lexicon& lex = testing::LexiconFor(lang);
  std::string text = Normalize(original).text;
  Segmenter seg(*lex.segmenter, text);
  auto n = lex.spelled->Read(text, 0, seg);
  return n ? n->value.ToString() + "@" + std::to_string(n->end) : "-";
}

TEST(SpelledNumbers, ReadsEnglish) {
  EXPECT_EQ(Read("en", "seven chips"), "7@5");
  EXPECT_EQ(Read("en", "twenty-one days"), "21@10");
  EXPECT_EQ(Read("en", "one hundred and five"), "105@20");
  EXPECT_EQ(Read("en", "three hundred people"), "300@13");
}

TEST(SpelledNumbers, ReadsSpanish) {
  EXPECT_EQ(Read("es", "siete institutos"), "7@5");
  EXPECT_EQ(Read("es", "veintitrés"), "23@11");
  EXPECT_EQ(Read("es", "treinta y cinco años"), "35@15");
  EXPECT_EQ(Read("es", "ciento veinte"), "120@13");
  EXPECT_EQ(Read("es", "dos mil quinientos"), "2500@18");
}

TEST(SpelledNumbers, ReadsFrench) {
  EXPECT_EQ(Read("fr", "vingt-trois"), "23@11");
  EXPECT_EQ(Read("fr", "quatre-vingt-dix-neuf"), "99@21");
  EXPECT_EQ(Read("fr", "soixante et onze"), "71@16");
  EXPECT_EQ(Read("fr", "deux cent trente-trois"), "233@22");
  EXPECT_EQ(Read("fr", "trois mille"), "3000@11");
}

TEST(SpelledNumbers, ReadsArabic) {
  const std::string seven = "سبعة معاهد";
  EXPECT_EQ(Read("ar", seven), "7@8");
  EXPECT_EQ(Read("ar", "ثلاثة وعشرون"), "23@23");
  EXPECT_EQ(Read("ar", "ثلاث"), "3@8");
}

TEST(SpelledNumbers, StopsAtWordsThatDoNotFormANumber) {
  EXPECT_EQ(Read("en", "seven eight"), "7@5");
  EXPECT_EQ(Read("fr", "septembre"), "-");
  EXPECT_EQ(Read("es", "unas"), "-");
}

// A join word joins a smaller part: after tens, one below 20; after hundreds, one below 100;
// after a multiplier, one below it, and only a greater multiplier after that. Elsewhere the
// word is a range's, and the number ends before it.
TEST(SpelledNumbers, EndsBeforeTheJoinWordOfARange) {
  EXPECT_EQ(Read("en", "one and two million"), "1@3");
  EXPECT_EQ(Read("en", "one hundred and two hundred"), "100@11");
  EXPECT_EQ(Read("en", "one hundred and five thousand"), "105000@29");
  EXPECT_EQ(Read("en", "one hundred and five thousand and two hundred"), "105200@45");
  EXPECT_EQ(Read("es", "veinte y treinta"), "20@6");
  EXPECT_EQ(Read("es", "treinta y un mil"), "31000@16");
  EXPECT_EQ(Read("fr", "vingt et trente"), "20@5");
  EXPECT_EQ(Read("fr", "mille et une"), "1001@12");
  EXPECT_EQ(Read("ar", "ثلاثة وخمسة"), "3@10");
  EXPECT_EQ(Read("ar", "خمسمائة وعشرون"), "520@27");
  EXPECT_EQ(Read("ar", "مليون ومليوني"), "1000000@10");
  EXPECT_EQ(Read("ar", "مليون وألفين"), "1002000@23");
}

TEST(SpelledNumbers, FlagsArticles) {
  const Lexicon& lex = testing::LexiconFor("fr");
  std::string text = "un rapport";
  Segmenter seg(*lex.segmenter, text);
  auto n = lex.spelled->Read(text, 0, seg);
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->article);
}

}  // namespace
}  // namespace figdiff
