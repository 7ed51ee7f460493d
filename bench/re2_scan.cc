// re2_scan FILE: the baseline of bench/throughput.sh. Reads FILE whole and counts the matches of
// one RE2 pattern for digit runs, \d+(?:[.,]\d+)*, over the whole buffer (an unanchored Match
// loop, as figdiff's candidate scan does). Prints the count to stdout, and to stderr the count,
// the bytes, and the scan's wall and CPU time and MB/s (10^6 bytes per second; the scan only,
// reading the file excluded).
#include <re2/re2.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: re2_scan FILE\n");
    return 2;
  }
  // Read in one block: the baseline is the scan, not a slow stream iterator.
  std::FILE* in = std::fopen(argv[1], "rb");
  std::string text;
  bool ok = in != nullptr && std::fseek(in, 0, SEEK_END) == 0;
  long size = ok ? std::ftell(in) : -1;
  if (ok && size >= 0 && std::fseek(in, 0, SEEK_SET) == 0) {
    text.resize(static_cast<size_t>(size));
    ok = std::fread(text.data(), 1, text.size(), in) == text.size();
  } else {
    ok = false;
  }
  if (in != nullptr) std::fclose(in);
  if (!ok) {
    std::fprintf(stderr, "re2_scan: cannot read %s\n", argv[1]);
    return 2;
  }

  auto t0 = std::chrono::steady_clock::now();
  double cpu0 = CpuSeconds();
  RE2 digits("\\d+(?:[.,]\\d+)*");
  if (!digits.ok()) return 2;
  long count = 0;
  size_t pos = 0;
  re2::StringPiece match;
  while (pos < text.size() && digits.Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    ++count;
    pos = static_cast<size_t>(match.data() - text.data()) + match.size();
    if (match.empty()) ++pos;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = CpuSeconds() - cpu0;

  std::printf("%ld\n", count);
  std::fprintf(stderr,
               "re2_scan: %ld matches in %zu bytes, %.4f s wall, %.1f MB/s wall, %.4f s CPU, "
               "%.1f MB/s CPU\n",
               count, text.size(), seconds, text.size() / 1e6 / seconds, cpu,
               text.size() / 1e6 / cpu);
  return 0;
}
