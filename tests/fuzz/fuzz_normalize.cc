// Fuzz target: the normalizer and its offset map (normalize.h), on any bytes (invalid UTF-8
// becomes U+FFFD). Invariants:
// - the normalized text is valid UTF-8, and NormalizePhrase folds the same way;
// - for every normalized offset p on a code point boundary, ToOriginalStart(p) and
//   ToOriginalEnd(p) lie in [0, original size], on code point boundaries of the original when
//   it is valid UTF-8;
// - ToOriginalStart(p) <= ToOriginalEnd(p') for boundaries p < p' (a span maps to a span; an
//   empty span is not a span: at a dropped character its start is after it, its end before);
// - ASCII-only input is its own normalization, and the map is the identity;
// - IsNormalized is true exactly when the text comes out the same with nothing hidden (then
//   extraction reads it in place).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "figdiff/normalize.h"
#include "fuzz_check.h"

using figdiff::fuzz::IsBoundary;
using figdiff::fuzz::IsValidUtf8;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view original(reinterpret_cast<const char*>(data), size);
  figdiff::NormalizedText norm = figdiff::Normalize(original);
  const std::string& text = norm.text;
  const figdiff::OffsetMap& map = norm.map;
  bool valid = IsValidUtf8(original);

  FUZZ_CHECK("normalized-utf8", IsValidUtf8(text), "normalized text of %zu bytes is not UTF-8",
             text.size());
  FUZZ_CHECK("phrase", figdiff::NormalizePhrase(original) == text,
             "NormalizePhrase differs from Normalize");
  bool unchanged = text == original && norm.hidden.empty();
  bool in_place = figdiff::IsNormalized(original);
  FUZZ_CHECK("is-normalized", in_place == unchanged,
             "IsNormalized is %d, but Normalize %s the %zu bytes", in_place,
             unchanged ? "keeps" : "changes", size);

  // The largest ToOriginalStart(p) over the boundaries p before the current one.
  size_t max_start_before = 0;
  bool any_before = false;
  for (size_t p = 0; p <= text.size(); ++p) {
    if (!IsBoundary(text, p)) continue;
    size_t start = map.ToOriginalStart(p);
    size_t end = map.ToOriginalEnd(p);
    FUZZ_CHECK("map-bounds", start <= size && end <= size,
               "normalized %zu -> start %zu, end %zu; original size %zu", p, start, end, size);
    if (valid) {
      FUZZ_CHECK("map-boundary", IsBoundary(original, start) && IsBoundary(original, end),
                 "normalized %zu -> start %zu, end %zu: not code point boundaries", p, start, end);
    }
    if (any_before) {
      FUZZ_CHECK("map-order", max_start_before <= end,
                 "a span ending at normalized %zu maps to end %zu, before the start %zu of an "
                 "earlier normalized offset",
                 p, end, max_start_before);
    }
    if (!any_before || start > max_start_before) max_start_before = start;
    any_before = true;
  }

  bool ascii = true;
  for (unsigned char c : original) ascii = ascii && c < 0x80;
  if (ascii) {
    FUZZ_CHECK("ascii-identity", text == original, "ASCII input of %zu bytes changed", size);
    for (size_t p = 0; p <= size; ++p) {
      FUZZ_CHECK("ascii-identity", map.ToOriginalStart(p) == p && map.ToOriginalEnd(p) == p,
                 "ASCII offset %zu maps to start %zu, end %zu", p, map.ToOriginalStart(p),
                 map.ToOriginalEnd(p));
    }
  }
  return 0;
}
