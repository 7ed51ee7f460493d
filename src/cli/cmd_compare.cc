// figdiff compare: the figures of the versions of one text side by side, one row per figure and
// one column per version, with what differs; exit status 1 when anything does.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "figdiff/compare.h"
#include "figdiff/extract.h"
#include "figdiff/lexicon.h"
#include "figdiff/render_compare.h"
#include "figdiff/sentences.h"

namespace figdiff::cli {
namespace {

struct CompareCommand {
  std::vector<std::string> files;
  std::string ref;
  std::string format = "table";
  std::string color = "auto";
  bool context = false;
  std::string tolerance = "2";
  size_t cell_width = 28;
  DocumentOptions documents;
};

bool UseColor(const std::string& choice) {
  if (choice != "auto") return choice == "always";
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

// Where `ref` is among `paths`, as the same file however named.
std::optional<size_t> FindFile(const std::vector<std::string>& paths, const std::string& ref) {
  for (size_t i = 0; i < paths.size(); ++i) {
    std::error_code ec;
    if (paths[i] == ref || std::filesystem::equivalent(paths[i], ref, ec)) return i;
  }
  return std::nullopt;
}

std::string Render(const CompareCommand& cmd, const CompareReport& report) {
  CompareRenderOptions options;
  options.color = UseColor(cmd.color);
  options.context = cmd.context;
  options.cell_width = cmd.cell_width;
  if (cmd.format == "markdown") return RenderCompareMarkdown(report, options);
  if (cmd.format == "csv") return RenderCompareCsv(report, options);
  if (cmd.format == "json") return RenderCompareJson(report, options);
  return RenderCompareTable(report, options);
}

// Reads the versions into `report` (the reference's index among them in *reference). Files that
// cannot be read are reported and skipped (*failed); returns false when comparing cannot go on.
bool ReadVersions(const CompareCommand& cmd, CompareReport* report,
                  std::optional<size_t>* reference, bool* failed) {
  std::vector<std::string> paths = ExpandDirectories(cmd.files, failed);
  std::optional<size_t> ref_path;
  if (!cmd.ref.empty()) {
    ref_path = FindFile(paths, cmd.ref);
    if (!ref_path) {  // the reference need not be repeated among the files
      paths.insert(paths.begin(), cmd.ref);
      ref_path = 0;
    }
  }
  LexiconCache lexicons(cmd.documents.data_dir);
  ExtractOptions extraction = cmd.documents.Extraction();
  for (size_t i = 0; i < paths.size(); ++i) {
    Document doc;
    if (!LoadDocument(paths[i], cmd.documents, &doc)) {
      if (ref_path == i) {
        Error("cannot compare without the reference");
        return false;
      }
      *failed = true;
      continue;
    }
    std::string error;
    const Lexicon* lex = lexicons.Get(doc.lang, &error);
    if (lex == nullptr) {
      Error(error);
      return false;
    }
    if (ref_path == i) *reference = report->documents.size();
    Sentences sentences(doc.text, doc.lang);
    report->versions.push_back(
        {doc.lang, ExtractFacts(*lex, doc.text, extraction), sentences.count()});
    report->sentences.push_back(std::move(sentences));
    report->documents.push_back(std::move(doc));
  }
  if (report->documents.size() < 2) {
    Error("compare needs at least two versions");
    return false;
  }
  return true;
}

int Run(const CompareCommand& cmd) {
  bool failed = false;
  CompareReport report;
  CompareOptions options;
  options.tolerance_percent = *Decimal::Parse(cmd.tolerance);
  if (!ReadVersions(cmd, &report, &options.reference, &failed)) return kExitError;
  std::string error;
  if (!CompareVersions(report.versions, options, &report.rows, &error)) {
    Error(error);
    return kExitError;
  }
  Write(Render(cmd, report));
  if (failed) return kExitError;
  bool agree = std::all_of(report.rows.begin(), report.rows.end(),
                           [](const ComparedRow& row) { return row.Agrees(); });
  return agree ? kExitOk : kExitDifferences;
}

}  // namespace

std::function<int()> SetupCompare(CLI::App& app) {
  auto cmd = std::make_shared<CompareCommand>();
  CLI::App* sub = app.add_subcommand(
      "compare",
      "Align the figures of the versions of one text: one row per figure, one column per version");
  sub->add_option("files", cmd->files,
                  "The versions: files ('-' for standard input) or directories (every file in "
                  "them, by name)")
      ->required();
  sub->add_option("--ref", cmd->ref,
                  "The reference version: its figures are right (default: the consensus)");
  sub->add_option("--format", cmd->format, "table, markdown, csv or json (default table)")
      ->check(CLI::IsMember({"table", "markdown", "csv", "json"}));
  sub->add_option("--color", cmd->color,
                  "auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("--context", cmd->context, "Show the sentence of each figure");
  AddToleranceOption(sub, &cmd->tolerance);
  sub->add_option("--cell-width", cmd->cell_width,
                  "Cut the versions' cells of the table at this many columns (default 28)")
      ->check(CLI::Range(1, 1000));
  AddDocumentOptions(sub, &cmd->documents);
  return [cmd] { return Run(*cmd); };
}

}  // namespace figdiff::cli
