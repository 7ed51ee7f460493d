// Standard output for the CLI: buffered writes, and one check at the end that everything
// reached its destination (a full disk is an error, exit 2).
#pragma once

#include <cstdio>
#include <string_view>

namespace figdiff::cli {

inline void Write(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// Flushes stdout; false (with a message on stderr) when a write failed.
bool FinishOutput();

// "figdiff: <what>" on stderr.
void Error(std::string_view what);

}  // namespace figdiff::cli
