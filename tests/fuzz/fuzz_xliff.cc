// Fuzz target: the XLIFF reader (ReadXliffFile). Invariants, for a file that is read (refusals
// are fine):
// - every unit's source and target is valid UTF-8 without NUL, with anchors in order inside it;
// - each anchor is a position of the file (of its UTF-8 form, for UTF-16/32 input), and its
//   piece of text is the file's bytes there or the value of the reference (&) or line end (CR)
//   written there;
// - LocateInFile gives positions inside the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "figdiff/input.h"
#include "figdiff/translation_file.h"
#include "translation_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  figdiff::TranslationFile file;
  std::string error;
  if (!figdiff::ReadXliffFile(bytes, &file, &error)) {
    FUZZ_CHECK("xliff-error-message", !error.empty(), "refused without a message");
    return 0;
  }
  // Positions refer to the text as UTF-8 (the reader converts UTF-16/32 with a BOM).
  std::string xml;
  FUZZ_CHECK("xliff-decodable", figdiff::DecodeText(bytes, &xml, &error),
             "read a file DecodeText refuses: %s", error.c_str());
  std::vector<size_t> starts = figdiff::fuzz::LineStarts(xml);
  for (const figdiff::TranslationUnit& unit : file.units) {
    figdiff::fuzz::CheckAnchoredText(xml, starts, unit.source, unit.source_anchors, "&\r",
                                     "source");
    figdiff::fuzz::CheckAnchoredText(xml, starts, unit.target, unit.target_anchors, "&\r",
                                     "target");
    FUZZ_CHECK("xliff-source-anchored", !unit.source_anchors.empty(),
               "unit \"%s\": a source always has a place in the file", unit.id.c_str());
  }
  return 0;
}
