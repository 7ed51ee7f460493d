// Readers of translation files for `figdiff check`: gettext PO, XLIFF 1.2 / 2.0 and JSON locale
// files, read into source/target pairs ("units") whose decoded text stays mapped to exact
// line:col positions in the file, so that a figure found at some offset of a unit's text can be
// reported where it is written. docs/translation-files.md describes what each format yields.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace figdiff {

// Largest translation file read: a bigger one is refused with a message, not loaded.
constexpr size_t kMaxTranslationFileBytes = size_t{1} << 30;  // 1 GiB

// A 1-based position in a file; col counts code points (as extract's line:col do). {0, 0} means
// unknown.
struct FilePosition {
  int line = 0;
  int col = 0;
  friend bool operator==(const FilePosition&, const FilePosition&) = default;
};

// Where a unit's decoded text lies in its file: the text is pieces copied from the file, each
// starting at `offset` in the decoded text and at `at` in the file, and running on verbatim (same
// code points, same line breaks) until the next anchor. An escape (\" \n in PO, &amp; or a
// carriage return in XML, \u00e9 in JSON) is an anchor of its own, at its first character, and
// is followed by an anchor just after it (so the end of a text that ends with "\n" is located
// on the escape's line, not on a line the file does not have); string continuations and inline
// XML tags start a new anchor. Anchors are sorted by offset, one per offset. A present but empty
// text has one anchor {0, where its text would be}; an absent one (no <target>) has none.
struct TextAnchor {
  size_t offset;
  FilePosition at;
};

// The file position of byte `offset` of `text` (located by `anchors`, sorted by offset); an
// offset past the end is taken as the end. {0, 0} when no anchor is at or before `offset`.
FilePosition LocateInFile(std::string_view text, const std::vector<TextAnchor>& anchors,
                          size_t offset);

struct TranslationUnit {
  // PO: msgctxt + "\x04" + msgid (the msgctxt part only when there is one), + "[n]" for plural
  // form n; XLIFF: the unit / trans-unit id (+ "/" + segment id when a 2.0 unit has several
  // segments; the segment's 1-based index when it has no id); JSON: the key path "a.b.c".
  std::string id;
  std::string source, target;  // decoded text: valid UTF-8 without NUL
  std::vector<TextAnchor> source_anchors, target_anchors;
  // Not a finished translation: PO "#, fuzzy"; XLIFF 1.2 target state "new" or "needs-*";
  // XLIFF 2.0 segment state="initial" (written, not defaulted).
  bool fuzzy = false;
  // PO translator (#) and extracted (#.) comments, one per line; XLIFF <note>s of the unit.
  // `check` reads suppression markers from them.
  std::vector<std::string> notes;
};

struct TranslationFile {
  std::string source_lang, target_lang;  // as written in the file's metadata; empty when absent
  std::vector<TranslationUnit> units;    // in file order; untranslated units have an empty target
};

// Each returns false and sets *error to a message naming the problem (and the line when known;
// the caller adds the path). None of them throws or exits on bad input.

// libgettextpo reads the file itself, hence a path. Serialized internally: libgettextpo keeps
// global state.
bool ReadPoFile(const std::string& path, TranslationFile* out, std::string* error);

// XLIFF 1.2 (also 1.0, 1.1) and 2.0 (also 2.1) from the file's bytes (UTF-8, or UTF-16/32 with a
// byte order mark: positions are line:col, the same in any encoding).
bool ReadXliffFile(std::string_view bytes, TranslationFile* out, std::string* error);

// JSON locale files come in pairs (en.json + fr.json): one file is one side. Keys: nested objects
// flattened with "."; arrays indexed "a.0"; non-string leaves skipped. The top level must be an
// object; two strings with the same key path are an error.
struct LocaleStrings {
  std::vector<std::string> keys;
  std::vector<std::string> texts;
  std::vector<std::vector<TextAnchor>> anchors;
};
bool ReadJsonLocaleFile(std::string_view bytes, LocaleStrings* out, std::string* error);

}  // namespace figdiff
