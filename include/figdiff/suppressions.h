// Accepting known differences, so that a team can adopt `figdiff check` on a repository that
// already has some: an inline marker next to the figure, a translator comment on a segment, or
// an entry in an ignore file. Entries of the ignore file must give a reason (they sit far from
// the text); inline markers may. Syntax in docs/check.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/check.h"
#include "figdiff/check_report.h"

namespace figdiff {

// "figdiff-ignore", optionally followed by finding types, then ": reason":
//   <!-- figdiff-ignore scale_differs: the French text means 10^12 here -->
//   # figdiff-ignore: approved by the client
struct IgnoreMarker {
  std::vector<CheckType> types;  // empty: every type
  std::string reason;

  bool Covers(CheckType type) const;
};

// The marker in `text` (a line, a translator comment, an XLIFF note), if any. Unknown type names
// make it invalid: *error says which (empty when the text has no marker).
std::optional<IgnoreMarker> FindIgnoreMarker(std::string_view text, std::string* error);

// The markers of a document, by line: a marker applies to findings on its own line, and a
// marker alone on its line (an HTML comment) also to the line after it.
class InlineMarkers {
 public:
  // Reads the markers of `text`; malformed ones are described in *errors ("line 3: ...").
  InlineMarkers(std::string_view text, std::vector<std::string>* errors);

  // The marker that covers a finding of `type` on a line from `first` to `last`, or nullptr.
  const IgnoreMarker* Find(int first, int last, CheckType type) const;

 private:
  struct Entry {
    int line;
    IgnoreMarker marker;
  };
  std::vector<Entry> entries_;  // by line; a standalone marker appears for both lines
};

// An ignore file (.figdiff-ignore): one accepted difference per line,
//   PATH[#UNIT]  TYPE  FIGURE  REASON...
// PATH a glob (fnmatch) on the translation's path as given, UNIT a segment id, TYPE a finding
// type or *, FIGURE the value of the expected figure (of the found one for `extra`) as in the
// JSON output, or *. '#' at the start of a line begins a comment.
class IgnoreFile {
 public:
  // Parses `text` (read from `name`). Returns false with "name:line: problem" in *error.
  static bool Parse(std::string_view text, const std::string& name, IgnoreFile* out,
                    std::string* error);

  // The reason of the first entry that matches `finding`, which is then used; nullopt if none.
  std::optional<std::string> Match(const CheckFinding& finding);

  // "name:line: matches no finding" for every entry that matched nothing: stale entries.
  std::vector<std::string> Unused() const;

 private:
  struct Entry {
    int line;
    std::string path, unit;         // unit empty: any
    std::optional<CheckType> type;  // nullopt: any
    std::string figure;             // "*": any
    std::string reason;
    bool used = false;
  };
  std::string name_;
  std::vector<Entry> entries_;
};

}  // namespace figdiff
