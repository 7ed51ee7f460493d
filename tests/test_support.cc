#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace figdiff::testing {

const Lexicon& LexiconFor(const std::string& code) {
  static LexiconCache cache;
  std::string error;
  const Lexicon* lex = cache.Get(code, &error);
  if (lex == nullptr) throw std::runtime_error("no lexicon for " + code + ": " + error);
  return *lex;
}

std::vector<Fact> Extract(const std::string& code, std::string_view text) {
  return ExtractFacts(LexiconFor(code), text, ExtractOptions());
}

std::vector<Case> ReadCases(const std::string& relative_path) {
  std::istringstream in(ReadSourceFile(relative_path));
  std::vector<Case> cases;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string::npos || tab2 == std::string::npos ||
        line.find('\t', tab2 + 1) != std::string::npos) {
      ADD_FAILURE() << relative_path << ":" << n << ": expected 3 fields";
      continue;
    }
    cases.push_back(
        {n, line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
  }
  return cases;
}

std::string Describe(std::string_view input, const std::vector<Fact>& facts) {
  if (facts.empty()) return "-";
  std::string out;
  for (const Fact& f : facts) {
    if (!out.empty()) out += " | ";
    std::string_view q = QualifierName(f.qualifier);
    out += std::string(KindName(f.kind)) + ":" + f.value.ToString() + ":" +
           (f.currency.empty() ? "-" : f.currency) + ":" + (q.empty() ? "-" : std::string(q)) +
           ":" + std::string(input.substr(f.start, f.end - f.start));
  }
  return out;
}

std::string ReadSourceFile(const std::string& relative_path) {
  std::string path = std::string(FIGDIFF_SOURCE_DIR) + "/" + relative_path;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace figdiff::testing
