// Reading figures a block at a time (figure.h): blocks end at blank lines only, and together
// they hold every figure once, in order.
#include "figdiff/figure.h"

#include <gtest/gtest.h>

#include "figdiff/normalize.h"
#include "test_support.h"

namespace figdiff {
namespace {

// A paragraph of five figures, with a range ("entre 10 y 20 millones") that a block split
// after its first end would break: 512 figures end on that first end.
constexpr std::string_view kParagraph =
    "Dos empresas invirtieron entre 10 y 20 millones de euros en 5 países.\n"
    "Más de 3.000 equipos.";

std::string Paragraphs(size_t count, std::string_view separator) {
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) text += separator;
    text += kParagraph;
  }
  return text;
}

std::vector<std::vector<Figure>> Blocks(std::string_view text) {
  const Lexicon& lex = testing::LexiconFor("es");
  Segmenter seg(*lex.segmenter, text);
  std::vector<std::vector<Figure>> blocks;
  std::vector<Figure> block;
  for (size_t pos = 0; ReadFigureBlock(lex, text, seg, &pos, &block);) blocks.push_back(block);
  return blocks;
}

TEST(ReadFigureBlock, EndsBlocksAtBlankLinesOnceFull) {
  std::string text = Normalize(Paragraphs(300, "\n\n")).text;
  auto blocks = Blocks(text);
  ASSERT_EQ(blocks.size(), 3u);  // 1,500 figures
  for (size_t b = 0; b + 1 < blocks.size(); ++b) {
    EXPECT_GE(blocks[b].size(), kFiguresPerBlock);
    size_t last_end = blocks[b].back().end, next_start = blocks[b + 1].front().start;
    EXPECT_NE(text.substr(last_end, next_start - last_end).find("\n\n"), std::string::npos);
  }
}

TEST(ReadFigureBlock, ReadsEveryFigureOnceAcrossBlocks) {
  std::string one = Normalize(kParagraph).text;
  auto single = Blocks(one);
  ASSERT_EQ(single.size(), 1u);
  ASSERT_EQ(single[0].size(), 5u);
  const size_t copies = 300, stride = one.size() + 2;
  std::string text = Normalize(Paragraphs(copies, "\n\n")).text;
  std::vector<Figure> all;
  for (const auto& block : Blocks(text)) all.insert(all.end(), block.begin(), block.end());
  ASSERT_EQ(all.size(), copies * 5);
  for (size_t i = 0; i < all.size(); ++i) {
    const Figure& expected = single[0][i % 5];
    SCOPED_TRACE(i);
    EXPECT_EQ(all[i].start, expected.start + i / 5 * stride);
    EXPECT_EQ(all[i].end, expected.end + i / 5 * stride);
    EXPECT_EQ(all[i].Value().ToString(), expected.Value().ToString());
  }
}

TEST(ReadFigureBlock, KeepsTextWithoutBlankLinesInOneBlock) {
  // A line break alone may stand for a space inside a figure ("entre 10 y 20\nmillones"):
  // no block ends there.
  auto blocks = Blocks(Normalize(Paragraphs(300, "\n")).text);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].size(), 1500u);
}

}  // namespace
}  // namespace figdiff
