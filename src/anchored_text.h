// Building a unit's decoded text and its anchors (translation_file.h) while walking the raw
// bytes of a file in order (internal, shared by the PO, XLIFF and JSON readers).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/position.h"
#include "figdiff/translation_file.h"

namespace figdiff {

class AnchoredTextBuilder {
 public:
  // `tracker` locates offsets of `file`; it is fastest when asked in file order, so build the
  // texts of a file in the order they are written.
  AnchoredTextBuilder(std::string_view file, PositionTracker* tracker, std::string* text,
                      std::vector<TextAnchor>* anchors);

  // Appends file[begin, end) as it is. Continues the current anchor when the piece directly
  // follows the previous copied one in the file.
  void Copy(size_t begin, size_t end);
  // Appends `decoded`, the value of the escape written at file[begin, end): an anchor of its
  // own, and one just after it (locating must never walk through an escape's value).
  void Escape(size_t begin, size_t end, std::string_view decoded);
  // Gives an empty text its one anchor, at file offset `at` (where the text would be written).
  void AnchorIfEmpty(size_t at);

  std::string_view text() const { return *text_; }

 private:
  FilePosition PositionOf(size_t file_offset);
  void AddAnchor(size_t file_offset);

  std::string_view file_;
  PositionTracker* tracker_;
  std::string* text_;
  std::vector<TextAnchor>* anchors_;
  size_t copied_end_ = std::string_view::npos;  // file offset just past the last copied piece
};

// "line L, col C" of `offset` in `file`.
std::string DescribePosition(std::string_view file, size_t offset);

// Refuses bytes over kMaxTranslationFileBytes.
bool CheckTranslationFileSize(size_t size, std::string* error);

}  // namespace figdiff
