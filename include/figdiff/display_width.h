// How wide text shows in a terminal: grapheme clusters, East Asian wide characters as two
// columns, marks and format characters as none (ICU properties). For tables in any script.
#pragma once

#include <string>
#include <string_view>

namespace figdiff {

size_t DisplayWidth(std::string_view text);

// The longest prefix of whole grapheme clusters that fits in `width` columns, with "…" when
// cut.
std::string TruncateToWidth(std::string_view text, size_t width);

// True when the text holds right-to-left letters (Arabic, Hebrew...): such cells are wrapped in
// Unicode bidi isolates so that a table row keeps its order.
bool HasRightToLeft(std::string_view text);

}  // namespace figdiff
