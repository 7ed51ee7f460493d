// Choosing a document's language: a tag in its path ("x.es.txt", "es/x.txt", "x_es.txt"), else
// detection from the text with CLD2 (Debian's libcld2), limited to the supported languages.
#pragma once

#include <string>
#include <string_view>

namespace figdiff {

// The supported language named by a tag in `path`, or "".
std::string LanguageFromPath(std::string_view path);

// The supported language CLD2 finds most of in `text`, or "" when it finds none.
std::string DetectLanguage(std::string_view text);

}  // namespace figdiff
