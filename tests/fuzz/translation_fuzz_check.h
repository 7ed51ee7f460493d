// Invariants of a decoded translation text and its anchors (translation_file.h), shared by the
// fuzz targets of the PO, XLIFF and JSON readers. Positions are turned back into byte offsets of
// the file here, independently of src/, so that each anchor can be checked against the bytes
// it claims to stand for.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/translation_file.h"
#include "fuzz_check.h"

namespace figdiff::fuzz {

// Byte offsets of the starts of the lines of a file (lines end with '\n').
inline std::vector<size_t> LineStarts(std::string_view file) {
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < file.size(); ++i) {
    if (file[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// The byte offset of a 1-based line:col (col in code points) of valid UTF-8, or npos when the
// position is not in the file (the end of a line, just before its '\n', is in it).
inline size_t OffsetOf(std::string_view file, const std::vector<size_t>& starts, FilePosition at) {
  if (at.line < 1 || static_cast<size_t>(at.line) > starts.size() || at.col < 1) {
    return std::string_view::npos;
  }
  size_t pos = starts[at.line - 1];
  for (int col = 1; col < at.col; ++col) {
    if (pos >= file.size() || file[pos] == '\n') return std::string_view::npos;
    NextCodePoint(file, &pos);
  }
  return pos;
}

// Checks one text read from `file` (valid UTF-8). `escapes` are the characters that start an
// escape in this format: an anchor's piece (its text up to the next anchor) is either the
// file's bytes at the anchor's position, or the value of an escape written there (at most one
// code point, or one byte for PO's octal and hex escapes).
inline void CheckAnchoredText(std::string_view file, const std::vector<size_t>& starts,
                              std::string_view text, const std::vector<TextAnchor>& anchors,
                              std::string_view escapes, const char* what) {
  std::string shown(text.substr(0, 200));
  FUZZ_CHECK("text-utf8", IsValidUtf8(text), "%s: decoded text is not valid UTF-8: \"%s\"", what,
             shown.c_str());
  FUZZ_CHECK("text-nul", text.find('\0') == std::string_view::npos, "%s: NUL in the text", what);
  FUZZ_CHECK("anchor-present", !anchors.empty() || text.empty(),
             "%s: a non-empty text without anchors: \"%s\"", what, shown.c_str());
  for (size_t i = 0; i < anchors.size(); ++i) {
    const TextAnchor& a = anchors[i];
    size_t end = i + 1 < anchors.size() ? anchors[i + 1].offset : text.size();
    FUZZ_CHECK("anchor-order", a.offset <= end && end <= text.size(),
               "%s: anchor %zu at offset %zu, next at %zu, text of %zu bytes", what, i, a.offset,
               end, text.size());
    size_t at = OffsetOf(file, starts, a.at);
    FUZZ_CHECK("anchor-in-file", at != std::string_view::npos,
               "%s: anchor %zu at %d:%d is not a position of the file", what, i, a.at.line,
               a.at.col);
    std::string_view piece = text.substr(a.offset, end - a.offset);
    bool verbatim = file.substr(at, piece.size()) == piece;
    bool escape =
        at < file.size() && escapes.find(file[at]) != std::string_view::npos && piece.size() <= 4;
    std::string piece_shown(piece.substr(0, 80)), file_shown(file.substr(at, 80));
    FUZZ_CHECK("anchor-exact", piece.empty() || verbatim || escape,
               "%s: anchor %zu at %d:%d: the text \"%s\" is not what the file holds there: "
               "\"%s\"",
               what, i, a.at.line, a.at.col, piece_shown.c_str(), file_shown.c_str());
  }
  // Any offset locates inside the file: the anchors' own and the end.
  for (size_t offset : {size_t{0}, text.size() / 2, text.size()}) {
    FilePosition p = LocateInFile(text, anchors, offset);
    bool unknown = p.line == 0 && p.col == 0 && anchors.empty();
    FUZZ_CHECK(
        "locate-in-file",
        unknown || (p.line >= 1 && static_cast<size_t>(p.line) <= starts.size() && p.col >= 1),
        "%s: offset %zu of the text located at %d:%d, the file has %zu lines", what, offset, p.line,
        p.col, starts.size());
  }
}

}  // namespace figdiff::fuzz
