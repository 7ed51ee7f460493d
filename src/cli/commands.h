// The subcommands of the figdiff CLI, each a thin layer over the library: a setup function
// that declares its options on a CLI11 subcommand, and a run function that returns the exit
// code (0 fine, 1 differences found, 2 error).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace figdiff::cli {

// Exit codes, like diff and grep.
constexpr int kExitOk = 0;
constexpr int kExitDifferences = 1;
constexpr int kExitError = 2;

// Declares `extract` on app; returns what main runs when it is chosen.
std::function<int()> SetupExtract(CLI::App& app);
// Declares `compare`.
std::function<int()> SetupCompare(CLI::App& app);
// Declares `check`.
std::function<int()> SetupCheck(CLI::App& app);

}  // namespace figdiff::cli
