#include "figdiff/candidate_scan.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "figdiff/language_data.h"
#include "figdiff/lexicon.h"
#include "test_support.h"

namespace figdiff {
namespace {

// Where the scan and RE2's unanchored search disagree, from any code point of `text`; empty
// when they agree everywhere.
std::string Disagreement(const Lexicon& lex, std::string_view text) {
  for (size_t p = 0; p <= text.size(); ++p) {
    if (p < text.size() && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) continue;
    re2::StringPiece want, got;
    bool wanted = lex.candidates->Match(text, p, text.size(), RE2::UNANCHORED, &want, 1);
    bool found = lex.scanner->Next(text, p, &got);
    if (wanted != found || (wanted && (want.data() != got.data() || want.size() != got.size()))) {
      return "from byte " + std::to_string(p) + " of \"" + std::string(text) + "\": RE2 " +
             (wanted ? "\"" + std::string(want) + "\"" : "nothing") + ", the scan " +
             (found ? "\"" + std::string(got) + "\"" : "nothing");
    }
  }
  return "";
}

TEST(CandidateScan, FindsWhatRe2FindsInTheSamples) {
  const char* kSamples[] = {"data/samples/trainium/es.txt", "data/samples/trainium/fr.txt",
                            "data/samples/trainium/ar.txt"};
  for (const char* code : {"es", "fr", "en", "ar"}) {
    const Lexicon& lex = testing::LexiconFor(code);
    for (const char* sample : kSamples) {
      std::string text = testing::ReadSourceFile(sample);
      // Candidate by candidate, from the code point after each start.
      size_t pos = 0;
      re2::StringPiece want, got;
      int candidates = 0;
      while (lex.candidates->Match(text, pos, text.size(), RE2::UNANCHORED, &want, 1)) {
        ASSERT_TRUE(lex.scanner->Next(text, pos, &got)) << code << " " << sample << " @" << pos;
        ASSERT_EQ(want.data(), got.data()) << code << " " << sample << " @" << pos;
        ASSERT_EQ(want.size(), got.size()) << code << " " << sample << " @" << pos;
        pos = static_cast<size_t>(want.data() - text.data()) + 1;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
        ++candidates;
      }
      EXPECT_FALSE(lex.scanner->Next(text, pos, &got)) << code << " " << sample;
      EXPECT_GT(candidates, 10) << code << " " << sample;
    }
  }
}

// Texts made of the pieces where the scan could go wrong: number words in every case and
// with the characters RE2 folds to ASCII letters (ſ for s, K for k), words that merely begin
// like them, Arabic words after clitics and the article, digits and separators, letters of two
// and three bytes before a word, the pattern's word edges (ASCII punctuation, '_', no-break
// space, ×, «, —, the Arabic comma and percent sign), the start and end of the text.
TEST(CandidateScan, FindsWhatRe2FindsInMadeUpTexts) {
  const std::vector<std::string> kPieces = {
      "un",     "Un",    "UNA",  "uno",    "unidad",   "dos",       "DOS",         "doscientos",
      "ſeis",   "ſiete", "seis", "mil",    "Mil",      "millones",  "millón",      "cien",
      "ciento", "one",   "two",  "seven",  "thousand", "sixty-six", "a",           "A",
      "and",    "une",   "deux", "trois",  "mille",    "milliards", "vingt-et-un", "onze",
      "K",      "k",     "kilo", "ثلاثة",  "و",        "ب",         "الف",         "وثلاثة",
      "مليون",  "ست",    "وست",  "الاف",   "الاول",    "سنة",       "٪",           "،",
      "ـ",      "12",    "3,5",  "40.000", "7",        "0",         "x",           "Z",
      "é",      "É",     "ñ",    "ü",      "ж",        "中",        "_",           " ",
      " ",      " ",     "  ",   "\u00a0", "\n",       ",",         ".",           "-",
      "'",      "%",     "$",    "×",      "÷",        "«",         "»",           "—",
      "“",      "(",     "9a",   "٫",      "٬",        "1'5"};
  std::mt19937 random(20261123);
  for (const char* code : {"es", "fr", "en", "ar"}) {
    const Lexicon& lex = testing::LexiconFor(code);
    for (int n = 0; n < 3000; ++n) {
      std::string text;
      int pieces = 1 + static_cast<int>(random() % 8);
      for (int k = 0; k < pieces; ++k) text += kPieces[random() % kPieces.size()];
      ASSERT_EQ(Disagreement(lex, text), "") << code;
    }
  }
}

// Texts longer than a vector block, so that candidates fall at every offset of one.
TEST(CandidateScan, FindsWhatRe2FindsAcrossBlocks) {
  for (const char* code : {"es", "en"}) {
    const Lexicon& lex = testing::LexiconFor(code);
    for (size_t pad = 0; pad < 40; ++pad) {
      for (const char* word : {"dos", "two", "7", "ſeis", "«un»"}) {
        std::string text = std::string(pad, 'x') + " " + word + " y" + std::string(pad % 7, ' ');
        ASSERT_EQ(Disagreement(lex, text), "") << code;
        text = std::string(pad, ' ') + word;
        ASSERT_EQ(Disagreement(lex, text), "") << code;
      }
    }
  }
}

// A number word of one byte cannot be told by the three bytes of the narrow test: the data
// of a language may have one, and the scan then takes the wide test.
TEST(CandidateScan, FindsWhatRe2FindsWithAOneByteWord) {
  LanguageData data;
  std::string error;
  ASSERT_TRUE(ParseLanguageData("en", "number\tz\t1\n", "en.tsv", &data, &error)) << error;
  std::unique_ptr<Lexicon> lex = BuildLexicon(data);
  for (size_t pad = 0; pad < 40; ++pad) {
    for (const char* word : {"z", "Z", "z.", "zz", "zebra", "one z"}) {
      std::string text = std::string(pad, 'x') + " " + word + " y" + std::string(pad % 7, ' ');
      ASSERT_EQ(Disagreement(*lex, text), "");
    }
  }
}

}  // namespace
}  // namespace figdiff
