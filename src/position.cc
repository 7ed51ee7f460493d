#include "figdiff/position.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace figdiff {
namespace {

// Code points in `bytes`: the bytes that are no UTF-8 continuation byte. Counted in blocks of
// at most 255 into a byte-wide counter, a loop the compiler vectorizes without widening.
int CountCodePoints(std::string_view bytes) {
  int n = 0;
  for (size_t block = 0; block < bytes.size(); block += 255) {
    size_t end = std::min(bytes.size(), block + 255);
    uint8_t count = 0;
    for (size_t i = block; i < end; ++i) count += (static_cast<uint8_t>(bytes[i]) & 0xC0) != 0x80;
    n += count;
  }
  return n;
}

}  // namespace

void PositionTracker::Locate(size_t offset, int* line, int* col) {
  if (offset < pos_) {  // out of order: start over rather than answer wrong
    pos_ = 0;
    line_ = col_ = 1;
  }
  offset = std::min(offset, text_.size());
  const char* from = text_.data() + pos_;
  const char* to = text_.data() + offset;
  // Line breaks are few: memchr hops from one to the next.
  while (const void* found = std::memchr(from, '\n', static_cast<size_t>(to - from))) {
    ++line_;
    col_ = 1;
    from = static_cast<const char*>(found) + 1;
  }
  col_ += CountCodePoints(std::string_view(from, static_cast<size_t>(to - from)));
  pos_ = std::max(pos_, offset);
  *line = line_;
  *col = col_;
}

}  // namespace figdiff
