// figdiff check: a CI gate for translated content. Every figure of the reference must survive
// in each translation; exit status 1 when one was changed, dropped or added, with findings a
// CI system can annotate. Documents are checked whole, translation files segment by segment.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "cli/check_inputs.h"
#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "figdiff/check.h"
#include "figdiff/check_report.h"
#include "figdiff/extract.h"
#include "figdiff/lexicon.h"
#include "figdiff/markdown.h"
#include "figdiff/render_check.h"
#include "figdiff/sentences.h"
#include "figdiff/suppressions.h"

namespace figdiff::cli {
namespace {

struct CheckCommand {
  std::vector<std::string> files;
  std::string ref;
  std::string format = "text";
  std::string fail_on = "error";
  std::string ignore_file;
  bool include_fuzzy = false;
  bool show_suppressed = false;
  std::string tolerance = "2";
  CheckInputOptions inputs;
};

// One side of a pair, extracted.
struct Side {
  Document doc;
  std::vector<Fact> facts;
  int sentences = 1;
};

// Checks pairs and collects the findings, with the inline and segment suppressions applied.
class Checker {
 public:
  explicit Checker(const CheckCommand& cmd) : cmd_(cmd), lexicons_(cmd.inputs.data_dir) {
    options_.tolerance_percent = *Decimal::Parse(cmd.tolerance);
  }

  // A reference document and its translation (text or Markdown).
  void CheckDocuments(const std::string& ref_path, const std::string& path) {
    Document ref, translation;
    if (!LoadSide(ref_path, cmd_.inputs.source_lang, &ref) ||
        !LoadSide(path, cmd_.inputs.target_lang, &translation)) {
      return;
    }
    Side a, b;
    if (!Extract(std::move(ref), &a) || !Extract(std::move(translation), &b)) return;
    report_.files.push_back(path);
    std::vector<std::string> marker_errors;
    InlineMarkers markers(b.doc.text, &marker_errors);
    for (const std::string& e : marker_errors) Warn(path + ":" + e);
    std::vector<CheckFinding> found =
        Compare(a, LocateInDocument(a.doc.text), b, LocateInDocument(b.doc.text), std::nullopt);
    for (CheckFinding& f : found) {
      if (const IgnoreMarker* marker = markers.Find(f.at.line, f.last_line, f.type)) {
        f.suppressed = marker->reason.empty() ? "inline marker" : marker->reason;
      }
      Add(std::move(f));
    }
  }

  // A reference JSON locale file and its translation, key by key.
  void CheckLocaleFiles(const std::string& ref_path, const std::string& path) {
    LocaleFile ref, translation;
    if (!ReadLocaleFile(ref_path, cmd_.inputs.source_lang, &ref) ||
        !ReadLocaleFile(path, cmd_.inputs.target_lang, &translation)) {
      failed_ = true;
      return;
    }
    report_.files.push_back(path);
    for (size_t i = 0; i < translation.strings.keys.size(); ++i) {
      const std::string& key = translation.strings.keys[i];
      std::optional<size_t> j = ref.Find(key);
      if (!j || translation.strings.texts[i].empty()) continue;  // untranslated: not ours
      CheckUnit({ref_path, ref.strings.texts[*j], ref.lang}, ref.strings.anchors[*j],
                {path, translation.strings.texts[i], translation.lang},
                translation.strings.anchors[i], key, {});
      if (failed_hard_) return;
    }
  }

  // A PO or XLIFF file: each unit's source against its target.
  void CheckBilingualFile(const std::string& path) {
    TranslationFile file;
    std::string source_lang, target_lang;
    if (!ReadBilingualFile(path, cmd_.inputs, &file, &source_lang, &target_lang)) {
      failed_ = true;
      return;
    }
    report_.files.push_back(path);
    for (const TranslationUnit& unit : file.units) {
      if (unit.target.empty() || (unit.fuzzy && !cmd_.include_fuzzy)) continue;
      CheckUnit({path, unit.source, source_lang}, unit.source_anchors,
                {path, unit.target, target_lang}, unit.target_anchors, unit.id, unit.notes);
      if (failed_hard_) return;
    }
  }

  void FileMissing(const std::string& present, const std::string& absent,
                   bool translation_missing) {
    Add(FileMissingFinding(present, absent, translation_missing));
  }

  CheckReport& report() { return report_; }
  bool failed() const { return failed_ || failed_hard_; }

 private:
  bool LoadSide(const std::string& path, const std::string& lang, Document* doc) {
    DocumentOptions options;
    options.lang = lang;
    options.lossy = cmd_.inputs.lossy;
    if (LoadDocument(path, options, doc)) return true;
    failed_ = true;
    return false;
  }

  bool Extract(Document doc, Side* side) {
    std::string error;
    const Lexicon* lex = lexicons_.Get(doc.lang, &error);
    if (lex == nullptr) {
      Error(error);
      failed_hard_ = true;
      return false;
    }
    ExtractOptions extraction;
    extraction.dollar = cmd_.inputs.dollar;
    // Code, HTML and link targets of Markdown are not prose: their numbers are not figures.
    if (IsMarkdownPath(doc.name)) {
      side->facts = ExtractFacts(*lex, MaskMarkdown(doc.text), extraction);
    } else {
      side->facts = ExtractFacts(*lex, doc.text, extraction);
    }
    side->sentences = Sentences(doc.text, doc.lang).count();
    side->doc = std::move(doc);
    return true;
  }

  std::vector<CheckFinding> Compare(const Side& a, std::function<FilePosition(size_t)> locate_a,
                                    const Side& b, std::function<FilePosition(size_t)> locate_b,
                                    const std::optional<std::string>& unit) {
    std::vector<FigureFinding> findings;
    std::string error;
    if (!CheckTranslation({a.doc.lang, a.facts, a.sentences}, {b.doc.lang, b.facts, b.sentences},
                          options_, &findings, &error)) {
      Error(b.doc.name + ": " + error);
      failed_ = true;
      return {};
    }
    return DescribeFindings(findings, {&a.doc, &a.facts, std::move(locate_a)},
                            {&b.doc, &b.facts, std::move(locate_b)}, unit);
  }

  // One segment: `notes` may hold a figdiff-ignore marker for its findings.
  void CheckUnit(Document source, const std::vector<TextAnchor>& source_anchors, Document target,
                 const std::vector<TextAnchor>& target_anchors, const std::string& id,
                 const std::vector<std::string>& notes) {
    Side a, b;
    if (!Extract(std::move(source), &a) || !Extract(std::move(target), &b)) return;
    if (a.facts.empty() && b.facts.empty()) return;
    auto locate = [](const Side& side, const std::vector<TextAnchor>& anchors) {
      return
          [&side, &anchors](size_t offset) { return LocateInFile(side.doc.text, anchors, offset); };
    };
    std::vector<CheckFinding> found =
        Compare(a, locate(a, source_anchors), b, locate(b, target_anchors), id);
    std::optional<IgnoreMarker> marker;
    for (const std::string& note : notes) {
      std::string error;
      marker = FindIgnoreMarker(note, &error);
      if (!error.empty()) Warn(b.doc.name + ": unit " + id + ": " + error);
      if (marker) break;
    }
    for (CheckFinding& f : found) {
      if (marker && marker->Covers(f.type)) {
        f.suppressed = marker->reason.empty() ? "translator comment" : marker->reason;
      }
      Add(std::move(f));
    }
  }

  void Add(CheckFinding finding) { report_.findings.push_back(std::move(finding)); }

  void Warn(const std::string& what) { Error("warning: " + what); }

  const CheckCommand& cmd_;
  LexiconCache lexicons_;
  CheckOptions options_;
  CheckReport report_;
  bool failed_ = false;       // an input could not be checked; the others were
  bool failed_hard_ = false;  // checking cannot go on (language data)
};

Severity FailOn(const CheckCommand& cmd) {
  if (cmd.fail_on == "note") return Severity::kNote;
  return cmd.fail_on == "warning" ? Severity::kWarning : Severity::kError;
}

std::string Render(const CheckCommand& cmd, const CheckReport& report) {
  CheckRenderOptions options;
  options.show_suppressed = cmd.show_suppressed;
  options.fail_on = FailOn(cmd);
  if (cmd.format == "json") return RenderCheckJson(report, options);
  if (cmd.format == "github") return RenderCheckGithub(report, options);
  if (cmd.format == "sarif") return RenderCheckSarif(report, options);
  if (cmd.format == "junit") return RenderCheckJunit(report, options);
  return RenderCheckText(report, options);
}

// Runs the checker over what the arguments name (check_inputs.h pairs them).
bool CheckAll(const CheckCommand& cmd, Checker* checker) {
  std::vector<CheckJob> jobs;
  if (!PlanCheck(cmd.ref, cmd.files, &jobs)) return false;
  for (const CheckJob& job : jobs) {
    switch (job.kind) {
      case CheckJob::kDocuments:
        checker->CheckDocuments(job.ref, job.path);
        break;
      case CheckJob::kLocaleFiles:
        checker->CheckLocaleFiles(job.ref, job.path);
        break;
      case CheckJob::kBilingual:
        checker->CheckBilingualFile(job.path);
        break;
      case CheckJob::kTranslationMissing:
        checker->FileMissing(job.ref, job.path, true);
        break;
      case CheckJob::kReferenceMissing:
        checker->FileMissing(job.path, job.ref, false);
        break;
    }
  }
  return true;
}

int Run(const CheckCommand& cmd) {
  std::optional<IgnoreFile> ignore;
  if (!LoadIgnoreFile(cmd.ignore_file, &ignore)) return kExitError;
  Checker checker(cmd);
  if (!CheckAll(cmd, &checker)) return kExitError;
  CheckReport& report = checker.report();
  if (ignore) {
    for (CheckFinding& f : report.findings) {
      if (!f.suppressed) f.suppressed = ignore->Match(f);
    }
    for (const std::string& stale : ignore->Unused()) Error("warning: " + stale);
  }
  Write(Render(cmd, report));
  if (checker.failed()) return kExitError;
  bool fails = std::any_of(report.findings.begin(), report.findings.end(), [&](const auto& f) {
    return !f.suppressed && f.severity >= FailOn(cmd);
  });
  return fails ? kExitDifferences : kExitOk;
}

}  // namespace

std::function<int()> SetupCheck(CLI::App& app) {
  auto cmd = std::make_shared<CheckCommand>();
  CLI::App* sub = app.add_subcommand(
      "check",
      "Fail when a translation changed, dropped or added a figure of its reference (a CI gate)");
  sub->add_option("files", cmd->files,
                  "Translations (text, Markdown, JSON locale files; directories, paired with "
                  "--ref's by relative path), or PO / XLIFF files, which hold both sides")
      ->required();
  sub->add_option("--ref", cmd->ref,
                  "The reference: a file, or a directory for directories (not needed for PO and "
                  "XLIFF files)");
  sub->add_option("--format", cmd->format, "text, json, github, sarif or junit (default text)")
      ->check(CLI::IsMember({"text", "json", "github", "sarif", "junit"}));
  sub->add_option("--fail-on", cmd->fail_on,
                  "The least severity that fails the run: error, warning or note (default error)")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  sub->add_option("--ignore-file", cmd->ignore_file,
                  "Accepted differences, one per line (default: .figdiff-ignore when present)");
  sub->add_flag("--include-fuzzy", cmd->include_fuzzy,
                "Check unfinished PO and XLIFF entries too (fuzzy, needs-review, initial)");
  sub->add_flag("--show-suppressed", cmd->show_suppressed,
                "Print accepted findings too, marked with their reason");
  AddToleranceOption(sub, &cmd->tolerance);
  AddCheckInputOptions(sub, &cmd->inputs);
  return [cmd] { return Run(*cmd); };
}

}  // namespace figdiff::cli
