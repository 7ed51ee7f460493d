#include "figdiff/input.h"

#include <gtest/gtest.h>

namespace figdiff {
namespace {

TEST(DecodeText, PassesUtf8ThroughWithItsBom) {
  std::string text, error;
  ASSERT_TRUE(
      DecodeText("\xEF\xBB\xBF"
                 "70 %",
                 &text, &error));
  EXPECT_EQ(text,
            "\xEF\xBB\xBF"
            "70 %");
}

TEST(DecodeText, ConvertsUtf16WithABom) {
  std::string text, error;
  ASSERT_TRUE(DecodeText(std::string("\xFF\xFE"
                                     "7\0"
                                     "0\0"
                                     "%\0",
                                     8),
                         &text, &error))
      << error;
  EXPECT_EQ(text, "\uFEFF70%");
  ASSERT_TRUE(DecodeText(std::string("\xFE\xFF\0"
                                     "7\x06\x60",
                                     6),
                         &text, &error))
      << error;
  EXPECT_EQ(text, "\uFEFF7٠");
}

TEST(DecodeText, ConvertsUtf32WithABom) {
  std::string text, error;
  ASSERT_TRUE(DecodeText(std::string("\xFF\xFE\0\0"
                                     "5\0\0\0",
                                     8),
                         &text, &error))
      << error;
  EXPECT_EQ(text, "\uFEFF5");
}

TEST(DecodeText, RefusesInvalidUtf8WithTheOffset) {
  std::string text, error;
  EXPECT_FALSE(DecodeText("abc\xC3(", &text, &error));
  EXPECT_EQ(error, "invalid UTF-8 at byte 3");
  EXPECT_FALSE(DecodeText("ok \xED\xA0\x80", &text, &error));  // a UTF-16 surrogate
  EXPECT_EQ(error, "invalid UTF-8 at byte 3");
}

TEST(DecodeText, RefusesATextLongerThanTheLimit) {
  std::string text, error;
  ReadOptions options;
  options.max_bytes = 4;
  EXPECT_FALSE(DecodeText("12345", &text, &error, options));
  EXPECT_EQ(error, "5 bytes: larger than the 4 bytes figdiff reads as one document");
  EXPECT_TRUE(DecodeText("1234", &text, &error, options)) << error;
}

TEST(DecodeText, RepairsInvalidUtf8WhenLossy) {
  std::string text, error;
  ASSERT_TRUE(DecodeText("abc\xC3(", &text, &error, ReadOptions{true}));
  EXPECT_EQ(text, "abc\uFFFD(");
}

TEST(DecodeText, RefusesBinaryData) {
  std::string text, error;
  EXPECT_FALSE(DecodeText(std::string("ab\0cd", 5), &text, &error));
  EXPECT_EQ(error, "binary file (NUL byte at byte 2), skipped");
}

TEST(DecodeText, RefusesBrokenUtf16) {
  std::string text, error;
  EXPECT_FALSE(DecodeText(std::string("\xFF\xFE\x00\xD8"
                                      "a",
                                      5),
                          &text, &error));
  EXPECT_NE(error.find("UTF-16LE"), std::string::npos) << error;
}

TEST(ReadDocument, NamesTheProblem) {
  Document doc;
  std::string error;
  EXPECT_FALSE(ReadDocument("/nonexistent/file.txt", &doc, &error));
  EXPECT_EQ(error, "No such file or directory");
  EXPECT_FALSE(ReadDocument("/", &doc, &error));
  EXPECT_EQ(error, "is a directory");
}

}  // namespace
}  // namespace figdiff
