// Runs the case table of each language (tests/lang/<code>.tsv, format in tests/lang/README.md):
// every case must give exactly the expected facts, in order.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "figdiff/language_data.h"
#include "test_support.h"

namespace figdiff {
namespace {

struct Case {
  int line;
  std::string id, input, expected;
};

std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string::npos ? at : at - start));
    if (at == std::string::npos) return parts;
    start = at + sep.size();
  }
}

std::vector<Case> ReadCases(const std::string& code) {
  std::istringstream in(testing::ReadSourceFile("tests/lang/" + code + ".tsv"));
  std::vector<Case> cases;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, "\t");
    if (f.size() != 3) {
      ADD_FAILURE() << code << ".tsv:" << n << ": expected 3 fields";
      continue;
    }
    cases.push_back({n, f[0], f[1], f[2]});
  }
  return cases;
}

// The facts of a case in the table's notation: kind:value:currency:qualifier:text | ...
std::string Describe(const std::string& input, const std::vector<Fact>& facts) {
  if (facts.empty()) return "-";
  std::string out;
  for (const Fact& f : facts) {
    if (!out.empty()) out += " | ";
    std::string_view q = QualifierName(f.qualifier);
    out += std::string(KindName(f.kind)) + ":" + f.value.ToString() + ":" +
           (f.currency.empty() ? "-" : f.currency) + ":" + (q.empty() ? "-" : std::string(q)) +
           ":" + input.substr(f.start, f.end - f.start);
  }
  return out;
}

class LanguageCases : public ::testing::TestWithParam<std::string> {};

TEST_P(LanguageCases, EveryCaseGivesItsFacts) {
  const std::string code = GetParam();
  std::vector<Case> cases = ReadCases(code);
  EXPECT_GE(cases.size(), 60u) << "a language needs at least 60 cases";
  int failed = 0;
  for (const Case& c : cases) {
    std::string got = Describe(c.input, testing::Extract(code, c.input));
    if (got != c.expected) {
      ++failed;
      ADD_FAILURE() << code << ".tsv:" << c.line << " " << c.id << "\n  input:    " << c.input
                    << "\n  expected: " << c.expected << "\n  got:      " << got;
    }
  }
  std::printf("%s: %zu cases, %d failed\n", code.c_str(), cases.size(), failed);
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, LanguageCases, ::testing::ValuesIn(SupportedLanguages()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace figdiff
