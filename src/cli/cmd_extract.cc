// figdiff extract: every monetary amount, percentage and count of the input files.
#include <unistd.h>

#include <algorithm>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "figdiff/extract.h"
#include "figdiff/input.h"
#include "figdiff/lexicon.h"
#include "figdiff/render_facts.h"

namespace figdiff::cli {
namespace {

struct ExtractCommand {
  std::vector<std::string> files;
  std::string format = "auto";
  unsigned jobs = 0;  // 0: the number of cores
  DocumentOptions documents;
};

// One file's work, done on any thread; printed in input order by the main thread.
struct FileResult {
  bool read = false;  // false: reported and skipped
  std::string error;  // a fatal error (language data), printed by the main thread
  Document doc;
  std::vector<Fact> facts;
  std::string output;  // jsonl or tsv lines
};

FileResult ProcessFile(const std::string& path, const std::string& format,
                       const ExtractCommand& cmd, LexiconCache* lexicons) {
  FileResult result;
  if (!LoadDocument(path, cmd.documents, &result.doc)) return result;
  result.read = true;
  const Lexicon* lex = lexicons->Get(result.doc.lang, &result.error);
  if (lex == nullptr) return result;
  result.facts = ExtractFacts(*lex, result.doc.text, cmd.documents.Extraction());
  if (format == "jsonl") result.output = RenderJsonl(result.doc, result.facts);
  if (format == "tsv") result.output = RenderTsv(result.doc, result.facts);
  return result;
}

int Run(const ExtractCommand& cmd) {
  std::string format = cmd.format;
  if (format == "auto") format = isatty(STDOUT_FILENO) ? "table" : "jsonl";
  std::vector<std::string> files = cmd.files.empty() ? std::vector<std::string>{"-"} : cmd.files;
  unsigned jobs = cmd.jobs != 0 ? cmd.jobs : std::max(1u, std::thread::hardware_concurrency());
  LexiconCache lexicons(cmd.documents.data_dir);
  TextTable table = MakeFactTable();
  int status = kExitOk;
  if (format == "tsv") Write(TsvHeader());
  // Files go to the threads in waves, and their output comes back in input order: the same
  // bytes whatever -j is, and memory bounded by a wave.
  const size_t wave = static_cast<size_t>(jobs) * 2;
  for (size_t first = 0; first < files.size(); first += wave) {
    std::vector<std::future<FileResult>> pending;
    for (size_t i = first; i < std::min(files.size(), first + wave); ++i) {
      auto policy = jobs == 1 ? std::launch::deferred : std::launch::async;
      pending.push_back(std::async(policy, ProcessFile, std::cref(files[i]), std::cref(format),
                                   std::cref(cmd), &lexicons));
    }
    for (auto& future : pending) {
      FileResult result = future.get();
      if (!result.read) {
        status = kExitError;
        continue;
      }
      if (!result.error.empty()) {
        Error(result.error);
        return kExitError;
      }
      if (format == "table") {
        AddFactRows(result.doc, result.facts, &table);
      } else {
        Write(result.output);
      }
    }
  }
  if (format == "table") Write(table.Render());
  return status;
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
  sub->add_option("-j,--jobs", cmd->jobs,
                  "Files read in parallel (default: the number of cores); output stays in input "
                  "order");
  AddDocumentOptions(sub, &cmd->documents);
  return [cmd] { return Run(*cmd); };
}

}  // namespace figdiff::cli
