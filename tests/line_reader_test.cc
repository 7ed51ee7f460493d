#include "figdiff/line_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace figdiff {
namespace {

// A FILE* over `bytes`.
std::FILE* Stream(const std::string& bytes) {
  std::FILE* f = std::tmpfile();
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::rewind(f);
  return f;
}

TEST(LineReader, ReadsLinesWithTheirNumbersAndBytes) {
  std::FILE* f = Stream("one\n\ntwo\r\nthree");
  LineReader reader(f, 100);
  std::string line;
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, "one");
  EXPECT_EQ(reader.line_number(), 1);
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, "");
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, "two\r");
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, "three");
  EXPECT_EQ(reader.line_number(), 4);
  EXPECT_EQ(reader.Next(&line), LineReader::Status::kEnd);
  EXPECT_EQ(reader.bytes_read(), 15u);
  std::fclose(f);
}

TEST(LineReader, AFinalNewlineDoesNotMakeAnotherLine) {
  std::FILE* f = Stream("a\nb\n");
  LineReader reader(f, 100);
  std::string line;
  EXPECT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(reader.Next(&line), LineReader::Status::kEnd);
  EXPECT_EQ(reader.line_number(), 2);
  std::fclose(f);
}

TEST(LineReader, LinesLongerThanTheChunkAreWhole) {
  std::string big(200000, 'x');
  std::FILE* f = Stream(big + "\nend\n");
  LineReader reader(f, 1 << 20);
  std::string line;
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, big);
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, "end");
  std::fclose(f);
}

TEST(LineReader, RefusesOverlongLinesAndGoesOn) {
  std::FILE* f = Stream("short\n" + std::string(150000, 'y') + "\nafter\n");
  LineReader reader(f, 10);
  std::string line;
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kTooLong);
  EXPECT_EQ(reader.line_number(), 2);
  EXPECT_TRUE(line.empty());
  ASSERT_EQ(reader.Next(&line), LineReader::Status::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(reader.line_number(), 3);
  std::fclose(f);
}

TEST(LineReader, AnEmptyStreamHasNoLine) {
  std::FILE* f = Stream("");
  LineReader reader(f, 10);
  std::string line;
  EXPECT_EQ(reader.Next(&line), LineReader::Status::kEnd);
  EXPECT_EQ(reader.line_number(), 0);
  std::fclose(f);
}

TEST(LineReader, ReportsReadErrors) {
  std::FILE* f = std::fopen("/proc/self/mem", "rb");  // opens, but reading offset 0 fails
  ASSERT_NE(f, nullptr);
  LineReader reader(f, 10);
  std::string line;
  EXPECT_EQ(reader.Next(&line), LineReader::Status::kError);
  std::fclose(f);
}

}  // namespace
}  // namespace figdiff
