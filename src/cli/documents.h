// The documents a subcommand reads: the options it shares with the others (--lang, --dollar,
// --data-dir), directory arguments, and each document read with its language chosen.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "figdiff/extract.h"
#include "figdiff/input.h"

namespace figdiff::cli {

struct DocumentOptions {
  std::string lang;  // the language of every input; empty: from the path, else detected
  std::string dollar = "USD";
  std::string data_dir;
  bool lossy = false;  // repair invalid UTF-8 with U+FFFD instead of refusing the file

  ExtractOptions Extraction() const;
};

// Declares --lang, --dollar, --data-dir and --lossy on `sub`.
void AddDocumentOptions(CLI::App* sub, DocumentOptions* options);

// Declares --dollar, --lossy and --data-dir: how every subcommand reads its documents.
void AddReadingOptions(CLI::App* sub, std::string* dollar, bool* lossy, std::string* data_dir);

// Declares --tolerance (compare, check): a number of percent.
void AddToleranceOption(CLI::App* sub, std::string* tolerance);

// The paths as given, each directory replaced by its regular files (sorted by name, hidden
// files skipped). A directory that cannot be listed is reported and sets *failed.
std::vector<std::string> ExpandDirectories(const std::vector<std::string>& paths, bool* failed);

// Reads `path` ("-": standard input) and chooses its language: `lang`, else a tag in the path,
// else detection. On failure reports why ("figdiff: <path>: ...") and returns false.
bool LoadDocument(const std::string& path, const DocumentOptions& options, Document* doc);
// The same, with the message ("<path>: ...") in *error instead of on stderr: for threads, whose
// messages are printed in input order.
bool LoadDocument(const std::string& path, const DocumentOptions& options, Document* doc,
                  std::string* error);

}  // namespace figdiff::cli
