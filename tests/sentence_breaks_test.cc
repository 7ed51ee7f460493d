// The scan for sentence boundaries must find exactly the boundaries of ICU's sentence break
// iterator run over the whole text: on the samples, the case tables, tricky text and random
// strings of characters of every Sentence_Break class.
#include "figdiff/sentence_breaks.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "figdiff/normalize.h"
#include "test_support.h"

namespace figdiff {
namespace {

class SentenceBreaksTest : public ::testing::Test {
 protected:
  static std::unique_ptr<icu::BreakIterator> Prototype(const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale(locale), status));
    EXPECT_TRUE(U_SUCCESS(status));
    return it;
  }

  // What ICU's iterator finds going through the whole text.
  static std::vector<size_t> Icu(std::string_view text, const icu::BreakIterator& prototype) {
    std::unique_ptr<icu::BreakIterator> it(prototype.clone());
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(ut, status);
    std::vector<size_t> boundaries;
    for (int32_t b = it->following(0); b != icu::BreakIterator::DONE; b = it->next()) {
      boundaries.push_back(static_cast<size_t>(b));
    }
    it.reset();
    utext_close(ut);
    return boundaries;
  }

  static std::vector<size_t> Scan(std::string_view text, const icu::BreakIterator& prototype) {
    SentenceBreaks breaks(text, prototype);
    std::vector<size_t> boundaries;
    for (size_t b = breaks.Next(); b != std::string_view::npos; b = breaks.Next()) {
      boundaries.push_back(b);
    }
    return boundaries;
  }

  // Compares on the text as written and as the pipeline sees it, normalized.
  static void ExpectSameAsIcu(const std::string& text, const char* locale) {
    auto prototype = Prototype(locale);
    EXPECT_EQ(Scan(text, *prototype), Icu(text, *prototype)) << locale << ": " << text;
    std::string normalized = Normalize(text).text;
    EXPECT_EQ(Scan(normalized, *prototype), Icu(normalized, *prototype))
        << locale << " (normalized): " << normalized;
  }
};

TEST_F(SentenceBreaksTest, FindsSentencesAndParagraphs) {
  auto prototype = Prototype("es");
  EXPECT_EQ(Scan("Uno. Dos.\n\nTres", *prototype), (std::vector<size_t>{5, 10, 11, 15}));
  EXPECT_EQ(Scan("", *prototype), std::vector<size_t>{});
  EXPECT_EQ(Scan("Sin punto", *prototype), std::vector<size_t>{9});
}

TEST_F(SentenceBreaksTest, AgreesWithIcuOnTheSamples) {
  const std::pair<const char*, const char*> samples[] = {
      {"data/samples/trainium/es.txt", "es"},
      {"data/samples/trainium/ar.txt", "ar"},
      {"data/samples/trainium/fr.txt", "fr"},
      {"data/samples/trainium/fr.related.txt", "fr"},
      {"data/samples/trainium/fr.summary.txt", "fr"},
      {"bench/corpus/en.txt", "en"},
  };
  for (const auto& [path, locale] : samples) {
    ExpectSameAsIcu(testing::ReadSourceFile(path), locale);
  }
}

TEST_F(SentenceBreaksTest, AgreesWithIcuOnTheCaseTables) {
  for (const char* lang : {"en", "es", "fr", "ar"}) {
    std::string all;
    for (const std::string& table : {std::string("tests/lang/") + lang + ".tsv",
                                     std::string("tests/lang/news/") + lang + ".tsv"}) {
      for (const testing::Case& c : testing::ReadCases(table)) {
        ExpectSameAsIcu(c.input, lang);
        all += c.input + (c.line % 3 == 0 ? "\n\n" : " ");
      }
    }
    ExpectSameAsIcu(all, lang);
  }
}

TEST_F(SentenceBreaksTest, AgreesWithIcuOnTrickyText) {
  const char* texts[] = {
      "Mr. Smith paid $5 million. Then he left.",
      "El Sr. García pagó 3.5 millones. etc. y más. U.S. Army. e.g. this one.",
      "He said \"Stop.\" Then he went. (Really.) Yes!? No?! Wait... what.",
      "«Fin.» Puis il est parti. “Yes.” he said. ‘No.’ She left.",
      "Elle a dit : « 5 % ». Il a répondu ; oui. Page p. 5 et suiv.",
      "كم الثمن؟ قال 5 ملايين دولار. وقال: نعم، ذلك صحيح؛ ثم غادر۔ انتهى.",
      "Línea uno\nLínea dos\r\nLínea tres\r\rCuatro\u2029Cinco\u0085Seis\u2028Siete",
      "\n\n  \n. . .\n\nFin",
      ".Empieza con punto. 3.14 es pi. v2.0 salió. A.B.C. son letras.",
      "Costó 5 $. ¿Cuánto? ¡Mucho! 1. Primero 2. Segundo",
      "Fin.\u0301 Otra frase. Fin.\u200B Otra. Fin\u0301. Otra. Fin.)\u0301 Otra.",
      "a.\u00ADb. Ab.\u00A0Cd. Ab.\u2003cd. Ab.\t\tCd.",
      "The end.\"\n\nNew paragraph.)  (Another one.)\n",
      "Trailing spaces.   ",
      "Ends with terminator.",
      "...",
      "\r\n",
  };
  for (const char* text : texts) {
    for (const char* locale : {"en", "es", "fr", "ar"}) ExpectSameAsIcu(text, locale);
  }
}

TEST_F(SentenceBreaksTest, AgreesWithIcuOnRandomText) {
  // Characters of every Sentence_Break class: ATerm, STerm, Close, Sp, Sep, CR, LF, Lower,
  // Upper, OLetter, Numeric, SContinue, Extend, Format, Other.
  const std::vector<std::string> alphabet = {
      ".",      "\u2024", "!",      "?",      "\u061F", "\u06D4", "\u3002", "\"",     "'",
      ")",      "(",      "\u00BB", "\u00AB", "\u201D", " ",      "\t",     "\u00A0", "\u2003",
      "\u2029", "\u0085", "\r",     "\n",     "a",      "z",      "\u00E9", "A",      "Z",
      "\u00C9", "\u0628", "\u0627", "\u5B57", "1",      "\u0663", ",",      ";",      ":",
      "-",      "\u060C", "\u0301", "\u064E", "\u00AD", "\u200D", "$",      "%"};
  auto prototype = Prototype("en");
  std::mt19937 random(20261122);
  std::uniform_int_distribution<size_t> length(1, 16), pick(0, alphabet.size() - 1);
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) text += alphabet[pick(random)];
    ASSERT_EQ(Scan(text, *prototype), Icu(text, *prototype)) << "text: " << text;
  }
}

// The scan passes 16-byte blocks over unless they hold the bytes of a stop below U+0800, a
// list written out for SSE2: each such stop of ICU's data, in the middle of a block of Latin
// and of Arabic text, must end the sentence where ICU ends it.
TEST_F(SentenceBreaksTest, StopsAtEveryTwoByteStopInsideABlock) {
  auto prototype = Prototype("ar");
  int stops = 0;
  for (UChar32 c = 0x80; c < 0x800; ++c) {
    int k = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    if (k != U_SB_ATERM && k != U_SB_STERM && k != U_SB_SEP && k != U_SB_CR && k != U_SB_LF) {
      continue;
    }
    ++stops;
    std::string stop;
    icu::UnicodeString(c).toUTF8String(stop);
    for (std::string_view letter : {"a", "\u0628"}) {
      std::string text;
      for (int i = 0; i < 12; ++i) text += letter;
      text += stop + " Next";
      for (int i = 0; i < 12; ++i) text += letter;
      ASSERT_EQ(Scan(text, *prototype), Icu(text, *prototype)) << "U+" << std::hex << c;
    }
  }
  EXPECT_GE(stops, 10);  // U+0085, U+0589, U+061D-061F, U+06D4, U+0700-0702, U+07F9
}

TEST_F(SentenceBreaksTest, AgreesWithIcuOnLongRandomText) {
  // Long runs of letters and spaces, so that the scan skips whole 16-byte blocks, with every
  // two-byte stop and their byte neighbours (U+061B, U+061C and U+06D3, U+06D5 share their lead
  // and nearly their continuation byte) now and then.
  const std::vector<std::string> quiet = {"a",      "e",      " ", "\u00E9", "\u0628", "\u0627",
                                          "\u0641", "\u0642", " ", "\u0644", "1",      ","};
  const std::vector<std::string> rare = {
      ".",      "?",      "\n",     "\u061F", "\u061D", "\u061E", "\u06D4", "\u0589", "\u0700",
      "\u0701", "\u0702", "\u07F9", "\u0085", "\u061B", "\u061C", "\u06D3", "\u06D5", "\u00A0",
      "\u2019", "\u3002", "\u064E", "A",      "\u00AB", "\u00BB", "\r\n",   "\u2029", "\u200D"};
  auto prototype = Prototype("ar");
  std::mt19937 random(20261123);
  std::uniform_int_distribution<size_t> length(20, 120), pick_quiet(0, quiet.size() - 1),
      pick_rare(0, rare.size() - 1), percent(0, 99);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) {
      text += percent(random) < 6 ? rare[pick_rare(random)] : quiet[pick_quiet(random)];
    }
    ASSERT_EQ(Scan(text, *prototype), Icu(text, *prototype)) << "text: " << text;
  }
}

}  // namespace
}  // namespace figdiff
