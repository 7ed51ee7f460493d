// Helpers shared by the tests: the lexicons of the built-in data, and files of the source tree.
#pragma once

#include <string>

#include "figdiff/extract.h"
#include "figdiff/lexicon.h"

namespace figdiff::testing {

// The lexicon of a built-in language; fails the test when it cannot be built.
const Lexicon& LexiconFor(const std::string& code);

// Facts of `text` in language `code` with default options.
std::vector<Fact> Extract(const std::string& code, std::string_view text);

// A file of the source tree (FIGDIFF_SOURCE_DIR), read whole.
std::string ReadSourceFile(const std::string& relative_path);

// One case of a case table (format in tests/lang/README.md).
struct Case {
  int line;
  std::string id, input, expected;
};
std::vector<Case> ReadCases(const std::string& relative_path);

// Facts in the case tables' notation: kind:value:currency:qualifier:text | ...; "-" for none.
std::string Describe(std::string_view input, const std::vector<Fact>& facts);

}  // namespace figdiff::testing
