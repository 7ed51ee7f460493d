// Sentences of a document's original text: how many, and the one around an offset.
#include "figdiff/sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace figdiff {
namespace {

TEST(Sentences, CountsSentencesButNotBlankLines) {
  std::string text = "Primera frase con 5 euros. Segunda frase.\n\n\nTercera, sin punto\n";
  Sentences sentences(text, "es");
  EXPECT_EQ(sentences.count(), 3);
  EXPECT_EQ(Sentences("", "es").count(), 1);  // never zero: positions divide by it
}

TEST(Sentences, FindsTheSentenceAroundAnOffset) {
  std::string text = "Primera frase con 5 euros. Segunda frase.\n\nTercera, sin punto\n";
  Sentences sentences(text, "es");
  auto span = [&](std::string_view needle) {
    auto [start, end] = sentences.Around(text.find(needle));
    return text.substr(start, end - start);
  };
  EXPECT_EQ(span("5 euros"), "Primera frase con 5 euros.");
  EXPECT_EQ(span("Segunda"), "Segunda frase.");
  EXPECT_EQ(span("punto"), "Tercera, sin punto");
}

TEST(Sentences, ReadsArabic) {
  std::string text = "تحاول أمازون جذب الباحثين بمبلغ 110 مليون دولار. وقال هت إنهم لن يفعلوا ذلك.";
  Sentences sentences(text, "ar");
  EXPECT_EQ(sentences.count(), 2);
  auto [start, end] = sentences.Around(text.find("110"));
  EXPECT_EQ(text.substr(start, end - start), "تحاول أمازون جذب الباحثين بمبلغ 110 مليون دولار.");
}

}  // namespace
}  // namespace figdiff
