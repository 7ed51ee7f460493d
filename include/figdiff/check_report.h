// The findings of `figdiff check` as a CI system sees them: each in a file at a line and column,
// with the reference's figure and the translation's, a message, and whether it was accepted
// (suppressions.h). Printed by render_check.h.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "figdiff/check.h"
#include "figdiff/fact.h"
#include "figdiff/input.h"
#include "figdiff/translation_file.h"

namespace figdiff {

struct CheckFinding {
  CheckType type = CheckType::kMissing;
  Severity severity = Severity::kError;
  std::string file;                 // the translation, as given
  std::string ref;                  // the reference file (for PO and XLIFF the same file)
  std::optional<std::string> unit;  // the segment's id in PO, XLIFF and JSON locale files
  FilePosition at;  // in `file`: the translation's figure, or where it belongs; {0, 0}: none
  // The last line where a missing figure may belong (up to the translation's next figure; the
  // end of the text when none follows); `at.line` for other findings. Inline markers there
  // cover it.
  int last_line = 0;
  // Facts as in extract's JSON Lines (render_facts.h), with line and col in their files.
  std::optional<nlohmann::ordered_json> expected, found;
  std::string message;
  std::optional<std::string> suppressed;  // the reason, when a suppression accepted it
};

// One side of a checked pair: a text with its facts, and where its bytes lie in a file.
struct CheckedText {
  const Document* doc;  // name: the file; text: the whole document, or one segment of the file
  const std::vector<Fact>* facts;
  std::function<FilePosition(size_t offset)> locate;  // file position of a byte offset of doc->text
};

// Locates offsets of a whole document (the text is the file).
std::function<FilePosition(size_t)> LocateInDocument(const std::string& text);

// The findings of a pair, placed and described. A missing figure is placed after the
// translation's figure that precedes it in the alignment (else at the start of the text).
std::vector<CheckFinding> DescribeFindings(const std::vector<FigureFinding>& findings,
                                           const CheckedText& reference,
                                           const CheckedText& translation,
                                           const std::optional<std::string>& unit);

// A reference file, or a translation file, that has no counterpart on the other side.
CheckFinding FileMissingFinding(const std::string& present, const std::string& absent,
                                bool translation_missing);

struct CheckSummary {
  size_t errors = 0, warnings = 0, notes = 0, suppressed = 0;
};
CheckSummary Summarize(const std::vector<CheckFinding>& findings);

}  // namespace figdiff
