#include "cli/check_inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <system_error>

#include "cli/documents.h"
#include "cli/output.h"
#include "figdiff/input.h"
#include "figdiff/language_data.h"
#include "figdiff/language_detect.h"

namespace figdiff::cli {
namespace {

namespace fs = std::filesystem;

bool HasExtension(const std::string& path, std::initializer_list<std::string_view> extensions) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

bool IsBilingual(const std::string& path) { return HasExtension(path, {".po", ".xlf", ".xliff"}); }
bool IsLocaleJson(const std::string& path) { return HasExtension(path, {".json"}); }
// What a directory of documents is checked for.
bool IsCheckedDocument(const std::string& path) {
  return HasExtension(path, {".md", ".markdown", ".mdx", ".txt", ".text", ".json"});
}

bool IsDirectory(const std::string& path) {
  std::error_code ec;
  return path != "-" && fs::is_directory(path, ec);
}

// The regular files under `dir` that `wanted` accepts, relative to it, sorted; hidden files and
// directories skipped. Reports a directory that cannot be listed and returns false.
template <typename Wanted>
bool ListFiles(const std::string& dir, Wanted wanted, std::vector<std::string>* out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    std::error_code type_ec;
    if (it->is_regular_file(type_ec) && wanted(name)) {
      out->push_back(fs::relative(it->path(), dir, type_ec).string());
    }
  }
  if (ec) {
    Error(dir + ": " + ec.message());
    return false;
  }
  std::sort(out->begin(), out->end());
  return true;
}

std::string Join(const std::string& dir, const std::string& relative) {
  return (fs::path(dir) / relative).string();
}

// "fr_FR", "fr-CA", "FR" -> "fr"; "" when not a supported language.
std::string SupportedLanguageOf(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  std::transform(primary.begin(), primary.end(), primary.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::vector<std::string> supported = SupportedLanguages();
  return std::find(supported.begin(), supported.end(), primary) != supported.end() ? primary : "";
}

// Pairs two directories by relative path.
bool PlanDirectories(const std::string& ref, const std::string& dir, std::vector<CheckJob>* jobs) {
  std::vector<std::string> in_ref, in_dir;
  if (!ListFiles(ref, IsCheckedDocument, &in_ref) || !ListFiles(dir, IsCheckedDocument, &in_dir)) {
    return false;
  }
  std::vector<std::string> all;
  std::set_union(in_ref.begin(), in_ref.end(), in_dir.begin(), in_dir.end(),
                 std::back_inserter(all));
  for (const std::string& relative : all) {
    bool has_ref = std::binary_search(in_ref.begin(), in_ref.end(), relative);
    bool has_translation = std::binary_search(in_dir.begin(), in_dir.end(), relative);
    CheckJob job{CheckJob::kDocuments, Join(ref, relative), Join(dir, relative)};
    if (!has_translation) {
      job.kind = CheckJob::kTranslationMissing;
    } else if (!has_ref) {
      job.kind = CheckJob::kReferenceMissing;
    } else if (IsLocaleJson(relative)) {
      job.kind = CheckJob::kLocaleFiles;
    }
    jobs->push_back(std::move(job));
  }
  return true;
}

}  // namespace

void AddCheckInputOptions(CLI::App* sub, CheckInputOptions* options) {
  auto language = CLI::IsMember(SupportedLanguages());
  sub->add_option("--source-lang", options->source_lang,
                  "Language of the reference (default: the file's metadata, a tag in its path, "
                  "else detected; PO files: en)")
      ->check(language);
  sub->add_option("--target-lang", options->target_lang,
                  "Language of the translations (default: the file's metadata, a tag in the "
                  "path, else detected)")
      ->check(language);
  AddReadingOptions(sub, &options->dollar, &options->lossy, &options->data_dir);
}

bool PlanCheck(const std::string& ref, const std::vector<std::string>& files,
               std::vector<CheckJob>* jobs) {
  for (const std::string& path : files) {
    if (ref.empty()) {
      if (IsDirectory(path)) {
        std::vector<std::string> found;
        if (!ListFiles(path, IsBilingual, &found)) return false;
        if (found.empty()) {
          Error(path + ": holds no PO or XLIFF file (other translations need --ref)");
          return false;
        }
        for (const std::string& relative : found) {
          jobs->push_back({CheckJob::kBilingual, "", Join(path, relative)});
        }
      } else if (IsBilingual(path)) {
        jobs->push_back({CheckJob::kBilingual, "", path});
      } else {
        Error(path + ": not a PO or XLIFF file: text, Markdown and JSON translations need --ref");
        return false;
      }
    } else if (IsBilingual(path)) {
      Error(path + ": a PO or XLIFF file holds its own source: check it without --ref");
      return false;
    } else if (IsDirectory(ref) != IsDirectory(path)) {
      Error(path + ": --ref " + ref +
            " and the translations must both be files or both directories");
      return false;
    } else if (IsDirectory(ref)) {
      if (!PlanDirectories(ref, path, jobs)) return false;
    } else {
      CheckJob::Kind kind = IsLocaleJson(ref) ? CheckJob::kLocaleFiles : CheckJob::kDocuments;
      jobs->push_back({kind, ref, path});
    }
  }
  return true;
}

std::optional<size_t> LocaleFile::Find(const std::string& key) const {
  const std::vector<std::string>& keys = strings.keys;
  if (by_key_.size() != keys.size()) {
    by_key_.resize(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) by_key_[i] = i;
    std::sort(by_key_.begin(), by_key_.end(),
              [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  }
  auto it = std::lower_bound(by_key_.begin(), by_key_.end(), key,
                             [&](size_t i, const std::string& k) { return keys[i] < k; });
  if (it == by_key_.end() || keys[*it] != key) return std::nullopt;
  return *it;
}

bool ReadLocaleFile(const std::string& path, const std::string& lang, LocaleFile* out) {
  Document doc;
  std::string error;
  if (!ReadDocument(path, &doc, &error) || !ReadJsonLocaleFile(doc.text, &out->strings, &error)) {
    Error(path + ": " + error);
    return false;
  }
  out->lang = lang.empty() ? LanguageFromPath(path) : lang;
  if (out->lang.empty()) {
    std::string all;
    for (const std::string& text : out->strings.texts) all += text + "\n";
    out->lang = DetectLanguage(all);
  }
  if (out->lang.empty()) {
    Error(path +
          ": cannot tell the language (supported: en, es, fr, ar); use --source-lang or "
          "--target-lang");
    return false;
  }
  return true;
}

bool ReadBilingualFile(const std::string& path, const CheckInputOptions& options,
                       TranslationFile* out, std::string* source_lang, std::string* target_lang) {
  std::string error;
  bool ok;
  if (HasExtension(path, {".po"})) {
    ok = ReadPoFile(path, out, &error);
  } else {
    Document doc;  // decoded to UTF-8 like any input: a UTF-16 file is converted first
    ok = ReadDocument(path, &doc, &error) && ReadXliffFile(doc.text, out, &error);
  }
  if (!ok) {
    Error(path + ": " + error);
    return false;
  }
  bool po = HasExtension(path, {".po"});
  *source_lang = !options.source_lang.empty()     ? options.source_lang
                 : po && out->source_lang.empty() ? "en"
                                                  : SupportedLanguageOf(out->source_lang);
  *target_lang =
      !options.target_lang.empty() ? options.target_lang : SupportedLanguageOf(out->target_lang);
  if (target_lang->empty() && out->target_lang.empty()) *target_lang = LanguageFromPath(path);
  for (auto [side, lang, written] : {std::tuple{"source", *source_lang, out->source_lang},
                                     std::tuple{"target", *target_lang, out->target_lang}}) {
    if (!lang.empty()) continue;
    Error(path + ": the " + side + " language " +
          (written.empty() ? std::string("is not given") : "'" + written + "' is not supported") +
          " (supported: en, es, fr, ar); use --" + side + "-lang");
    return false;
  }
  return true;
}

bool LoadIgnoreFile(const std::string& path, std::optional<IgnoreFile>* out) {
  std::string name = path.empty() ? ".figdiff-ignore" : path;
  std::error_code ec;
  if (path.empty() && !fs::exists(name, ec)) return true;
  Document doc;
  std::string error;
  IgnoreFile ignore;
  if (!ReadDocument(name, &doc, &error)) {
    Error(name + ": " + error);
    return false;
  }
  if (!IgnoreFile::Parse(doc.text, name, &ignore, &error)) {
    Error(error);
    return false;
  }
  *out = std::move(ignore);
  return true;
}

}  // namespace figdiff::cli
