#include "utf8.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace figdiff
