#include "figdiff/segment.h"

#include <gtest/gtest.h>

namespace figdiff {
namespace {

TEST(Segmenter, FindsWordEdgesInEveryScript) {
  SegmenterPrototype prototype("ar");
  std::string text = "110 مليون دولار";
  Segmenter seg(prototype, text);
  EXPECT_TRUE(seg.IsWordEdge(3));
  EXPECT_TRUE(seg.IsWordEdge(text.find("دولار")));
  EXPECT_FALSE(seg.IsWordEdge(text.find("دولار") + 2));  // inside the word
}

TEST(Segmenter, TreatsElisionAsAnEdge) {
  SegmenterPrototype prototype("fr");
  std::string text = "d'euros";
  Segmenter seg(prototype, text);
  EXPECT_TRUE(seg.IsWordEdge(2));
}

TEST(Segmenter, NumbersSentencesInOrder) {
  SegmenterPrototype prototype("es");
  std::string text = "Primera frase. Segunda frase con 5.\n\nTercera.";
  Segmenter seg(prototype, text);
  EXPECT_EQ(seg.SentenceIndexAt(0), 0);
  EXPECT_EQ(seg.SentenceIndexAt(text.find("Segunda")), 1);
  EXPECT_EQ(seg.SentenceIndexAt(text.find("5")), 1);
  EXPECT_EQ(seg.SentenceIndexAt(text.find("Tercera")), 2);
}

}  // namespace
}  // namespace figdiff
