#include "figdiff/decimal.h"

#include <gtest/gtest.h>

namespace figdiff {
namespace {

Decimal D(const char* s) { return *Decimal::Parse(s); }

TEST(Decimal, PrintsPlainNotation) {
  EXPECT_EQ(D("1500000000").ToString(), "1500000000");
  EXPECT_EQ(D("2.50").ToString(), "2.5");
  EXPECT_EQ(D("0.05").ToString(), "0.05");
  EXPECT_EQ(D("007").ToString(), "7");
  EXPECT_EQ(D("0").ToString(), "0");
  EXPECT_EQ(D("-3.1").ToString(), "-3.1");
}

TEST(Decimal, MultipliesExactly) {
  EXPECT_EQ((D("1.5") * D("1000000000")).ToString(), "1500000000");
  EXPECT_EQ((D("2.1") * D("1000000")).ToString(), "2100000");
  EXPECT_EQ((D("0.1") * D("0.1")).ToString(), "0.01");
  EXPECT_EQ((D("123456789") * D("987654321")).ToString(), "121932631112635269");
}

TEST(Decimal, MultipliesByPowersOfTenByMovingThePoint) {
  EXPECT_EQ((D("-2.5") * D("0.01")).ToString(), "-0.025");
  EXPECT_EQ((D("0.01") * D("-35")).ToString(), "-0.35");  // the power of ten on the left
  EXPECT_EQ((D("-1") * D("-1000")).ToString(), "1000");
  EXPECT_EQ((D("12.34") * Decimal::One()).ToString(), "12.34");
  EXPECT_EQ((D("0") * D("1000")).ToString(), "0");
  EXPECT_EQ(D("7") * Decimal::One(), D("7"));
}

TEST(Decimal, Adds) {
  EXPECT_EQ((D("0.1") + D("0.2")).ToString(), "0.3");
  EXPECT_EQ((D("5") + D("-7.5")).ToString(), "-2.5");
  EXPECT_EQ((D("999") + D("1")).ToString(), "1000");
}

TEST(Decimal, ComparesNumerically) {
  EXPECT_EQ(D("70"), D("70.0"));
  EXPECT_LT(D("2.08"), D("2.1"));
  EXPECT_LT(D("-5"), D("1"));
}

TEST(Decimal, CountsPlainDigits) {
  EXPECT_EQ(D("1500000000").PlainDigits(), 10u);
  EXPECT_EQ(D("0.05").PlainDigits(), 3u);
  EXPECT_EQ(D("2.5").PlainDigits(), 2u);
  EXPECT_EQ(D("0").PlainDigits(), 1u);
}

TEST(Decimal, RefusesTooManyDigits) {
  EXPECT_FALSE(Decimal::FromParts(std::string(Decimal::kMaxDigits + 1, '9'), ""));
  EXPECT_TRUE(Decimal::FromParts(std::string(Decimal::kMaxDigits, '9'), ""));
  EXPECT_FALSE(Decimal::Parse("1.2.3"));
  EXPECT_FALSE(Decimal::Parse("abc"));
}

}  // namespace
}  // namespace figdiff
