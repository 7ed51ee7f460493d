#include "cli/extract_job.h"

#include "cli/commands.h"
#include "cli/output.h"
#include "figdiff/extract.h"
#include "figdiff/render_facts.h"

namespace figdiff::cli {

void ExtractDocument(Document doc, const ExtractSettings& settings, JobResult* result) {
  const Lexicon* lex = settings.lexicons->Get(doc.lang, &result->fatal);
  if (lex == nullptr) return;
  std::vector<Fact> facts = ExtractFacts(*lex, doc.text, settings.documents.Extraction());
  // A file's lines are its job's whole output: moved, not copied.
  auto add = [&](std::string lines) {
    if (result->output.empty()) {
      result->output = std::move(lines);
    } else {
      result->output += lines;
    }
  };
  if (settings.format == "jsonl") add(RenderJsonl(doc, facts));
  if (settings.format == "tsv") add(RenderTsv(doc, facts));
  if (settings.format == "table")
    result->table_documents.emplace_back(std::move(doc), std::move(facts));
}

ExtractPrinter::ExtractPrinter(const ExtractSettings& settings, bool with_id, Progress* progress)
    : settings_(settings), progress_(progress), table_(MakeFactTable()) {
  if (settings_.format == "tsv") Write(TsvHeader(with_id));
}

bool ExtractPrinter::Print(JobResult result) {
  if (!result.errors.empty() || !result.fatal.empty()) progress_->Clear();
  for (const std::string& error : result.errors) Error(error);
  failed_ = failed_ || !result.errors.empty();
  if (!result.fatal.empty()) {
    Error(result.fatal);
    return false;
  }
  Write(result.output);
  for (const auto& [doc, facts] : result.table_documents) AddFactRows(doc, facts, &table_);
  documents_ += result.documents;
  bytes_ += result.bytes;
  progress_->Update(documents_, bytes_);
  return true;
}

void ExtractPrinter::Report(const std::string& message) {
  progress_->Clear();
  Error(message);
  failed_ = true;
}

int ExtractPrinter::Finish() {
  progress_->Clear();
  if (settings_.format == "table") Write(table_.Render());
  return failed_ ? kExitError : kExitOk;
}

}  // namespace figdiff::cli
