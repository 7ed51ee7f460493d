// How two facts relate: equal, rounding (within a tolerance, at another precision), scale,
// currency, different, other kind.
#include "figdiff/fact_relation.h"

#include <gtest/gtest.h>

namespace figdiff {
namespace {

Decimal D(const char* s) { return *Decimal::Parse(s); }

Fact Money(const char* value, const char* currency = "USD") {
  Fact f;
  f.kind = Kind::kMoney;
  f.value = D(value);
  f.currency = currency;
  return f;
}

Fact Count(const char* value) {
  Fact f;
  f.value = D(value);
  return f;
}

TEST(WithinTolerance, ComparesWithTheLargerValue) {
  EXPECT_TRUE(WithinTolerance(D("2.1"), D("2.08"), D("2")));
  EXPECT_TRUE(WithinTolerance(D("100"), D("98"), D("2")));
  EXPECT_FALSE(WithinTolerance(D("100"), D("97.9"), D("2")));
  EXPECT_TRUE(WithinTolerance(D("-5"), D("-5"), D("0")));
  EXPECT_TRUE(WithinTolerance(D("0"), D("0"), D("2")));
}

TEST(Relate, NamesEachRelation) {
  Decimal tolerance = D("2");
  EXPECT_EQ(Relate(Money("1500000000"), Money("1500000000"), tolerance), Relation::kEqual);
  EXPECT_EQ(Relate(Money("2100000"), Money("2080000"), tolerance), Relation::kRounding);
  EXPECT_EQ(Relate(Money("1500000000"), Money("1500000000000"), tolerance), Relation::kScale);
  EXPECT_EQ(Relate(Money("110000000"), Money("110"), tolerance), Relation::kScale);
  EXPECT_EQ(Relate(Money("110000000"), Money("110000000", "EUR"), tolerance), Relation::kCurrency);
  EXPECT_EQ(Relate(Count("86"), Count("68"), tolerance), Relation::kDifferent);
  EXPECT_EQ(Relate(Count("70"), Money("70"), tolerance), Relation::kOtherKind);
}

TEST(Relate, SamePrecisionIsNoRounding) {
  // 68 and 69 GPUs are two figures, though 1.4 % apart; 40 000 and 40 500 are one, rounded.
  EXPECT_EQ(Relate(Count("68"), Count("69"), D("2")), Relation::kDifferent);
  EXPECT_EQ(Relate(Count("40000"), Count("40500"), D("2")), Relation::kRounding);
}

}  // namespace
}  // namespace figdiff
