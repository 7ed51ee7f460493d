// Printing a comparison (compare.h): a table for terminals, Markdown, CSV and one JSON document.
// CSV and JSON are specified in docs/output-format.md; the table and Markdown are for people.
#pragma once

#include <string>
#include <vector>

#include "figdiff/compare.h"
#include "figdiff/input.h"
#include "figdiff/sentences.h"

namespace figdiff {

// Everything compare prints; documents, versions and sentences are parallel.
struct CompareReport {
  std::vector<Document> documents;
  std::vector<Version> versions;
  std::vector<Sentences> sentences;  // read only for context
  std::vector<ComparedRow> rows;
};

struct CompareRenderOptions {
  bool color = false;      // table: ANSI colors
  bool context = false;    // each figure's sentence
  size_t cell_width = 28;  // table: version cells are cut at this many display columns
};

// Column names of the versions: file names without directory and extension ("fr.summary"),
// the paths as given where two would be the same.
std::vector<std::string> VersionLabels(const std::vector<Document>& documents);

// "14 figures · 3 agree in every version · 11 differ or are missing".
std::string SummaryLine(const std::vector<ComparedRow>& rows);

std::string RenderCompareTable(const CompareReport& report, const CompareRenderOptions& options);
std::string RenderCompareMarkdown(const CompareReport& report, const CompareRenderOptions& options);
std::string RenderCompareCsv(const CompareReport& report, const CompareRenderOptions& options);
std::string RenderCompareJson(const CompareReport& report, const CompareRenderOptions& options);

}  // namespace figdiff
