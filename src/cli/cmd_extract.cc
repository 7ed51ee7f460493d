// figdiff extract: every monetary amount, percentage and count of the input files, or of each
// document of a JSON Lines stream (--input-format jsonl).
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/extract_job.h"
#include "cli/extract_stream.h"
#include "cli/ordered_jobs.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "figdiff/lexicon.h"

namespace figdiff::cli {
namespace {

struct ExtractCommand {
  std::vector<std::string> files;
  std::string format = "auto";
  std::string input_format = "text";
  std::string text_field = "text", id_field = "id", lang_field = "lang";
  unsigned jobs = 0;  // 0: the number of cores
  bool quiet = false;
  DocumentOptions documents;
};

JobResult ProcessFile(const std::string& path, const ExtractSettings& settings) {
  JobResult result;
  Document doc;
  std::string error;
  if (!LoadDocument(path, settings.documents, &doc, &error)) {
    result.errors.push_back(error);
    return result;
  }
  result.documents = 1;
  result.bytes = doc.text.size();
  ExtractDocument(std::move(doc), settings, &result);
  return result;
}

// Each file is a job; false after a fatal error.
bool ExtractFiles(const std::vector<std::string>& files, const ExtractSettings& settings,
                  OrderedJobs<JobResult>* jobs, ExtractPrinter* printer) {
  for (const std::string& path : files) {
    while (jobs->Full()) {
      if (!printer->Print(jobs->TakeOldest())) return false;
    }
    jobs->Add([&path, &settings] { return ProcessFile(path, settings); });
  }
  while (!jobs->Empty()) {
    if (!printer->Print(jobs->TakeOldest())) return false;
  }
  return true;
}

int Run(const ExtractCommand& cmd) {
  bool stream = cmd.input_format == "jsonl";
  if (!stream && (cmd.text_field != "text" || cmd.id_field != "id" || cmd.lang_field != "lang")) {
    Error("--text-field, --id-field and --lang-field need --input-format jsonl");
    return kExitError;
  }
  bool stdout_terminal = isatty(STDOUT_FILENO);
  LexiconCache lexicons(cmd.documents.data_dir);
  ExtractSettings settings{
      cmd.format == "auto" ? (stdout_terminal ? "table" : "jsonl") : cmd.format,
      cmd.documents,
      {JsonlField(cmd.text_field), JsonlField(cmd.id_field), JsonlField(cmd.lang_field)},
      &lexicons};
  std::vector<std::string> files = cmd.files.empty() ? std::vector<std::string>{"-"} : cmd.files;
  unsigned jobs = cmd.jobs != 0 ? cmd.jobs : std::max(1u, std::thread::hardware_concurrency());
  // The table comes at the end; other formats print as they go, so on a terminal the figures
  // themselves show the progress.
  Progress progress(Progress::Wanted(cmd.quiet, stdout_terminal && settings.format != "table"),
                    stream ? "documents" : "files", Progress::TotalSize(files));
  ExtractPrinter printer(settings, stream, &progress);
  // Two jobs per thread: one running, one ready for when it ends.
  OrderedJobs<JobResult> ordered(jobs, static_cast<size_t>(jobs) * 2);
  bool finished = stream ? ExtractStream(files, settings, &ordered, &printer)
                         : ExtractFiles(files, settings, &ordered, &printer);
  int status = printer.Finish();
  return finished ? status : kExitError;
}

}  // namespace

std::function<int()> SetupExtract(CLI::App& app) {
  auto cmd = std::make_shared<ExtractCommand>();
  CLI::App* sub = app.add_subcommand(
      "extract", "Print every monetary amount, percentage and count, normalized to an exact value");
  sub->add_option("files", cmd->files, "Files to read; '-' or none for standard input");
  sub->add_option("--format", cmd->format,
                  "jsonl, tsv or table (default: table on a terminal, else jsonl)")
      ->check(CLI::IsMember({"auto", "jsonl", "tsv", "table"}));
  sub->add_option("--input-format", cmd->input_format,
                  "text: each file is a document (default); jsonl: each line is a JSON object "
                  "holding one document (docs/streaming.md)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  sub->add_option("--text-field", cmd->text_field,
                  "jsonl: the field holding the text (default text; 'a.b' for nested objects)");
  sub->add_option("--id-field", cmd->id_field,
                  "jsonl: the field holding the document's id (default id; without it, the line "
                  "number)");
  sub->add_option("--lang-field", cmd->lang_field,
                  "jsonl: the field holding the language (default lang; without it, --lang, "
                  "else detected)");
  sub->add_option("-j,--jobs", cmd->jobs,
                  "Threads: files, or batches of a stream's documents, processed in parallel "
                  "(default: the number of cores); output stays in input order");
  sub->add_flag("-q,--quiet", cmd->quiet, "No progress line on a terminal");
  AddDocumentOptions(sub, &cmd->documents);
  return [cmd] { return Run(*cmd); };
}

}  // namespace figdiff::cli
