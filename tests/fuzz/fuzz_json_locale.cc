// Fuzz target: the JSON locale file reader (ReadJsonLocaleFile). Invariants, for a file that is
// read (refusals are fine):
// - as many keys as texts as anchor lists, the keys distinct;
// - every text is valid UTF-8 without NUL, with anchors in order inside it, at least one;
// - each anchor is a position of the file (of its UTF-8 form), and its piece of text is the
//   file's bytes there or the value of the escape (a backslash) written there;
// - LocateInFile gives positions inside the file.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "figdiff/input.h"
#include "figdiff/translation_file.h"
#include "translation_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  figdiff::LocaleStrings strings;
  std::string error;
  if (!figdiff::ReadJsonLocaleFile(bytes, &strings, &error)) {
    FUZZ_CHECK("json-error-message", !error.empty(), "refused without a message");
    return 0;
  }
  FUZZ_CHECK(
      "json-sizes",
      strings.keys.size() == strings.texts.size() && strings.texts.size() == strings.anchors.size(),
      "%zu keys, %zu texts, %zu anchor lists", strings.keys.size(), strings.texts.size(),
      strings.anchors.size());
  std::set<std::string> keys(strings.keys.begin(), strings.keys.end());
  FUZZ_CHECK("json-keys-distinct", keys.size() == strings.keys.size(), "a key repeats");
  std::string json;
  FUZZ_CHECK("json-decodable", figdiff::DecodeText(bytes, &json, &error),
             "read a file DecodeText refuses: %s", error.c_str());
  std::vector<size_t> starts = figdiff::fuzz::LineStarts(json);
  for (size_t i = 0; i < strings.texts.size(); ++i) {
    figdiff::fuzz::CheckAnchoredText(json, starts, strings.texts[i], strings.anchors[i], "\\",
                                     strings.keys[i].c_str());
    FUZZ_CHECK("json-anchored", !strings.anchors[i].empty(),
               "key \"%s\": a string always has a place in the file", strings.keys[i].c_str());
  }
  return 0;
}
