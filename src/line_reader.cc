#include "figdiff/line_reader.h"

#include <cstring>

namespace figdiff {
namespace {
constexpr size_t kChunkBytes = 1 << 16;
}  // namespace

LineReader::LineReader(std::FILE* file, size_t max_line_bytes)
    : file_(file), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes, '\0') {}

bool LineReader::Fill() {
  size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  pos_ = 0;
  end_ = n;
  if (n == 0 && std::ferror(file_)) error_ = true;
  return n > 0;
}

LineReader::Status LineReader::Next(std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;  // a byte or a '\n' was consumed: there is a line, even an empty last one
  while (true) {
    if (pos_ == end_ && !Fill()) {
      if (error_) return Status::kError;
      if (!any) return Status::kEnd;
      break;  // a last line without '\n'
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const void* newline = std::memchr(start, '\n', end_ - pos_);
    size_t n = newline ? static_cast<const char*>(newline) - start : end_ - pos_;
    // Past the limit the rest of the line is counted but not kept: memory stays bounded.
    if (!too_long && line->size() + n > max_line_bytes_) {
      too_long = true;
      line->clear();
      line->shrink_to_fit();
    }
    if (!too_long) line->append(start, n);
    pos_ += n;
    bytes_read_ += n;
    if (newline) {
      ++pos_;
      ++bytes_read_;
      break;
    }
  }
  ++line_number_;
  return too_long ? Status::kTooLong : Status::kLine;
}

}  // namespace figdiff
