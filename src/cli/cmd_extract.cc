// figdiff extract: every monetary amount, percentage and count of the input files.
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "figdiff/extract.h"
#include "figdiff/input.h"
#include "figdiff/language_data.h"
#include "figdiff/language_detect.h"
#include "figdiff/lexicon.h"
#include "figdiff/render_facts.h"

namespace figdiff::cli {
namespace {

struct ExtractCommand {
  std::vector<std::string> files;
  std::string format = "auto";
  std::string lang;
  std::string dollar = "USD";
  std::string data_dir;
};

// The language of a document: --lang, a tag in its path, or detection; "" when none fits.
std::string ChooseLanguage(const std::string& forced, const Document& doc) {
  if (!forced.empty()) return forced;
  std::string lang = LanguageFromPath(doc.name);
  return lang.empty() ? DetectLanguage(doc.text) : lang;
}

int Run(const ExtractCommand& cmd) {
  std::string format = cmd.format;
  if (format == "auto") format = isatty(STDOUT_FILENO) ? "table" : "jsonl";
  std::vector<std::string> files = cmd.files.empty() ? std::vector<std::string>{"-"} : cmd.files;
  LexiconCache lexicons(cmd.data_dir);
  ExtractOptions options;
  options.dollar = cmd.dollar;
  TextTable table = MakeFactTable();
  int status = kExitOk;
  if (format == "tsv") Write(TsvHeader());
  for (const std::string& path : files) {
    Document doc;
    std::string error;
    if (!ReadDocument(path, &doc, &error)) {
      Error(path + ": " + error);
      status = kExitError;
      continue;
    }
    doc.lang = ChooseLanguage(cmd.lang, doc);
    if (doc.lang.empty()) {
      Error(path + ": cannot tell the language (supported: en, es, fr, ar); use --lang");
      status = kExitError;
      continue;
    }
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
  std::vector<std::string> languages = SupportedLanguages();
  sub->add_option("--lang", cmd->lang,
                  "Language of every input (default: a tag in the file name, else detected)")
      ->check(CLI::IsMember(languages));
  sub->add_option("--dollar", cmd->dollar,
                  "ISO 4217 code that '$' and bare 'dollars' stand for (default USD)")
      ->check([](const std::string& code) {
        bool ok = code.size() == 3 && std::all_of(code.begin(), code.end(),
                                                  [](char c) { return c >= 'A' && c <= 'Z'; });
        return ok ? std::string() : "must be an ISO 4217 code such as USD, CAD, AUD";
      });
  sub->add_option("--data-dir", cmd->data_dir,
                  "Read language data from DIR/<lang>.tsv instead of the built-in copy");
  return [cmd] { return Run(*cmd); };
}

}  // namespace figdiff::cli
