// UTF-8 helpers shared by the pipeline stages (internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace figdiff::utf8 {

// Decodes the code point at text[pos]; sets *length to its byte count. An invalid sequence
// decodes as U+FFFD with length 1, so callers always make progress.
char32_t Decode(std::string_view text, size_t pos, size_t* length);

// Offset of the first byte that is not valid UTF-8, or npos when the text is valid.
size_t FirstInvalid(std::string_view text);

void Append(std::string* out, char32_t cp);

// True when pos starts a code point (is not a continuation byte).
inline bool IsBoundary(std::string_view text, size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Start of the code point that ends just before pos.
size_t PreviousStart(std::string_view text, size_t pos);

}  // namespace figdiff::utf8
