#include "cli/extract_stream.h"

#include <fmt/core.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "figdiff/input.h"
#include "figdiff/language_data.h"
#include "figdiff/language_detect.h"
#include "figdiff/line_reader.h"

namespace figdiff::cli {
namespace {

// Records are handed to the threads in batches of about this many bytes: big enough that a
// batch outweighs its hand-over, small enough that the batches in flight stay a few MB.
constexpr size_t kBatchBytes = 256 * 1024;

struct Line {
  int64_t number = 0;
  std::string text;
  std::string error;  // a line refused before parsing (too long), or a read error
};

struct Batch {
  std::string path;
  std::vector<Line> lines;
  uint64_t bytes = 0;
};

// Chooses the record's language: its own field, else --lang, else detection.
bool ChooseLanguage(const JsonlRecord& record, const DocumentOptions& options, std::string* lang,
                    std::string* error) {
  if (!record.lang.empty()) {
    *lang = record.lang;
    if (IsSupportedLanguage(*lang)) return true;
    *error = fmt::format("language \"{}\" is not supported (en, es, fr, ar)", record.lang);
    return false;
  }
  *lang = options.lang.empty() ? DetectLanguage(record.text) : options.lang;
  if (!lang->empty()) return true;
  *error = "cannot tell the language (supported: en, es, fr, ar); use --lang or a language field";
  return false;
}

JobResult ProcessBatch(Batch& batch, const ExtractSettings& settings) {
  JobResult result;
  result.bytes = batch.bytes;
  for (Line& line : batch.lines) {
    std::string where = fmt::format("{}:{}", batch.path, line.number);
    if (!line.error.empty()) {
      result.errors.push_back(line.number > 0 ? where + ": " + line.error
                                              : batch.path + ": " + line.error);
      continue;
    }
    JsonlRecord record;
    std::string error;
    Document doc;
    bool parsed = ParseJsonlRecord(line.text, line.number, settings.fields,
                                   settings.documents.lossy, &record, &error);
    // The record holds the text now: a big document is not held twice.
    std::string().swap(line.text);
    if (!parsed || !ChooseLanguage(record, settings.documents, &doc.lang, &error)) {
      result.errors.push_back(where + ": " + error);
      continue;
    }
    doc.name = batch.path;
    doc.text = std::move(record.text);
    doc.id = std::move(record.id);
    ExtractDocument(std::move(doc), settings, &result);
    if (!result.fatal.empty()) return result;
    ++result.documents;
  }
  return result;
}

class StreamReader {
 public:
  StreamReader(const ExtractSettings& settings, OrderedJobs<JobResult>* jobs,
               ExtractPrinter* printer)
      : settings_(settings), jobs_(jobs), printer_(printer) {}

  // Reads one input; false after a fatal error.
  bool Read(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> owned(nullptr, &std::fclose);
    std::FILE* file = stdin;
    if (path != "-") {
      owned.reset(std::fopen(path.c_str(), "rb"));
      if (!owned) {
        printer_->Report(path + ": " + std::strerror(errno));
        return true;
      }
      file = owned.get();
    }
    LineReader reader(file, kMaxTextBytes);
    Batch batch{path, {}, 0};
    uint64_t consumed = 0;
    std::string text;
    while (true) {
      LineReader::Status status = reader.Next(&text);
      if (status == LineReader::Status::kEnd) break;
      if (status == LineReader::Status::kError) {
        // A directory opens but cannot be read: EISDIR, as for text input.
        batch.lines.push_back({0, "", errno == EISDIR ? "is a directory" : std::strerror(errno)});
        break;
      }
      batch.bytes += reader.bytes_read() - consumed;
      consumed = reader.bytes_read();
      if (status == LineReader::Status::kTooLong) {
        batch.lines.push_back({reader.line_number(), "",
                               fmt::format("line longer than {} bytes, skipped", kMaxTextBytes)});
      } else if (!IsBlankLine(text)) {
        batch.lines.push_back({reader.line_number(), std::move(text), ""});
      }
      if (batch.bytes >= kBatchBytes && !Submit(&batch)) return false;
    }
    return Submit(&batch);
  }

  // Waits for the results still pending; false after a fatal error.
  bool Drain() {
    while (!jobs_->Empty()) {
      if (!printer_->Print(jobs_->TakeOldest())) return false;
    }
    return true;
  }

 private:
  bool Submit(Batch* batch) {
    if (batch->lines.empty() && batch->bytes == 0) return true;
    while (jobs_->Full()) {
      if (!printer_->Print(jobs_->TakeOldest())) return false;
    }
    auto shared = std::make_shared<Batch>(std::move(*batch));
    jobs_->Add([shared, this] { return ProcessBatch(*shared, settings_); });
    *batch = Batch{shared->path, {}, 0};
    return true;
  }

  const ExtractSettings& settings_;
  OrderedJobs<JobResult>* jobs_;
  ExtractPrinter* printer_;
};

}  // namespace

bool ExtractStream(const std::vector<std::string>& paths, const ExtractSettings& settings,
                   OrderedJobs<JobResult>* jobs, ExtractPrinter* printer) {
  StreamReader reader(settings, jobs, printer);
  for (const std::string& path : paths) {
    if (!reader.Read(path)) return false;
  }
  return reader.Drain();
}

}  // namespace figdiff::cli
