#include "figdiff/translation_file.h"

#include <fmt/core.h>

#include <algorithm>

#include "anchored_text.h"

namespace figdiff {

FilePosition LocateInFile(std::string_view text, const std::vector<TextAnchor>& anchors,
                          size_t offset) {
  offset = std::min(offset, text.size());
  auto after = std::upper_bound(anchors.begin(), anchors.end(), offset,
                                [](size_t o, const TextAnchor& a) { return o < a.offset; });
  if (after == anchors.begin()) return {};
  const TextAnchor& anchor = *std::prev(after);
  // The piece runs on verbatim from its anchor: line and column within it, then moved there.
  int line, col;
  PositionTracker(text.substr(anchor.offset)).Locate(offset - anchor.offset, &line, &col);
  if (line == 1) return {anchor.at.line, anchor.at.col + col - 1};
  return {anchor.at.line + line - 1, col};
}

AnchoredTextBuilder::AnchoredTextBuilder(std::string_view file, PositionTracker* tracker,
                                         std::string* text, std::vector<TextAnchor>* anchors)
    : file_(file), tracker_(tracker), text_(text), anchors_(anchors) {}

FilePosition AnchoredTextBuilder::PositionOf(size_t file_offset) {
  FilePosition position;
  tracker_->Locate(file_offset, &position.line, &position.col);
  return position;
}

void AnchoredTextBuilder::AddAnchor(size_t file_offset) {
  TextAnchor anchor = {text_->size(), PositionOf(file_offset)};
  // Of two anchors at one offset the later one tells where the text there is written.
  if (!anchors_->empty() && anchors_->back().offset == anchor.offset) {
    anchors_->back() = anchor;
  } else {
    anchors_->push_back(anchor);
  }
}

void AnchoredTextBuilder::Copy(size_t begin, size_t end) {
  if (begin >= end) return;
  if (begin != copied_end_) AddAnchor(begin);
  text_->append(file_.substr(begin, end - begin));
  copied_end_ = end;
}

void AnchoredTextBuilder::Escape(size_t begin, size_t end, std::string_view decoded) {
  AddAnchor(begin);
  text_->append(decoded);
  AddAnchor(end);
  copied_end_ = end;
}

void AnchoredTextBuilder::AnchorIfEmpty(size_t at) {
  if (anchors_->empty()) AddAnchor(at);
}

std::string DescribePosition(std::string_view file, size_t offset) {
  PositionTracker tracker(file);
  int line, col;
  tracker.Locate(offset, &line, &col);
  return fmt::format("line {}, col {}", line, col);
}

bool CheckTranslationFileSize(size_t size, std::string* error) {
  if (size <= kMaxTranslationFileBytes) return true;
  *error =
      fmt::format("file of {} bytes is larger than the 1 GiB limit of translation files", size);
  return false;
}

}  // namespace figdiff
