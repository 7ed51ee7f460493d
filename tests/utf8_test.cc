#include "utf8.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <random>
#include <string>

namespace figdiff {
namespace {

constexpr size_t kValid = std::string_view::npos;

TEST(FirstInvalid, AcceptsValidTextOfEveryLength) {
  EXPECT_EQ(utf8::FirstInvalid(""), kValid);
  EXPECT_EQ(utf8::FirstInvalid("plain ASCII, longer than one eight-byte word"), kValid);
  EXPECT_EQ(utf8::FirstInvalid("1\xC2\xA0"
                               "000 €, ٤٠ ألف, 40 000 ¥, 𝟒𝟎"),
            kValid);
  EXPECT_EQ(utf8::FirstInvalid("مليار دولار أمريكي"), kValid);
}

TEST(FirstInvalid, FindsTheFirstBadByteWhereverTheFastPathsStop) {
  EXPECT_EQ(utf8::FirstInvalid("\x80"), 0u);
  EXPECT_EQ(utf8::FirstInvalid("12345678\xFF"), 8u);  // right after a whole ASCII word
  EXPECT_EQ(utf8::FirstInvalid("123456789\xFF"
                               "abcdefgh"),
            9u);
  EXPECT_EQ(utf8::FirstInvalid("ab\xC2("), 2u);          // lead byte, no continuation
  EXPECT_EQ(utf8::FirstInvalid("ab\xC0\x80"), 2u);       // overlong NUL
  EXPECT_EQ(utf8::FirstInvalid("ab\xC1\xBF"), 2u);       // overlong '?'
  EXPECT_EQ(utf8::FirstInvalid("مليار\xD9"), 10u);       // cut at the end
  EXPECT_EQ(utf8::FirstInvalid("ok \xED\xA0\x80"), 3u);  // a UTF-16 surrogate
  EXPECT_EQ(utf8::FirstInvalid("€\xF0\x9F\x98"), 3u);    // a four-byte sequence cut short
  EXPECT_EQ(utf8::FirstInvalid(std::string(1000, 'a') + "\xFE"), 1000u);
}

// ICU's decoder alone, one character at a time: what the fast paths must agree with.
size_t ReferenceFirstInvalid(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return kValid;
}

TEST(FirstInvalid, AgreesWithIcuOnRandomMixesOfShortSequences) {
  // Bytes drawn mostly from ASCII, two-byte leads and continuation bytes, so that blocks of
  // sixteen are often valid, often cut mid-sequence, sometimes broken at any position.
  const std::string pieces[] = {"a",    " ",    "5",    "é", "ب", "ج",        "\xD9",
                                "\x80", "\xBF", "\xC1", "€", "𝟒", "\xE2\x82", "\xFF"};
  std::mt19937 random(20261122);
  std::discrete_distribution<int> pick({30, 10, 5, 15, 15, 10, 2, 2, 1, 1, 2, 1, 1, 1});
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    int length = static_cast<int>(random() % 80);
    for (int i = 0; i < length; ++i) text += pieces[pick(random)];
    ASSERT_EQ(utf8::FirstInvalid(text), ReferenceFirstInvalid(text)) << "round " << round;
  }
}

TEST(FirstInvalid, ChecksTheSequenceThatABlockEndsWith) {
  std::string arabic;
  for (int i = 0; i < 7; ++i) arabic += "ب";                           // 14 bytes
  EXPECT_EQ(utf8::FirstInvalid(arabic + "a" + "ب" + "ok"), kValid);    // a lead as 16th byte
  EXPECT_EQ(utf8::FirstInvalid(arabic + "a\xD8" + "abc"), 15u);        // its continuation missing
  EXPECT_EQ(utf8::FirstInvalid(arabic + "\x80" + "0123456789"), 14u);  // a stray continuation
}

}  // namespace
}  // namespace figdiff
