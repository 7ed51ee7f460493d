// A plain-text table for terminals: columns aligned by display width (display_width.h), long
// cells cut with an ellipsis, right-to-left cells isolated (U+2068 ... U+2069) so that Arabic
// does not reorder the row; optionally colored (ANSI SGR). Used by extract's and compare's table
// formats.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace figdiff {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> cells) { rows_.push_back({std::move(cells), {}, {}}); }
  // A row whose cells have styles when rendered with color: styles[c] is the SGR parameter list
  // of cell c ("31" red, "2" dim, "1;33" bold yellow), "" for none.
  void AddRow(std::vector<std::string> cells, std::vector<std::string> styles) {
    rows_.push_back({std::move(cells), std::move(styles), {}});
  }
  // A line of its own after the rows so far, outside the columns: neither aligned nor cut.
  void AddLine(std::string text) { rows_.push_back({{}, {}, std::move(text)}); }
  bool empty() const { return rows_.empty(); }
  // Cells of `column` are cut at `width` display columns; 0 means never cut.
  void SetMaxWidth(size_t column, size_t width) { max_widths_.at(column) = width; }

  // With color, the header is bold and styled cells are wrapped in SGR escape sequences.
  std::string Render(bool color = false) const;

 private:
  static constexpr size_t kDefaultMaxWidth = 40;

  struct Row {
    std::vector<std::string> cells, styles;
    std::optional<std::string> line;  // set for AddLine
  };

  std::vector<std::string> header_;
  std::vector<size_t> max_widths_ = std::vector<size_t>(header_.size(), kDefaultMaxWidth);
  std::vector<Row> rows_;
};

}  // namespace figdiff
