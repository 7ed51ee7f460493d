#include "figdiff/position.h"

namespace figdiff {

void PositionTracker::Locate(size_t offset, int* line, int* col) {
  if (offset < pos_) {  // out of order: start over rather than answer wrong
    pos_ = 0;
    line_ = col_ = 1;
  }
  for (; pos_ < offset && pos_ < text_.size(); ++pos_) {
    unsigned char c = static_cast<unsigned char>(text_[pos_]);
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col_;
    }
  }
  *line = line_;
  *col = col_;
}

}  // namespace figdiff
