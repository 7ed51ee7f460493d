// The work of `figdiff extract`, split for -j: a job (one file, or one batch of a stream's
// records) runs on any thread and returns a JobResult; ExtractPrinter prints the results on the
// main thread in input order (the facts on stdout, the messages on stderr, the progress line).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cli/documents.h"
#include "cli/progress.h"
#include "figdiff/fact.h"
#include "figdiff/input.h"
#include "figdiff/jsonl_record.h"
#include "figdiff/lexicon.h"
#include "figdiff/text_table.h"

namespace figdiff::cli {

struct ExtractSettings {
  std::string format;  // jsonl, tsv or table
  DocumentOptions documents;
  JsonlFields fields;  // --input-format jsonl
  LexiconCache* lexicons = nullptr;
};

struct JobResult {
  std::string output;                                                   // jsonl or tsv lines
  std::vector<std::pair<Document, std::vector<Fact>>> table_documents;  // --format table
  std::vector<std::string> errors;  // messages for stderr ("<path>: ..."), in input order
  std::string fatal;                // an error that stops the run: language data unreadable
  uint64_t documents = 0;           // done, for the progress line
  uint64_t bytes = 0;               // of the input consumed
};

// Extracts the facts of `doc` (its language chosen) into *result.
void ExtractDocument(Document doc, const ExtractSettings& settings, JobResult* result);

class ExtractPrinter {
 public:
  // Prints the TSV header (with an id column for streams) right away.
  ExtractPrinter(const ExtractSettings& settings, bool with_id, Progress* progress);

  // Prints one job's results; false after a fatal error (reported), when the run must stop.
  bool Print(JobResult result);
  // A problem outside any job (a file that cannot be opened): reported, exit status 2.
  void Report(const std::string& message);
  // Prints the table, if that is the format, and returns the exit status.
  int Finish();

 private:
  const ExtractSettings& settings_;
  Progress* progress_;
  TextTable table_;
  bool failed_ = false;
  uint64_t documents_ = 0, bytes_ = 0;
};

}  // namespace figdiff::cli
