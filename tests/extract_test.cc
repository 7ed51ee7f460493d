// The whole extraction stage: facts, their positions and their offsets in the original bytes.
#include "figdiff/extract.h"

#include <gtest/gtest.h>

#include <random>

#include "test_support.h"

namespace figdiff {
namespace {

std::string TextOf(std::string_view original, const Fact& f) {
  return std::string(original.substr(f.start, f.end - f.start));
}

TEST(Extract, KeepsTheLongAndShortScalesApart) {
  auto en = testing::Extract("en", "It raised $1.5 billion.");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].value.ToString(), "1500000000");
  auto fr = testing::Extract("fr", "Il a levé 1,5 billion d'euros et 2 milliards de dollars.");
  ASSERT_EQ(fr.size(), 2u);
  EXPECT_EQ(fr[0].value.ToString(), "1500000000000");
  EXPECT_EQ(fr[0].currency, "EUR");
  EXPECT_EQ(fr[1].value.ToString(), "2000000000");
  auto es = testing::Extract("es", "Un billón de euros y 3 mil millones de dólares.");
  ASSERT_EQ(es.size(), 2u);
  EXPECT_EQ(es[0].value.ToString(), "1000000000000");
  EXPECT_EQ(es[1].value.ToString(), "3000000000");
}

TEST(Extract, ReportsOffsetsLinesColumnsAndSentences) {
  std::string text = "Título\n\nÉl dijo: «Más de 40.000 equipos».\nY 70% más.";
  auto facts = testing::Extract("es", text);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(TextOf(text, facts[0]), "40.000");
  EXPECT_EQ(facts[0].line, 3);
  EXPECT_EQ(facts[0].col, 18);  // code points, not bytes
  EXPECT_EQ(facts[0].sentence, 1);
  EXPECT_EQ(facts[0].unit, "equipos");
  EXPECT_EQ(facts[0].qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(TextOf(text, facts[1]), "70%");
  EXPECT_EQ(facts[1].line, 4);
  EXPECT_EQ(facts[1].sentence, 2);
}

TEST(Extract, MapsNativeDigitsAndHiddenCharactersBackToTheOriginal) {
  std::string text = "أنفقت \u200F٣٤٠ مليار دولار\u200F في عام ٢٠٢١.";
  auto facts = testing::Extract("ar", text);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(TextOf(text, facts[0]), "٣٤٠ مليار دولار");
  EXPECT_EQ(facts[0].value.ToString(), "340000000000");
}

TEST(Extract, ReadsTheDollarOfTheOption) {
  const Lexicon& lex = testing::LexiconFor("en");
  ExtractOptions options;
  options.dollar = "CAD";
  auto facts = ExtractFacts(lex, "It costs $5 or US$4 or 3 euros.", options);
  ASSERT_EQ(facts.size(), 3u);
  EXPECT_EQ(facts[0].currency, "CAD");
  EXPECT_EQ(facts[1].currency, "USD");
  EXPECT_EQ(facts[2].currency, "EUR");
}

TEST(Extract, SharesScaleAndCurrencyAcrossARange) {
  std::string text = "Entre 10 y 20 millones de euros.";
  auto facts = testing::Extract("es", text);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(TextOf(text, facts[0]), "10");
  EXPECT_EQ(facts[0].value.ToString(), "10000000");
  EXPECT_EQ(facts[0].currency, "EUR");
  EXPECT_EQ(TextOf(text, facts[1]), "20 millones de euros");
}

TEST(Extract, MarksPercentagePoints) {
  auto facts = testing::Extract("en", "Rates rose 2 percentage points to 5%.");
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].kind, Kind::kPercent);
  EXPECT_EQ(facts[0].unit, "point");
  EXPECT_EQ(facts[1].unit, "");
}

TEST(Extract, TakesMoneyFromContextForABareScaledFigure) {
  auto facts = testing::Extract(
      "fr", "Un programme de 110 millions de dollars. Ce programme de 110 millions représente.");
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[1].kind, Kind::kMoney);
  EXPECT_EQ(facts[1].currency, "USD");
  auto counts =
      testing::Extract("fr", "Une aide de 5 millions de dollars pour 5 millions d'habitants.");
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[1].kind, Kind::kCount);
}

// Every fact of every sample: its text is the original bytes between its offsets, which sit
// on UTF-8 boundaries.
TEST(Extract, OffsetsRoundTripOnTheSamples) {
  const std::pair<const char*, const char*> samples[] = {
      {"es", "es"}, {"ar", "ar"}, {"fr", "fr"}, {"fr.summary", "fr"}, {"fr.related", "fr"}};
  for (const auto& [name, lang] : samples) {
    std::string text =
        testing::ReadSourceFile(std::string("data/samples/trainium/") + name + ".txt");
    auto facts = testing::Extract(lang, text);
    EXPECT_GT(facts.size(), 10u) << name;
    size_t previous = 0;
    for (const Fact& f : facts) {
      ASSERT_LT(f.start, f.end);
      ASSERT_LE(f.end, text.size());
      EXPECT_GE(f.start, previous) << "facts in reading order";
      previous = f.start;
      EXPECT_NE(static_cast<unsigned char>(text[f.start]) & 0xC0, 0x80u);
      EXPECT_TRUE(f.end == text.size() || (static_cast<unsigned char>(text[f.end]) & 0xC0) != 0x80);
      EXPECT_FALSE(TextOf(text, f).empty());
    }
  }
}

TEST(Extract, ReadsTheSignOfPercentagesAndMoney) {
  std::string text = "Prices fell -5% after +2.5%, a 10-15% swing; COVID-19 cost -$3 million.";
  auto facts = testing::Extract("en", text);
  ASSERT_EQ(facts.size(), 5u);
  EXPECT_EQ(facts[0].value.ToString(), "-5");
  EXPECT_EQ(TextOf(text, facts[0]), "-5%");
  EXPECT_EQ(TextOf(text, facts[1]), "+2.5%");
  EXPECT_EQ(facts[2].value.ToString(), "10");
  EXPECT_EQ(facts[3].value.ToString(), "15");
  EXPECT_EQ(facts[4].value.ToString(), "-3000000");
}

// The counted noun is the word after a count, or after its hyphen, an emphasis word or an
// adjective that comes before nouns, unless that word is no noun; the first end of a range
// counts what the second counts.
TEST(Extract, CountedNounIsNoFunctionWord) {
  struct Case {
    const char* lang;
    const char* text;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"en", "The council voted 9 to 4 on Tuesday.", {"", ""}},
      {"en", "Trips averaged 312,400 in May, up from 265,000 a year earlier.", {"", ""}},
      {"en", "They hired 10 to 20 people and 3 engineers.", {"people", "people", "engineers"}},
      {"en",
       "A 9.5-mile line, a 15-minute walk, 10-15 stations.",
       {"mile", "minute", "stations", "stations"}},
      {"es", "Votó 9 a 4 el martes y contrató 10 a 20 personas.", {"", "", "personas", "personas"}},
      {"fr", "Le conseil a voté 9 contre 4 et a embauché 300 en mars.", {"", "", ""}},
      {"ar", "قتل 12 في غزة و 5 أشخاص", {"", "أشخاص"}},
      {"es", "Compró un solo chip.", {"chip"}},
      {"fr", "Il a vendu une seule maison.", {"maison"}},
      {"en", "It took one single chip.", {"chip"}},
      // An adjective before the noun, and "only" after a number whose noun came before it.
      {"es", "Quedan los 3 únicos ejemplares y los 2 últimos boletos.", {"ejemplares", "boletos"}},
      {"fr", "Il reste 3 seuls exemplaires des 5 premiers tirages.", {"exemplaires", "tirages"}},
      {"en", "The 2 remaining tickets and its 3 largest plants.", {"tickets", "plants"}},
      {"ar", "توفي شخص واحد فقط و 3 أشخاص فقط", {"", "أشخاص"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto facts = testing::Extract(c.lang, c.text);
    ASSERT_EQ(facts.size(), c.units.size());
    for (size_t i = 0; i < facts.size(); ++i) EXPECT_EQ(facts[i].unit, c.units[i]) << i;
  }
}

// An article is a figure when something around it makes it one; figure.cc makes no figure of
// the others, so each of these must still be read (some are made up to reach every check).
TEST(Extract, ArticlesThatAreFigures) {
  struct Case {
    const char* lang;
    const char* text;
    const char* facts;  // value currency unit qualifier "text", " | " between facts
  };
  const Case cases[] = {
      {"es", "Vendió dos o una casas.", "2 - casas - \"dos\""},  // a range before it
      {"es", "Costará de uno a dos millones de euros.",          // a range after it
       "1000000 EUR - - \"uno\" | 2000000 EUR - - \"dos millones de euros\""},
      {"es", "Ganó un millón.", "1000000 - - - \"un millón\""},
      {"es", "Ganó un M€.", "1000000 EUR - - \"un M€\""},
      {"es", "La tasa subió un por ciento.", "1 - - - \"un por ciento\""},
      {"es", "El paro bajó un punto porcentual.", "1 - point - \"un punto porcentual\""},
      {"es", "El billete cuesta un euro.", "1 EUR - - \"un euro\""},
      {"es", "Cuesta un de dólares.", "1 USD - - \"un de dólares\""},
      {"es", "Pagó US$ un.", "1 USD - - \"US$ un\""},
      {"es", "Llegó casi a un millón.", "1000000 - - nearly \"un millón\""},
      {"fr", "Il reste environ une place.", "1 - place about \"une\""},
      {"es", "Una empresa compró un edificio.", ""},
      // A qualifier across a determiner is not a bare article's: "nearly reached an agreement".
      {"es", "Llegó casi a un acuerdo.", ""},
      {"es", "Llegó casi a un solo acuerdo.", "1 - acuerdo - \"un\""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::string described;
    for (const Fact& f : testing::Extract(c.lang, c.text)) {
      if (!described.empty()) described += " | ";
      described +=
          f.value.ToString() + " " + (f.currency.empty() ? "-" : f.currency) + " " +
          (f.unit.empty() ? "-" : f.unit) + " " +
          (f.qualifier == Qualifier::kNone ? "-" : std::string(QualifierName(f.qualifier))) +
          " \"" + TextOf(c.text, f) + "\"";
    }
    EXPECT_EQ(described, c.facts);
  }
}

// A scaled number takes the currency of the money of its sentence, and "points" are
// percentage points beside a percentage of its sentence: before or after it, never in
// another sentence.
TEST(Extract, ContextComesFromTheSameSentence) {
  auto money = testing::Extract(
      "fr",
      "Ce programme de 110 millions recevra 20 millions d'euros. Un autre coûte 5 milliards "
      "de dollars.");
  ASSERT_EQ(money.size(), 3u);
  EXPECT_EQ(money[0].kind, Kind::kMoney);
  EXPECT_EQ(money[0].currency, "EUR");
  auto points = testing::Extract(
      "fr",
      "Il a gagné 3 points. Le chômage recule de 4 points, à 7 %. Il est à 7 %, en recul de "
      "4 points. Il a perdu 2 points.");
  ASSERT_EQ(points.size(), 6u);
  for (size_t i : {0u, 5u}) EXPECT_EQ(points[i].kind, Kind::kCount) << i;
  for (size_t i : {1u, 4u}) {
    EXPECT_EQ(points[i].kind, Kind::kPercent) << i;
    EXPECT_EQ(points[i].unit, "point") << i;
  }
}

// "Budget 2025 de la ville": with no counted noun after it, 2025 is a year, not a count.
TEST(Extract, YearBeforeFunctionWordsIsNoCount) {
  EXPECT_TRUE(testing::Extract("fr", "Budget 2025 de la ville de Lyon.").empty());
}

// Regressions found by the fuzzers (tests/fuzz/regressions/).
TEST(Extract, FuzzCountUnitAfterDroppedChar) {
  auto facts = testing::Extract("en", "0\u00AD\n");
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].unit, "");
  facts = testing::Extract("en", "I have 5 \u00AD. And 7\u200B\nok.\n");
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].unit, "");
  EXPECT_EQ(facts[1].unit, "");
}

TEST(Extract, FuzzValueBeyond64Digits) {
  EXPECT_TRUE(testing::Extract("en", "$" + std::string(56, '9') + "b").empty());
  auto facts = testing::Extract("en", "$" + std::string(60, '9') + " billion");
  EXPECT_TRUE(facts.empty());
  facts = testing::Extract("en", "$" + std::string(40, '9') + " billion");
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].value.ToString(), std::string(40, '9') + "000000000");
}

TEST(Extract, LeavesTheNextFiguresQualifierToIt) {
  auto facts = testing::Extract("en", "It cost 2.08 million dollars and up to 40,000 chips.");
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].qualifier, Qualifier::kNone);
  EXPECT_EQ(facts[1].qualifier, Qualifier::kUpTo);
  facts = testing::Extract("en", "Tickets cost $50 and up.");
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].qualifier, Qualifier::kAtLeast);
}

TEST(Extract, IgnoresUrlEncoding) {
  EXPECT_TRUE(testing::Extract("en", "See https://example.com/a%28b%29 for details.").empty());
}

// The candidate pattern's class knows letters only below U+0800; the figure reader turns away
// number words glued to a letter above it, here CJK, Bengali and Devanagari.
TEST(Extract, ReadsNoNumberWordGluedToALetterOfAnyScript) {
  EXPECT_TRUE(testing::Extract("en", "中five people").empty());
  EXPECT_TRUE(testing::Extract("en", "See 中five people and কfive cats.").empty());
  EXPECT_TRUE(testing::Extract("fr", "टcinq personnes").empty());
  auto spaced = testing::Extract("en", "中 five people, ক three cats");
  ASSERT_EQ(spaced.size(), 2u);
  EXPECT_EQ(spaced[0].value.ToString(), "5");
  EXPECT_EQ(spaced[1].value.ToString(), "3");
  auto first = testing::Extract("en", "five people");  // the word begins the text
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].col, 1);
}

TEST(Extract, FindsNothingInTextWithoutFigures) {
  EXPECT_TRUE(testing::Extract("en", "").empty());
  EXPECT_TRUE(testing::Extract("en", "No figures here, only words.").empty());
  EXPECT_TRUE(testing::Extract("fr", "En 2015, le 3e rapport de l'article 5.").empty());
}

// A long document is read in blocks of figures (figure.h): each paragraph's facts are what
// the paragraph alone gives, ranges and exclusions included, at its place in the document.
TEST(Extract, ReadsALongDocumentAsItsParagraphsAlone) {
  const std::vector<std::string> paragraphs = {
      "Dos empresas invirtieron entre 10 y 20 millones de euros en 2024.\n"
      "Más de 3.000 equipos, el 5 de marzo.",
      "En 2023 hubo 7 casos y 12 heridos.", "Cerca del 40% de 9 millones de personas."};
  std::vector<std::vector<Fact>> alone;
  for (const std::string& p : paragraphs) alone.push_back(testing::Extract("es", p));
  ASSERT_EQ(alone[0].size(), 4u);  // no year, no date
  EXPECT_EQ(alone[0][1].value.ToString(), "10000000");
  // Blocks start at paragraphs of every kind and place: a block's figures stay its own.
  std::string text;
  std::vector<Fact> expected;
  std::mt19937 random(20261123);
  int line = 0;
  for (int i = 0; i < 600; ++i) {
    size_t which = random() % paragraphs.size();
    if (i > 0) text += "\n\n";
    for (Fact f : alone[which]) {
      f.start += text.size();
      f.line += line;
      expected.push_back(f);
    }
    text += paragraphs[which];
    line += which == 0 ? 3 : 2;
  }
  auto facts = testing::Extract("es", text);
  ASSERT_EQ(facts.size(), expected.size());
  for (size_t i = 0; i < facts.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(facts[i].value.ToString(), expected[i].value.ToString());
    EXPECT_EQ(facts[i].kind, expected[i].kind);
    EXPECT_EQ(facts[i].currency, expected[i].currency);
    EXPECT_EQ(facts[i].qualifier, expected[i].qualifier);
    EXPECT_EQ(facts[i].unit, expected[i].unit);
    EXPECT_EQ(facts[i].start, expected[i].start);
    EXPECT_EQ(facts[i].line, expected[i].line);
  }
}

}  // namespace
}  // namespace figdiff
