// Printing check's findings for CI systems: like a compiler (text), JSON Lines, GitHub Actions
// workflow commands, SARIF 2.1.0 and JUnit XML. Specified in docs/check.md.
#pragma once

#include <string>
#include <vector>

#include "figdiff/check_report.h"

namespace figdiff {

struct CheckReport {
  std::vector<std::string> files;  // the translations checked, in order (JUnit's test cases)
  std::vector<CheckFinding> findings;
};

struct CheckRenderOptions {
  bool show_suppressed = false;         // print accepted findings too, marked as such
  Severity fail_on = Severity::kError;  // JUnit: findings at or above it are failures
};

// file:line:col: error: message [type], then a summary line.
std::string RenderCheckText(const CheckReport& report, const CheckRenderOptions& options);
// One JSON object per finding.
std::string RenderCheckJson(const CheckReport& report, const CheckRenderOptions& options);
// ::error file=...,line=...,col=...,title=...::message
std::string RenderCheckGithub(const CheckReport& report, const CheckRenderOptions& options);
std::string RenderCheckSarif(const CheckReport& report, const CheckRenderOptions& options);
std::string RenderCheckJunit(const CheckReport& report, const CheckRenderOptions& options);

// "2 errors, 1 warning in 3 files (1 accepted)".
std::string CheckSummaryLine(const CheckReport& report);

}  // namespace figdiff
