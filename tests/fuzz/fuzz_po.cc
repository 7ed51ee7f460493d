// Fuzz target: the PO reader (ReadPoFile), through libgettextpo, which reads paths: the bytes are
// written to a temporary file first. Invariants, for a file that is read (refusals are fine):
// - every unit's source and target is valid UTF-8 without NUL, with anchors in order inside it;
// - each anchor is a position of the file, and its piece of text is the file's bytes there or
//   the value of the escape written there (a backslash);
// - LocateInFile gives positions inside the file.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "figdiff/translation_file.h"
#include "translation_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir != nullptr ? dir : "/tmp") + "/figdiff_fuzz_po_" +
           std::to_string(getpid()) + ".po";
  }();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);

  figdiff::TranslationFile file;
  std::string error;
  bool ok = figdiff::ReadPoFile(path, &file, &error);
  std::remove(path.c_str());
  if (!ok) {
    FUZZ_CHECK("po-error-message", !error.empty(), "refused without a message");
    return 0;
  }
  FUZZ_CHECK("po-utf8", figdiff::fuzz::IsValidUtf8(bytes), "an invalid UTF-8 file was read");
  std::vector<size_t> starts = figdiff::fuzz::LineStarts(bytes);
  for (const figdiff::TranslationUnit& unit : file.units) {
    figdiff::fuzz::CheckAnchoredText(bytes, starts, unit.source, unit.source_anchors, "\\",
                                     "source");
    figdiff::fuzz::CheckAnchoredText(bytes, starts, unit.target, unit.target_anchors, "\\",
                                     "target");
    FUZZ_CHECK("po-target-anchored", !unit.target_anchors.empty(),
               "unit \"%s\": a PO target always has a place in the file", unit.id.c_str());
  }
  return 0;
}
