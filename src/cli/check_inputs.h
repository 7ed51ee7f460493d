// What `figdiff check` reads: its arguments turned into pairs to check (a reference and a
// translation, or a bilingual PO / XLIFF file), directories paired by relative path, and the
// language of each side (an option, the file's metadata, its path, or detection).
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "figdiff/suppressions.h"
#include "figdiff/translation_file.h"

namespace figdiff::cli {

struct CheckInputOptions {
  std::string source_lang;  // the reference's language (PO files: msgid's, default en)
  std::string target_lang;  // the translations' language
  std::string dollar = "USD";
  std::string data_dir;
  bool lossy = false;
};

// Declares --source-lang, --target-lang, --dollar, --data-dir and --lossy.
void AddCheckInputOptions(CLI::App* sub, CheckInputOptions* options);

struct CheckJob {
  enum Kind {
    kDocuments,           // ref and path: text or Markdown
    kLocaleFiles,         // ref and path: JSON locale files
    kBilingual,           // path: PO or XLIFF
    kTranslationMissing,  // ref exists, path does not
    kReferenceMissing,    // path exists, ref does not
  };
  Kind kind;
  std::string ref, path;
};

// The jobs for `check [--ref REF] FILES...`, in argument order, directories' files by relative
// path. Reports a usage problem (naming the path) and returns false.
bool PlanCheck(const std::string& ref, const std::vector<std::string>& files,
               std::vector<CheckJob>* jobs);

// A JSON locale file with its language.
struct LocaleFile {
  LocaleStrings strings;
  std::string lang;

  std::optional<size_t> Find(const std::string& key) const;

 private:
  mutable std::vector<size_t> by_key_;  // indices sorted by key, built on first Find
};

// Reads a JSON locale file; its language is `lang`, else a tag in its path, else detected from
// its strings. Reports problems ("figdiff: <path>: ...") and returns false.
bool ReadLocaleFile(const std::string& path, const std::string& lang, LocaleFile* out);

// Reads a PO or XLIFF file and the languages of its sides: the options', else the file's
// metadata (XLIFF source and target languages, the PO Language header; a PO file's source is
// English unless --source-lang says otherwise), else the path (target). Reports problems and
// returns false.
bool ReadBilingualFile(const std::string& path, const CheckInputOptions& options,
                       TranslationFile* out, std::string* source_lang, std::string* target_lang);

// Reads `path` into *out; with an empty path, ./.figdiff-ignore when it exists (else *out stays
// empty). Reports problems and returns false.
bool LoadIgnoreFile(const std::string& path, std::optional<IgnoreFile>* out);

}  // namespace figdiff::cli
