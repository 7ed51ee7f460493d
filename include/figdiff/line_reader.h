// Reading a stream one line at a time with a bound on the line's length: the input side of
// extract's JSONL mode, which must never hold more than one document (one line) of a corpus.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace figdiff {

class LineReader {
 public:
  enum class Status {
    kLine,     // *line holds the next line, without its '\n' (a '\r' before it is kept)
    kTooLong,  // the line was longer than max_line_bytes: skipped up to its '\n'
    kEnd,      // end of the stream
    kError,    // a read error: errno tells which
  };

  // Reads `file` (not owned) from where it stands.
  LineReader(std::FILE* file, size_t max_line_bytes);

  Status Next(std::string* line);
  // 1-based number of the line Next returned last.
  int64_t line_number() const { return line_number_; }
  // Bytes consumed so far, line ends included.
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool Fill();  // false at the end of the stream or on an error (error_ set)

  std::FILE* file_;
  size_t max_line_bytes_;
  std::string buffer_;
  size_t pos_ = 0, end_ = 0;  // unread bytes: buffer_[pos_, end_)
  bool error_ = false;
  int64_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
};

}  // namespace figdiff
