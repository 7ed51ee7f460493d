#include "cli/progress.h"

#include <fmt/core.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace figdiff::cli {
namespace {

// Nothing is drawn for runs shorter than this, and never more often.
constexpr auto kFirstDraw = std::chrono::milliseconds(500);
constexpr auto kRedraw = std::chrono::milliseconds(250);

std::string Duration(double seconds) {
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(bool enabled, std::string unit, uint64_t total_bytes)
    : enabled_(enabled),
      unit_(std::move(unit)),
      total_bytes_(total_bytes),
      start_(Clock::now()),
      last_draw_(start_) {}

bool Progress::Wanted(bool quiet, bool output_to_terminal) {
  return !quiet && !output_to_terminal && isatty(STDERR_FILENO);
}

uint64_t Progress::TotalSize(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& path : paths) {
    struct stat st;
    int got = path == "-" ? fstat(STDIN_FILENO, &st) : stat(path.c_str(), &st);
    if (got != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

void Progress::Update(uint64_t items, uint64_t bytes) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  if (now - start_ < kFirstDraw || (drawn_ && now - last_draw_ < kRedraw)) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = bytes / seconds;  // bytes per second
  std::string line =
      fmt::format("{} {} done, {:.1f} MB, {:.1f} MB/s", items, unit_, bytes / 1e6, rate / 1e6);
  if (total_bytes_ > bytes && rate > 0) {
    line += fmt::format(", {:.0f} %, ETA {}", 100.0 * bytes / total_bytes_,
                        Duration((total_bytes_ - bytes) / rate));
  }
  // \r and "erase to the end of the line": the line is redrawn in place.
  std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace figdiff::cli
