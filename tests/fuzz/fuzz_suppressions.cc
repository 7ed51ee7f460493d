// Fuzz target: what check reads besides the translations themselves: Markdown masking
// (markdown.h), inline figdiff-ignore markers and the ignore file (suppressions.h), on any bytes
// taken as UTF-8 text. Invariants:
// - the masked text has the same size, the same line breaks, and only spaces where it differs;
// - it is valid UTF-8 when the input is (whole code points are blanked);
// - markers and ignore files either parse or say why, and never crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/markdown.h"
#include "figdiff/suppressions.h"
#include "fuzz_check.h"

using figdiff::fuzz::IsValidUtf8;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string masked = figdiff::MaskMarkdown(text);
  FUZZ_CHECK("mask-size", masked.size() == text.size(), "masked %zu bytes, input %zu",
             masked.size(), text.size());
  for (size_t i = 0; i < size; ++i) {
    FUZZ_CHECK("mask-bytes", masked[i] == text[i] || (masked[i] == ' ' && text[i] != '\n'),
               "byte %zu changed to something else than a space", i);
  }
  if (IsValidUtf8(text)) {
    FUZZ_CHECK("mask-utf8", IsValidUtf8(masked), "masking split a code point");
  }
  std::vector<std::string> errors;
  figdiff::InlineMarkers markers(text, &errors);
  (void)markers.Find(1, 1 << 30, figdiff::CheckType::kMissing);
  figdiff::IgnoreFile ignore;
  std::string error;
  if (!figdiff::IgnoreFile::Parse(text, "fuzz", &ignore, &error)) {
    FUZZ_CHECK("ignore-error", error.starts_with("fuzz:"), "error without its place: %s",
               error.c_str());
  }
  return 0;
}
