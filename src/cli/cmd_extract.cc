// figdiff extract: every monetary amount, percentage and count of the input files.
#include <unistd.h>

#include <memory>
#include <string>
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
  DocumentOptions documents;
};

int Run(const ExtractCommand& cmd) {
  std::string format = cmd.format;
  if (format == "auto") format = isatty(STDOUT_FILENO) ? "table" : "jsonl";
  std::vector<std::string> files = cmd.files.empty() ? std::vector<std::string>{"-"} : cmd.files;
  LexiconCache lexicons(cmd.documents.data_dir);
  ExtractOptions options = cmd.documents.Extraction();
  TextTable table = MakeFactTable();
  int status = kExitOk;
  if (format == "tsv") Write(TsvHeader());
  for (const std::string& path : files) {
    Document doc;
    if (!LoadDocument(path, cmd.documents, &doc)) {
      status = kExitError;
      continue;
    }
    std::string error;
    const Lexicon* lex = lexicons.Get(doc.lang, &error);
    if (lex == nullptr) {
      Error(error);
      return kExitError;
    }
    std::vector<Fact> facts = ExtractFacts(*lex, doc.text, options);
    if (format == "jsonl") {
      Write(RenderJsonl(doc, facts));
    } else if (format == "tsv") {
      Write(RenderTsv(doc, facts));
    } else {
      AddFactRows(doc, facts, &table);
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
  AddDocumentOptions(sub, &cmd->documents);
  return [cmd] { return Run(*cmd); };
}

}  // namespace figdiff::cli
