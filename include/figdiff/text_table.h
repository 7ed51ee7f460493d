// A plain-text table for terminals: columns aligned by display width (display_width.h), long
// cells cut with an ellipsis, right-to-left cells isolated (U+2068 ... U+2069) so that Arabic
// does not reorder the row. Used by extract's and compare's table formats.
#pragma once

#include <string>
#include <vector>

namespace figdiff {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  bool empty() const { return rows_.empty(); }
  // Cells of `column` are cut at `width` display columns; 0 means never cut.
  void SetMaxWidth(size_t column, size_t width) { max_widths_.at(column) = width; }

  std::string Render() const;

 private:
  static constexpr size_t kDefaultMaxWidth = 40;

  std::vector<std::string> header_;
  std::vector<size_t> max_widths_ = std::vector<size_t>(header_.size(), kDefaultMaxWidth);
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace figdiff
