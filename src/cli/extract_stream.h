// `figdiff extract --input-format jsonl`: each line of the inputs is one document (a JSON
// object with its text, id and language), read as a stream in batches that run on the -j
// threads, with the facts printed in input order and memory bounded by a few batches and the
// largest document, whatever the size of the corpus (docs/streaming.md).
#pragma once

#include <string>
#include <vector>

#include "cli/extract_job.h"
#include "cli/ordered_jobs.h"

namespace figdiff::cli {

// Reads every path ("-": standard input) in order; returns false after a fatal error.
bool ExtractStream(const std::vector<std::string>& paths, const ExtractSettings& settings,
                   OrderedJobs<JobResult>* jobs, ExtractPrinter* printer);

}  // namespace figdiff::cli
