#include "figdiff/position.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace figdiff {
namespace {

std::pair<int, int> At(PositionTracker& tracker, size_t offset) {
  int line = 0, col = 0;
  tracker.Locate(offset, &line, &col);
  return {line, col};
}

TEST(PositionTracker, CountsLinesAndCodePoints) {
  std::string text = "one\ntwo ٤٠ ألف\n\nfour 5";
  PositionTracker tracker(text);
  EXPECT_EQ(At(tracker, 0), std::make_pair(1, 1));
  EXPECT_EQ(At(tracker, text.find("two")), std::make_pair(2, 1));
  EXPECT_EQ(At(tracker, text.find("ألف")), std::make_pair(2, 8));
  EXPECT_EQ(At(tracker, text.find('5')), std::make_pair(4, 6));
  EXPECT_EQ(At(tracker, text.size() + 10), std::make_pair(4, 7));  // past the end: the end
}

TEST(PositionTracker, CountsLongLinesPastTheByteWideBlocks) {
  // 600 two-byte characters: more than two blocks of 255 bytes, each with its own counter.
  std::string line;
  for (int i = 0; i < 600; ++i) line += "é";
  std::string text = "x\n" + line + "7";
  PositionTracker tracker(text);
  EXPECT_EQ(At(tracker, text.find('7')), std::make_pair(2, 601));
}

TEST(PositionTracker, StartsOverWhenAskedOutOfOrder) {
  std::string text = "a\nb\nc";
  PositionTracker tracker(text);
  EXPECT_EQ(At(tracker, 4), std::make_pair(3, 1));
  EXPECT_EQ(At(tracker, 2), std::make_pair(2, 1));
}

}  // namespace
}  // namespace figdiff
