#include "case_fold.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

namespace figdiff {
namespace {

// The table below U+0800 and the ASCII shortcut must fold exactly as ICU does, everywhere: a
// phrase lookup that folds one character differently misses its phrase.
TEST(CaseFold, EqualsIcuForEveryCodePoint) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    ASSERT_EQ(FoldCase(static_cast<char32_t>(c)),
              static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)))
        << std::hex << c;
  }
}

TEST(CaseFold, FoldsAcrossScripts) {
  EXPECT_EQ(FoldCase(U'A'), U'a');
  EXPECT_EQ(FoldCase(U'É'), U'é');
  EXPECT_EQ(FoldCase(U'Σ'), U'σ');
  EXPECT_EQ(FoldCase(U'ς'), U'σ');
  EXPECT_EQ(FoldCase(U'Д'), U'д');
  EXPECT_EQ(FoldCase(U'ث'), U'ث');  // no case
}

}  // namespace
}  // namespace figdiff
