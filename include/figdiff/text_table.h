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

  // Renders with columns at most `max_width` display columns wide.
  std::string Render(size_t max_width = 40) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace figdiff
