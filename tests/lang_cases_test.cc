// Runs the case table of each language (tests/lang/<code>.tsv, format in tests/lang/README.md):
// every case must give exactly the expected facts, in order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "figdiff/language_data.h"
#include "test_support.h"

namespace figdiff {
namespace {

class LanguageCases : public ::testing::TestWithParam<std::string> {};

TEST_P(LanguageCases, EveryCaseGivesItsFacts) {
  const std::string code = GetParam();
  std::vector<testing::Case> cases = testing::ReadCases("tests/lang/" + code + ".tsv");
  EXPECT_GE(cases.size(), 60u) << "a language needs at least 60 cases";
  int failed = 0;
  for (const testing::Case& c : cases) {
    std::string got = testing::Describe(c.input, testing::Extract(code, c.input));
    if (got != c.expected) {
      ++failed;
      ADD_FAILURE() << code << ".tsv:" << c.line << " " << c.id << "\n  input:    " << c.input
                    << "\n  expected: " << c.expected << "\n  got:      " << got;
    }
  }
  std::printf("%s: %zu cases, %d failed\n", code.c_str(), cases.size(), failed);
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, LanguageCases, ::testing::ValuesIn(SupportedLanguages()),
                         [](const auto& instance) { return instance.param; });

}  // namespace
}  // namespace figdiff
