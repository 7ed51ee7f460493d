// The aligner on constructed versions: reordered sentences, repeated figures, dropped and
// changed figures, scale errors, qualifiers, many versions.
#include "figdiff/align.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace figdiff {
namespace {

Fact MakeFact(Kind kind, const char* value, int sentence, const char* currency = "",
              Qualifier qualifier = Qualifier::kNone) {
  Fact f;
  f.kind = kind;
  f.value = *Decimal::Parse(value);
  f.currency = currency;
  f.qualifier = qualifier;
  f.sentence = sentence;
  return f;
}
Fact Usd(const char* value, int sentence, Qualifier q = Qualifier::kNone) {
  return MakeFact(Kind::kMoney, value, sentence, "USD", q);
}
Fact Count(const char* value, int sentence) { return MakeFact(Kind::kCount, value, sentence); }
Fact Percent(const char* value, int sentence) { return MakeFact(Kind::kPercent, value, sentence); }

struct Text {
  std::vector<Fact> facts;
  int sentences;
};

Alignment Align(const std::vector<FactSequence>& versions, const AlignOptions& options = {}) {
  Alignment alignment;
  std::string error;
  EXPECT_TRUE(AlignFacts(versions, options, &alignment, &error)) << error;
  return alignment;
}

// The rows as "value|value|-" lines: each version's value in the row, "-" where it has none.
std::vector<std::string> Rows(const std::vector<Text>& texts, AlignOptions options = {}) {
  std::vector<FactSequence> versions;
  for (const Text& t : texts) versions.push_back({t.facts, t.sentences});
  std::vector<std::string> lines;
  for (const AlignedRow& row : Align(versions, options).rows) {
    std::string line;
    for (size_t v = 0; v < row.size(); ++v) {
      if (v > 0) line += "|";
      line += row[v] ? texts[v].facts[*row[v]].value.ToString() : "-";
    }
    lines.push_back(line);
  }
  return lines;
}

using Lines = std::vector<std::string>;

TEST(Align, PairsEqualVersionsOneToOne) {
  Text a{{Usd("110000000", 0), Count("40000", 2), Percent("70", 4)}, 5};
  EXPECT_EQ(Rows({a, a}), (Lines{"110000000|110000000", "40000|40000", "70|70"}));
}

TEST(Align, PairsFiguresOfReorderedSentences) {
  Text a{{Count("10", 0), Percent("20", 1), Usd("5000000", 2), Count("68", 3)}, 4};
  Text b{{Count("10", 0), Usd("5000000", 1), Percent("20", 2), Count("68", 3)}, 4};
  EXPECT_EQ(Rows({a, b}), (Lines{"10|10", "20|20", "5000000|5000000", "68|68"}));
}

TEST(Align, PairsRepeatedFiguresByPlace) {
  Text a{{Usd("110000000", 0), Usd("11000000", 4), Usd("110000000", 8)}, 10};
  Text first_only{{Usd("110000000", 0), Usd("11000000", 3)}, 8};
  EXPECT_EQ(Rows({a, first_only}),
            (Lines{"110000000|110000000", "11000000|11000000", "110000000|-"}));
  Text last_only{{Usd("11000000", 2), Usd("110000000", 7)}, 8};
  EXPECT_EQ(Rows({a, last_only}),
            (Lines{"110000000|-", "11000000|11000000", "110000000|110000000"}));
}

TEST(Align, LeavesADroppedFigureMissing) {
  Text a{{Count("1000", 0), Percent("35", 1), Usd("2000000", 2)}, 3};
  Text b{{Count("1000", 0), Usd("2000000", 2)}, 3};
  EXPECT_EQ(Rows({a, b}), (Lines{"1000|1000", "35|-", "2000000|2000000"}));
}

TEST(Align, PutsAChangedDigitInTheRowOfTheFigureItReplaced) {
  Text a{{Usd("110000000", 0), Count("68", 1), Count("7", 2)}, 3};
  Text b{{Usd("110000000", 0), Count("86", 1), Count("7", 2)}, 3};
  EXPECT_EQ(Rows({a, b}), (Lines{"110000000|110000000", "68|86", "7|7"}));
  // Also next to a dropped figure: counted from the anchor after it.
  Text c{{Usd("110000000", 0), Count("86", 1)}, 3};
  Text d{{Usd("110000000", 0), Count("12", 1), Count("68", 2)}, 3};
  EXPECT_EQ(Rows({d, c}), (Lines{"110000000|110000000", "12|86", "68|-"}));
}

TEST(Align, PlacesAnUnpairedFigureByItsPosition) {
  // A percentage where the other version has counts: it pairs with none of them and gets a row
  // of its own, where it stands in the text.
  Text a{{Usd("1", 0), Count("5", 1), Count("6", 2), Count("7", 3), Usd("2", 4)}, 5};
  Text b{{Usd("1", 0), Percent("6", 1), Usd("2", 4)}, 5};
  EXPECT_EQ(Rows({a, b}), (Lines{"1|1", "5|-", "-|6", "6|-", "7|-", "2|2"}));
}

TEST(Align, PairsAScaleError) {
  Text en{{Usd("1500000000", 3), Percent("70", 4)}, 6};
  Text es{{Usd("1500000000000", 3), Percent("70", 4)}, 6};  // "1,5 billones"
  EXPECT_EQ(Rows({en, es}), (Lines{"1500000000|1500000000000", "70|70"}));
}

TEST(Align, PairsRoundedValues) {
  Text a{{Usd("2100000", 2)}, 5};
  Text b{{Usd("2080000", 2)}, 5};
  EXPECT_EQ(Rows({a, b}), (Lines{"2100000|2080000"}));
}

TEST(Align, IgnoresQualifiersWhenPairing) {
  Text a{{Usd("11000000", 1, Qualifier::kUpTo), Usd("500000", 1, Qualifier::kUpTo)}, 3};
  Text b{{Usd("11000000", 1), Usd("500000", 1, Qualifier::kMoreThan)}, 3};
  EXPECT_EQ(Rows({a, b}), (Lines{"11000000|11000000", "500000|500000"}));
}

TEST(Align, NeverPairsAcrossKinds) {
  Text a{{Count("70", 0)}, 1};
  Text b{{Percent("70", 0)}, 1};
  EXPECT_EQ(Rows({a, b}).size(), 2u);
}

TEST(Align, KeepsARepeatedFigureApartFromAnotherValue) {
  // A summary that ends by repeating its headline figure: a repetition, not a change of the
  // figure that stood there in the full text.
  Text full{{Usd("110000000", 0), Percent("90", 5), Usd("140000000", 8), Count("7", 8)}, 10};
  Text summary{{Usd("110000000", 0), Percent("90", 3), Usd("110000000", 5)}, 6};
  EXPECT_EQ(Rows({full, summary}),
            (Lines{"110000000|110000000", "90|90", "140000000|-", "7|-", "-|110000000"}));
}

TEST(Align, AlignsFiveAndMoreVersions) {
  Text es{{Usd("110000000", 0), Usd("11000000", 3), Count("40000", 4), Count("68", 6),
           Usd("1500000000", 9)},
          10};
  Text ar = es;
  Text fr{{Usd("110000000", 0), Usd("11000000", 2), Count("40000", 2), Count("68", 5),
           Usd("1500000000", 9)},
          10};
  Text summary{{Usd("110000000", 0), Count("40000", 2), Count("68", 3)}, 5};
  Text typo{{Usd("110000000", 0), Usd("11000000", 3), Count("40000", 4), Count("86", 6),
             Usd("1500000000000", 9)},
            10};
  Text en{{Usd("110000000", 0), Usd("11000000", 3), Count("40000", 4), Count("68", 6),
           Usd("1500000000", 9), Percent("70", 9)},
          10};
  EXPECT_EQ(Rows({es, ar, fr, summary, typo, en}),
            (Lines{"110000000|110000000|110000000|110000000|110000000|110000000",
                   "11000000|11000000|11000000|-|11000000|11000000",
                   "40000|40000|40000|40000|40000|40000", "68|68|68|68|86|68",
                   "1500000000|1500000000|1500000000|-|1500000000000|1500000000", "-|-|-|-|-|70"}));
}

TEST(Align, FollowsTheFirstVersionsOrder) {
  Text a{{Count("1", 0), Count("2", 1)}, 2};
  Text b{{Count("3", 0), Count("2", 1)}, 2};
  AlignOptions options;
  options.first = 1;
  std::vector<FactSequence> versions = {{a.facts, 2}, {b.facts, 2}};
  EXPECT_EQ(Align(versions, options).order, (std::vector<size_t>{1, 0}));
  EXPECT_EQ(Rows({a, b}, options), (Lines{"1|3", "2|2"}));
}

TEST(Align, StartsWithTheVersionMostLikeTheOthers) {
  Text odd{{Count("5", 0)}, 1};
  Text a{{Count("1", 0), Count("2", 1)}, 2};
  std::vector<FactSequence> versions = {{odd.facts, 1}, {a.facts, 2}, {a.facts, 2}};
  EXPECT_EQ(Align(versions).order, (std::vector<size_t>{1, 2, 0}));
}

TEST(Align, HandlesVersionsWithoutFacts) {
  Text empty{{}, 1};
  Text a{{Count("1", 0)}, 1};
  EXPECT_EQ(Rows({empty, a}), (Lines{"-|1"}));
  EXPECT_TRUE(Rows({empty, empty}).empty());
}

TEST(Align, RefusesAlignmentsBeyondItsBudget) {
  std::vector<Fact> many(12000, Count("1", 0));
  std::vector<FactSequence> versions = {{many, 1}, {many, 1}};
  Alignment alignment;
  std::string error;
  EXPECT_FALSE(AlignFacts(versions, {}, &alignment, &error));
  EXPECT_EQ(error,
            "too many figures to align: 12000 against 12000 (at most 134217728 pairs); compare "
            "shorter parts");
}

}  // namespace
}  // namespace figdiff
