// Line and column of byte offsets, for editors and compilers' "file:line:col" (1-based, the
// column in code points). Offsets must be asked for in non-decreasing order.
#pragma once

#include <string_view>

namespace figdiff {

class PositionTracker {
 public:
  explicit PositionTracker(std::string_view text) : text_(text) {}
  void Locate(size_t offset, int* line, int* col);

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 1, col_ = 1;
};

}  // namespace figdiff
