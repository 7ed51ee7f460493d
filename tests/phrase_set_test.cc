#include "figdiff/phrase_set.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>

namespace figdiff {
namespace {

class PhraseSetTest : public ::testing::Test {
 protected:
  SegmenterPrototype prototype_{"es"};
  PhraseSet set_{{{"millones", "1000000", {}},
                  {"mil millones", "1000000000", {}},
                  {"mil", "1000", {}},
                  {"USD", "USD", {}, true},
                  {"más de", "more_than", {}},
                  {"مليار", "1000000000", {}}}};
};

TEST_F(PhraseSetTest, MatchesTheLongestPhraseAfterAPosition) {
  std::string text = "340 mil millones de";
  Segmenter seg(prototype_, text);
  auto m = set_.After(text, 3, seg);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->phrase->value, "1000000000");
  EXPECT_EQ(text.substr(m->start, m->end - m->start), "mil millones");
}

TEST_F(PhraseSetTest, ALineBreakThatWrapsAParagraphIsASpace) {
  std::string wrapped = "340\nmil millones y más\r\nde 5";
  Segmenter seg(prototype_, wrapped);
  auto scale = set_.After(wrapped, 3, seg);
  ASSERT_TRUE(scale);
  EXPECT_EQ(scale->phrase->value, "1000000000");
  auto qualifier = set_.Before(wrapped, wrapped.size() - 2, seg);
  ASSERT_TRUE(qualifier);
  EXPECT_EQ(qualifier->phrase->value, "more_than");
  // A blank line ends the paragraph: nothing reads across it.
  std::string paragraphs = "340\n\nmil millones y más de\n \n5";
  Segmenter seg2(prototype_, paragraphs);
  EXPECT_FALSE(set_.After(paragraphs, 3, seg2));
  EXPECT_FALSE(set_.Before(paragraphs, paragraphs.size() - 1, seg2));
}

TEST_F(PhraseSetTest, TakesTheFirstOfPhrasesSpelledAlike) {
  // The data lists the preferred reading first: "Mil" and " mil " read alike.
  PhraseSet set({{"Mil", "1000", {}}, {" mil ", "other", {}}, {"mil  millones", "1e9", {}}});
  std::string text = "5 mil y 6 MIL MILLONES";
  Segmenter seg(prototype_, text);
  auto thousand = set.After(text, 1, seg);
  ASSERT_TRUE(thousand);
  EXPECT_EQ(thousand->phrase->value, "1000");
  auto before = set.Before(text, 5, seg);
  ASSERT_TRUE(before);
  EXPECT_EQ(before->phrase->value, "1000");
  auto billion = set.After(text, 9, seg);
  ASSERT_TRUE(billion);
  EXPECT_EQ(billion->phrase->value, "1e9");
}

TEST_F(PhraseSetTest, SkipsTheSpacesAroundAPosition) {
  // Before skips every space; After as many as it is told, each run of one kind a space.
  for (std::string text : {"más de  5", "más de\n5", "más de \u00A05", "más de\u00A05"}) {
    Segmenter seg(prototype_, text);
    auto q = set_.Before(text, text.size() - 1, seg);
    ASSERT_TRUE(q) << text;
    EXPECT_EQ(q->phrase->value, "more_than");
  }
  std::string text = "5  millones 6\nmil 7\u00A0mil";
  Segmenter seg(prototype_, text);
  EXPECT_FALSE(set_.After(text, 1, seg));
  EXPECT_TRUE(set_.After(text, 1, seg, 2));
  EXPECT_FALSE(set_.After(text, 1, seg, 0));
  EXPECT_TRUE(set_.After(text, text.find("\nmil"), seg));
  EXPECT_TRUE(set_.After(text, text.find("\u00A0mil"), seg));
}

TEST_F(PhraseSetTest, NeedsAWordEdgeAfterAWord) {
  std::string text = "5 milagros";
  Segmenter seg(prototype_, text);
  EXPECT_FALSE(set_.After(text, 1, seg));
}

TEST_F(PhraseSetTest, MatchesCaseInsensitivelyButCodesExactly) {
  std::string text = "5 MILLONES usd 5 USD";
  Segmenter seg(prototype_, text);
  EXPECT_TRUE(set_.After(text, 1, seg));
  EXPECT_FALSE(set_.After(text, 10, seg));
  EXPECT_TRUE(set_.After(text, 16, seg));
}

// Number words for the candidate pattern: one that ends in an ASCII letter is not reported
// inside a longer word ("un" in "unidad"); the others are left to the word-edge check.
TEST(PhraseSetAlternation, EndsWordsAtAnAsciiWordBoundary) {
  PhraseSet words({{"un", "1", {}}, {"dos", "2", {}}, {"millón", "1000000", {}}});
  RE2 as_words("(" + words.Alternation(/*words=*/true) + ")");
  RE2 as_phrases("(" + words.Alternation() + ")");
  ASSERT_TRUE(as_words.ok() && as_phrases.ok());
  std::string found;
  for (const char* inside : {"unidad", "dos5", "dos_", "los dosis"}) {
    EXPECT_FALSE(RE2::PartialMatch(inside, as_words, &found)) << inside << ": " << found;
    EXPECT_TRUE(RE2::PartialMatch(inside, as_phrases)) << inside;
  }
  ASSERT_TRUE(RE2::PartialMatch("los dos.", as_words, &found));
  EXPECT_EQ(found, "dos");
  ASSERT_TRUE(RE2::PartialMatch("un millónésimo", as_words, &found));
  EXPECT_EQ(found, "un");
  ASSERT_TRUE(RE2::PartialMatch("millónésimo", as_words, &found));
  EXPECT_EQ(found, "millón");
}

TEST_F(PhraseSetTest, MatchesBeforeAPositionAtAWordEdge) {
  std::string text = "gastó Más de 300";
  Segmenter seg(prototype_, text);
  auto m = set_.Before(text, text.find("300"), seg);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->phrase->value, "more_than");
  std::string glued = "además de 300";
  Segmenter seg2(prototype_, glued);
  EXPECT_FALSE(set_.Before(glued, glued.find("300"), seg2));
}

// The first (last) ASCII byte of a lookup is checked against the phrases' before any trie is
// walked: folded for most phrases, exact for codes.
TEST_F(PhraseSetTest, ChecksTheFirstAndLastByteAsTheTrieWould) {
  std::string text = "MÁS DE 300, USD 5, usd 6, ~ 7";
  Segmenter seg(prototype_, text);
  auto more = set_.Before(text, text.find("300"), seg);
  ASSERT_TRUE(more);
  EXPECT_EQ(more->phrase->value, "more_than");
  EXPECT_TRUE(set_.Before(text, text.find('5'), seg));
  EXPECT_FALSE(set_.Before(text, text.find('6'), seg));
  EXPECT_FALSE(set_.Before(text, text.find('7'), seg));
  EXPECT_FALSE(set_.After(text, text.find('~'), seg));
  EXPECT_FALSE(set_.After(text, text.size(), seg));
  EXPECT_FALSE(set_.Before(text, 0, seg));
}

// The first (last) two bytes are checked too: a phrase of one symbol passes on its byte alone,
// a line break or a no-break space may be the space of a phrase, and a longer character is
// left to the walk.
TEST_F(PhraseSetTest, ChecksTheFirstAndLastTwoBytesAsTheTrieWould) {
  PhraseSet set({{"$", "$", {}},
                 {"a maximum of", "up_to", {}},
                 {"más de", "more_than", {}},
                 {"USD", "USD", {}, true}});
  auto after = [&](std::string text, size_t pos) {
    Segmenter seg(prototype_, text);
    auto m = set.After(text, pos, seg);
    return m ? m->phrase->value : "";
  };
  EXPECT_EQ(after("$5", 0), "$");
  EXPECT_EQ(after("x A\nmaximum of 5", 1), "up_to");
  EXPECT_EQ(after("x a\u00A0maximum of 5", 1), "up_to");
  EXPECT_EQ(after("x MÁS DE 5", 1), "more_than");
  EXPECT_EQ(after("x USD 5", 1), "USD");
  EXPECT_EQ(after("x ma 5", 1), "");
  EXPECT_EQ(after("x a", 1), "");
  auto before = [&](std::string text) {
    Segmenter seg(prototype_, text);
    auto m = set.Before(text, text.size(), seg);
    return m ? m->phrase->value : "";
  };
  EXPECT_EQ(before("$"), "$");
  EXPECT_EQ(before("A MAXIMUM\nOF "), "up_to");
  EXPECT_EQ(before("más\u00A0de"), "more_than");
  EXPECT_EQ(before("x USD"), "USD");
  EXPECT_EQ(before("x usd"), "");
  EXPECT_EQ(before("x sd"), "");
}

TEST_F(PhraseSetTest, WorksAroundArabicWords) {
  std::string text = "1.5 مليار دولار";
  Segmenter seg(prototype_, text);
  auto m = set_.After(text, 3, seg);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->phrase->value, "1000000000");
  EXPECT_TRUE(set_.Contains(" mil millones "));
  EXPECT_FALSE(set_.Contains("millón"));
}

}  // namespace
}  // namespace figdiff
