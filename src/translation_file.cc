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
  FilePosition position = anchor.at;
  // The piece runs on verbatim from its anchor: count code points and line breaks up to offset.
  for (size_t i = anchor.offset; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++position.line;
      position.col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++position.col;
    }
  }
  return position;
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
