#include "figdiff/text_table.h"

#include <algorithm>

#include "figdiff/display_width.h"

namespace figdiff {

std::string TextTable::Render(bool color) const {
  std::vector<Row> lines = {{header_, std::vector<std::string>(header_.size(), "1"), {}}};
  lines.insert(lines.end(), rows_.begin(), rows_.end());
  std::vector<size_t> widths(header_.size(), 0);
  for (auto& line : lines) {
    if (line.line) continue;
    line.cells.resize(header_.size());
    for (size_t c = 0; c < line.cells.size(); ++c) {
      if (max_widths_[c] != 0) line.cells[c] = TruncateToWidth(line.cells[c], max_widths_[c]);
      widths[c] = std::max(widths[c], DisplayWidth(line.cells[c]));
    }
  }
  std::string out;
  for (const auto& line : lines) {
    if (line.line) {
      out += *line.line + "\n";
      continue;
    }
    std::string text;
    for (size_t c = 0; c < line.cells.size(); ++c) {
      const std::string& cell = line.cells[c];
      std::string shown = HasRightToLeft(cell) ? "\u2068" + cell + "\u2069" : cell;
      bool styled = color && c < line.styles.size() && !line.styles[c].empty() && !cell.empty();
      text += styled ? "\x1b[" + line.styles[c] + "m" + shown + "\x1b[0m" : shown;
      if (c + 1 < line.cells.size()) text.append(widths[c] - DisplayWidth(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

}  // namespace figdiff
