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

std::string ReadSourceFile(const std::string& relative_path) {
  std::string path = std::string(FIGDIFF_SOURCE_DIR) + "/" + relative_path;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace figdiff::testing
