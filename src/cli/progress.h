// A status line on standard error for long runs on a terminal: how many files or documents are
// done, MB read, MB/s and, when the total size is known, the time left. Off unless stderr is a
// terminal; drawn by the thread that prints the results, at most a few times a second, and
// erased before any message and at the end so that it never stays on the screen.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace figdiff::cli {

class Progress {
 public:
  // unit: what is counted ("files", "documents"); total_bytes: the size of all the input, 0 if
  // unknown (a pipe).
  Progress(bool enabled, std::string unit, uint64_t total_bytes);
  ~Progress() { Clear(); }

  // Now `items` are done and `bytes` of the input processed; redraws when the last drawing is
  // old enough.
  void Update(uint64_t items, uint64_t bytes);
  // Erases the line, if drawn.
  void Clear();

  // Whether to show progress at all: stderr is a terminal, not --quiet, and the figures are not
  // streaming to the same terminal (output_to_terminal: they are printed as they come).
  static bool Wanted(bool quiet, bool output_to_terminal);
  // The size of the regular files among `paths` ("-": standard input when redirected from a
  // file); 0 when any is not a regular file (its size is unknown).
  static uint64_t TotalSize(const std::vector<std::string>& paths);

 private:
  using Clock = std::chrono::steady_clock;

  bool enabled_;
  std::string unit_;
  uint64_t total_bytes_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace figdiff::cli
