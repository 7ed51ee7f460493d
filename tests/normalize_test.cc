#include "figdiff/normalize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace figdiff {
namespace {

bool Unchanged(const std::string& text) {
  NormalizedText n = Normalize(text);
  return n.text == text && n.hidden.empty();  // same text: no offset moved either
}

TEST(Normalize, FoldsDigitsOfEveryScript) {
  EXPECT_EQ(Normalize("٤٠ و۱۲۳ और ४५ ４５").text, "40 و123 और 45 45");
}

TEST(Normalize, FoldsSpacesPercentApostrophesAndDashes) {
  EXPECT_EQ(Normalize("40\u202F000 – 70\u00A0٪ jusqu’à").text, "40\u00A0000 - 70\u00A0% jusqu'à");
  EXPECT_EQ(Normalize("1\u2009000").text, "1\u00A0000");
}

TEST(Normalize, DropsFormatCharactersMarksAndTatweel) {
  EXPECT_EQ(Normalize("1\u200B000").text, "1000");
  EXPECT_EQ(Normalize("\uFEFFun\u00ADo").text, "uno");
  EXPECT_EQ(Normalize("مليـــون").text, "مليون");
  EXPECT_EQ(Normalize("ألفاً").text, "الفا");
  EXPECT_EQ(Normalize("do\u0301lares").text, "dolares");
}

TEST(Normalize, FoldsArabicLetterVariants) {
  EXPECT_EQ(Normalize("أكثر إلى آلاف ثلاثة").text, "اكثر الي الاف ثلاثه");
}

TEST(Normalize, LeavesAsciiAndCaseAlone) {
  std::string s = "Revenue rose 12% to $5.2 Billion.";
  NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, s);
  EXPECT_EQ(n.map.ToOriginalStart(7), 7u);
  EXPECT_EQ(n.map.ToOriginalEnd(33), 33u);
}

TEST(OffsetMap, MapsSpansBackToTheOriginalBytes) {
  std::string original = "x ٤٠٬٠٠٠ y";  // Arabic-Indic digits: 2 bytes each
  NormalizedText n = Normalize(original);
  ASSERT_EQ(n.text, "x 40٬000 y");
  size_t start = n.text.find('4'), end = n.text.find(" y");
  size_t o_start = n.map.ToOriginalStart(start), o_end = n.map.ToOriginalEnd(end);
  EXPECT_EQ(original.substr(o_start, o_end - o_start), "٤٠٬٠٠٠");
}

TEST(OffsetMap, KeepsDroppedCharactersOutOfSpans) {
  std::string original = "\u200F70%\u200F end";
  NormalizedText n = Normalize(original);
  ASSERT_EQ(n.text, "70% end");
  size_t o_start = n.map.ToOriginalStart(0), o_end = n.map.ToOriginalEnd(3);
  EXPECT_EQ(original.substr(o_start, o_end - o_start), "70%");
}

// Text that normalization keeps is copied in runs (blocks of Latin text, other two-byte
// letters one by one): what stands inside or at the edge of such runs is still folded.
TEST(Normalize, FoldsWhatStandsInsideLongRunsOfKeptText) {
  std::string original =
      "Costó 1.500 millones de dólares, según la compañía: ١٢٣ أكثر من ثلاثة\u00AD "
      "مليارات دولار ـ وقال إنّ 40\u202F000";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text,
            "Costó 1.500 millones de dólares, según la compañía: 123 اكثر من ثلاثه "
            "مليارات دولار  وقال ان 40\u00A0000");
  ASSERT_EQ(n.hidden.size(), 1u);
  EXPECT_EQ(n.hidden[0].code_point, U'\u00AD');
  EXPECT_EQ(n.text.substr(n.hidden[0].normalized - 10, 10), "ثلاثه");
  for (std::string_view word : {"123", "اكثر", "ثلاثه", "ان", "40\u00A0000"}) {
    size_t start = n.text.find(word);
    size_t o_start = n.map.ToOriginalStart(start);
    size_t o_end = n.map.ToOriginalEnd(start + word.size());
    EXPECT_EQ(Normalize(original.substr(o_start, o_end - o_start)).text, word);
  }
}

// Runs of ASCII and of U+00C0-00FF are passed over sixteen bytes at a time: whatever stands at
// a block's edge or inside it must come out as if each piece were normalized alone.
TEST(Normalize, FoldsLikePieceByPieceAcrossLatinBlocks) {
  const std::vector<std::string> pieces = {
      "a",      "Costó ",       "é",           "ñ",       "\u00D7",          "\u00A0",
      "\u00AD", "1.500",        "\u0663",      "\u0629",  "\u2019",          "\u202F",
      "x\xC3y", "\xC3\xC3\xA9", "ü\xA9z",      "dólares", "aaaaaaaaaaaaaaa", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ",
      "\u0301", "\u0623",       "\u0649\u0640"};
  std::mt19937 random(20261122);
  for (int round = 0; round < 3000; ++round) {
    std::string text, expected;
    int count = static_cast<int>(random() % 40) + 1;
    for (int i = 0; i < count; ++i) {
      const std::string& piece = pieces[random() % pieces.size()];
      text += piece;
      expected += Normalize(piece).text;
    }
    ASSERT_EQ(Normalize(text).text, expected) << text;
    ASSERT_EQ(IsNormalized(text), Unchanged(text)) << text;
  }
}

// Arabic letters are passed over sixteen bytes at a time too: every character of the Arabic
// block, at every offset of a block, must come out as if normalized alone.
TEST(Normalize, FoldsLikePieceByPieceAcrossArabicBlocks) {
  const std::string letter = "\u0628",
                    after = " \u0645\u0644\u064A\u0627\u0631 \u062F\u0648\u0644\u0627\u0631";
  for (char32_t cp = 0x0600; cp < 0x0700; ++cp) {
    std::string c = {static_cast<char>(0xC0 | cp >> 6), static_cast<char>(0x80 | (cp & 0x3F))};
    for (size_t pad = 0; pad < 20; ++pad) {
      std::string before = std::string(pad % 2, 'x');
      for (size_t i = 0; i < pad; ++i) before += letter;
      std::string text = before + c + after;
      ASSERT_EQ(Normalize(text).text,
                Normalize(before).text + Normalize(c).text + Normalize(after).text)
          << "U+" << std::hex << static_cast<uint32_t>(cp) << " after " << pad;
      ASSERT_EQ(IsNormalized(text), Unchanged(text)) << std::hex << static_cast<uint32_t>(cp);
    }
  }
}

TEST(Normalize, TellsTextsItWouldNotChange) {
  for (std::string text : {"", "plain ASCII 40,000\nline", "Costó 1.500 dólares «hoy» ×2",
                           "€ 5 — 中文 \uFFFD", "مليار دولار", "40\u00A0000"}) {
    EXPECT_TRUE(Unchanged(text)) << text;
    EXPECT_TRUE(IsNormalized(text)) << text;
  }
  for (std::string text : {"a\xFF", "dólares \xC3", "\xF4\x80\x90!", "l\u2019un", "40\u202F000",
                           "\u0663", "\u0623", "\uFEFFtext", "un\u00ADo", "do\u0301lares", "\u0640",
                           "\U0001D7CE", "70 \u066A", "\u0629", "\u2013", "\uFF12"}) {
    EXPECT_FALSE(Unchanged(text)) << text;
    EXPECT_FALSE(IsNormalized(text)) << text;
  }
}

TEST(Normalize, ReplacesInvalidBytes) {
  EXPECT_EQ(Normalize("a\xFF"
                      "b")
                .text,
            "a\uFFFDb");
  // A two-byte lead without its second byte, after a run of kept text.
  EXPECT_EQ(Normalize("dólares \xC3").text, "dólares \uFFFD");
}

}  // namespace
}  // namespace figdiff
