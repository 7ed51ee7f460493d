// The language data files (data/lang/<code>.tsv) compiled into the binary by
// cmake/embed_data.cmake. language_data.h reads them; --data-dir replaces them.
#pragma once

#include <span>
#include <string_view>

namespace figdiff {

struct EmbeddedFile {
  std::string_view name;  // language code, e.g. "es"
  std::string_view text;  // the whole file
};

std::span<const EmbeddedFile> EmbeddedLanguageFiles();

}  // namespace figdiff
