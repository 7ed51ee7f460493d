#include "figdiff/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

namespace figdiff {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

}  // namespace

Sentences::Sentences(std::string_view text, std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale(std::string(lang).c_str()), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) it->setText(ut, status);
  if (U_FAILURE(status)) {
    it.reset();
    utext_close(ut);
    throw std::runtime_error(std::string("ICU sentence segmentation failed: ") +
                             u_errorName(status));
  }
  size_t start = static_cast<size_t>(it->first());
  for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
    size_t end = static_cast<size_t>(next);
    size_t s = start, e = end;
    while (s < e && IsBlank(text[s])) ++s;
    while (e > s && IsBlank(text[e - 1])) --e;
    if (s < e) spans_.emplace_back(s, e);
    start = end;
  }
  it.reset();  // the iterator holds a shallow clone of ut
  utext_close(ut);
}

std::pair<size_t, size_t> Sentences::Around(size_t offset) const {
  // The last sentence that starts at or before `offset`, else the first one.
  auto it = std::upper_bound(spans_.begin(), spans_.end(), offset,
                             [](size_t pos, const auto& span) { return pos < span.first; });
  if (it != spans_.begin()) --it;
  return it == spans_.end() ? std::pair<size_t, size_t>{offset, offset} : *it;
}

}  // namespace figdiff
