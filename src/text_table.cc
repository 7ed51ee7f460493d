#include "figdiff/text_table.h"

#include <algorithm>

#include "figdiff/display_width.h"

namespace figdiff {

std::string TextTable::Render() const {
  std::vector<std::vector<std::string>> lines = {header_};
  for (const auto& row : rows_) lines.push_back(row);
  std::vector<size_t> widths(header_.size(), 0);
  for (auto& line : lines) {
    line.resize(header_.size());
    for (size_t c = 0; c < line.size(); ++c) {
      if (max_widths_[c] != 0) line[c] = TruncateToWidth(line[c], max_widths_[c]);
      widths[c] = std::max(widths[c], DisplayWidth(line[c]));
    }
  }
  std::string out;
  for (const auto& line : lines) {
    std::string text;
    for (size_t c = 0; c < line.size(); ++c) {
      const std::string& cell = line[c];
      text += HasRightToLeft(cell) ? "\u2068" + cell + "\u2069" : cell;
      if (c + 1 < line.size()) text.append(widths[c] - DisplayWidth(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

}  // namespace figdiff
