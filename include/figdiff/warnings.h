// Warnings for figures that hide: bidi controls, zero-width characters and soft hyphens inside
// or next to a figure, digits of mixed scripts in one number, lookalike digits (mathematical,
// superscript). Such text can show one figure and say another (the Trojan Source class of
// tricks); figdiff reads through them and says so, never silently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "figdiff/normalize.h"

namespace figdiff {

// Warnings for the figure at [start, end) of the normalized text, whose number is at
// [number_start, number_end) of the original text. Empty for an ordinary figure.
std::vector<std::string> FigureWarnings(const NormalizedText& normalized, std::string_view original,
                                        size_t start, size_t end, size_t number_start,
                                        size_t number_end);

}  // namespace figdiff
