#include "figdiff/segment.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "figdiff/normalize.h"
#include "test_support.h"

namespace figdiff {
namespace {

// Every word edge of `text` must be what ICU's word break iterator says (or the elision edge).
void ExpectIcuWordEdges(const std::string& text, const char* locale) {
  SegmenterPrototype prototype(locale);
  Segmenter seg(prototype, text);
  std::unique_ptr<icu::BreakIterator> icu(prototype.words().clone());
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  icu->setText(ut, status);
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    if (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;
    bool expected = pos == 0 || pos >= text.size() || text[pos - 1] == '\'' ||
                    icu->isBoundary(static_cast<int32_t>(pos));
    ASSERT_EQ(seg.IsWordEdge(pos), expected) << locale << " at " << pos << ": " << text;
  }
  icu.reset();
  utext_close(ut);
}

TEST(Segmenter, FindsWordEdgesInEveryScript) {
  SegmenterPrototype prototype("ar");
  std::string text = "110 مليون دولار";
  Segmenter seg(prototype, text);
  EXPECT_TRUE(seg.IsWordEdge(3));
  EXPECT_TRUE(seg.IsWordEdge(text.find("دولار")));
  EXPECT_FALSE(seg.IsWordEdge(text.find("دولار") + 2));  // inside the word
}

// The candidate pattern relies on it (PhraseSet::Alternation with `words`): an ASCII letter
// followed by an ASCII letter, digit or '_' is never a word edge.
TEST(Segmenter, FindsNoEdgeAfterAnAsciiLetterBeforeAWordCharacter) {
  std::string word_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  for (const char* locale : {"en", "es", "fr", "ar"}) {
    SegmenterPrototype prototype(locale);
    for (char letter : word_chars.substr(0, 52)) {
      for (char next : word_chars) {
        std::string text = std::string("dos ") + letter + next + " tres";
        Segmenter seg(prototype, text);
        EXPECT_FALSE(seg.IsWordEdge(5)) << locale << ": " << text;
      }
    }
  }
}

TEST(Segmenter, TreatsElisionAsAnEdge) {
  SegmenterPrototype prototype("fr");
  std::string text = "d'euros";
  Segmenter seg(prototype, text);
  EXPECT_TRUE(seg.IsWordEdge(2));
}

TEST(Segmenter, FindsTheWordEdgesOfIcuOnTheSamples) {
  const std::pair<const char*, const char*> samples[] = {
      {"data/samples/trainium/es.txt", "es"}, {"data/samples/trainium/ar.txt", "ar"},
      {"data/samples/trainium/fr.txt", "fr"}, {"data/samples/trainium/fr.related.txt", "fr"},
      {"bench/corpus/en.txt", "en"},
  };
  for (const auto& [path, locale] : samples) {
    std::string text = testing::ReadSourceFile(path);
    ExpectIcuWordEdges(text, locale);
    ExpectIcuWordEdges(Normalize(text).text, locale);
  }
}

TEST(Segmenter, FindsTheWordEdgesOfIcuInTrickyText) {
  const char* texts[] = {
      "l'État, e.g. U.S. 1,000.5 3.5% $5m 10:30 a:b 1:2 x_y 5_6 it's 5's \"q\" \"5\"",
      "ب110 و5 مليون، 3٫5 ٪ ١٢٣٬٤٥٦ ثلاثة\u064E آلاف",
      "Z\u0301 5.\u0301x a.\u200Db 1.\u00ADa \u00A9x \u05D0'\u05D1 \u05D0\"\u05D1 \u30A2\u30A2",
      "a\r\nb\n\nc\r\rd\u0085e\u2028f \t g  h\u00A0i",
      "@user #tag 50-60 +33 (5) [6] {7} ~8 a&b 1/2 a|b a^b a*b a=b a<b a>b a?b a!b a;b 1;2",
  };
  for (const char* text : texts) {
    for (const char* locale : {"en", "es", "fr", "ar"}) ExpectIcuWordEdges(text, locale);
  }
}

TEST(Segmenter, FindsTheWordEdgesOfIcuInRandomText) {
  // Characters of every Word_Break class the rules decide, and of some they leave to ICU.
  const std::vector<std::string> alphabet = {
      "a",      "Z",      "\u00E9", "\u0628", "\u05D0", "1",      "\u0663", ".",  ",",
      ";",      ":",      "'",      "\u2019", "\"",     "_",      "-",      "@",  "#",
      "$",      "%",      "/",      " ",      "\u00A0", "\t",     "\n",     "\r", "\u0301",
      "\u064E", "\u00AD", "\u200D", "\u066B", "\u066C", "\u060C", "\u00A9"};
  std::mt19937 random(20261122);
  std::uniform_int_distribution<size_t> length(1, 10), pick(0, alphabet.size() - 1);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) text += alphabet[pick(random)];
    ExpectIcuWordEdges(text, "en");
    if (::testing::Test::HasFatalFailure()) return;
  }
}

TEST(Segmenter, NumbersSentencesInOrder) {
  SegmenterPrototype prototype("es");
  std::string text = "Primera frase. Segunda frase con 5.\n\nTercera.";
  Segmenter seg(prototype, text);
  EXPECT_EQ(seg.SentenceIndexAt(0), 0);
  EXPECT_EQ(seg.SentenceIndexAt(text.find("Segunda")), 1);
  EXPECT_EQ(seg.SentenceIndexAt(text.find("5")), 1);
  EXPECT_EQ(seg.SentenceIndexAt(text.find("Tercera")), 2);
}

}  // namespace
}  // namespace figdiff
