#include "cli/documents.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "cli/output.h"
#include "figdiff/decimal.h"
#include "figdiff/language_data.h"
#include "figdiff/language_detect.h"

namespace figdiff::cli {

ExtractOptions DocumentOptions::Extraction() const {
  ExtractOptions options;
  options.dollar = dollar;
  return options;
}

void AddDocumentOptions(CLI::App* sub, DocumentOptions* options) {
  sub->add_option("--lang", options->lang,
                  "Language of every input (default: a tag in the file name, else detected)")
      ->check(CLI::IsMember(SupportedLanguages()));
  AddReadingOptions(sub, &options->dollar, &options->lossy, &options->data_dir);
}

void AddReadingOptions(CLI::App* sub, std::string* dollar, bool* lossy, std::string* data_dir) {
  sub->add_option("--dollar", *dollar,
                  "ISO 4217 code that '$' and bare 'dollars' stand for (default USD)")
      ->check([](const std::string& code) {
        bool ok = code.size() == 3 && std::all_of(code.begin(), code.end(),
                                                  [](char c) { return c >= 'A' && c <= 'Z'; });
        return ok ? std::string() : "must be an ISO 4217 code such as USD, CAD, AUD";
      });
  sub->add_flag("--lossy", *lossy,
                "Replace invalid UTF-8 with U+FFFD and go on (offsets refer to the repaired text)");
  sub->add_option("--data-dir", *data_dir,
                  "Read language data from DIR/<lang>.tsv instead of the built-in copy");
}

void AddToleranceOption(CLI::App* sub, std::string* tolerance) {
  sub->add_option("--tolerance", *tolerance,
                  "Values this close, in percent, are one figure rounded (default 2)")
      ->check([](const std::string& text) {
        std::optional<Decimal> d = Decimal::Parse(text);
        return d && !d->IsNegative() ? std::string()
                                     : "must be a number of percent, such as 2 or 0.5";
      });
}

std::vector<std::string> ExpandDirectories(const std::vector<std::string>& paths, bool* failed) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      out.push_back(path);  // reading it reports what is wrong with it
      continue;
    }
    std::vector<std::string> names;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      std::error_code type_ec;
      if (!name.starts_with(".") && it->is_regular_file(type_ec)) names.push_back(name);
    }
    if (ec) {
      Error(path + ": " + ec.message());
      *failed = true;
      continue;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) out.push_back((fs::path(path) / name).string());
  }
  return out;
}

bool LoadDocument(const std::string& path, const DocumentOptions& options, Document* doc) {
  std::string error;
  if (!LoadDocument(path, options, doc, &error)) {
    Error(error);
    return false;
  }
  return true;
}

bool LoadDocument(const std::string& path, const DocumentOptions& options, Document* doc,
                  std::string* error) {
  if (!ReadDocument(path, doc, error, ReadOptions{options.lossy})) {
    *error = path + ": " + *error;
    return false;
  }
  doc->lang = options.lang;
  if (doc->lang.empty()) doc->lang = LanguageFromPath(doc->name);
  if (doc->lang.empty()) doc->lang = DetectLanguage(doc->text);
  if (doc->lang.empty()) {
    *error = path + ": cannot tell the language (supported: en, es, fr, ar); use --lang";
    return false;
  }
  return true;
}

}  // namespace figdiff::cli
