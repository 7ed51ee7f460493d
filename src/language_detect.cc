#include "figdiff/language_detect.h"

#include <cld2/public/compact_lang_det.h>

#include <vector>

#include "figdiff/language_data.h"

namespace figdiff {
namespace {

std::vector<std::string_view> Tokens(std::string_view s) {
  std::vector<std::string_view> tokens;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '.' || s[i] == '_' || s[i] == '-') {
      if (i > start) tokens.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return tokens;
}

}  // namespace

std::string LanguageFromPath(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (std::string_view token : Tokens(base)) {
    if (IsSupportedLanguage(token)) return std::string(token);
  }
  if (slash != std::string_view::npos) {
    std::string_view dir = path.substr(0, slash);
    size_t parent = dir.rfind('/');
    dir = parent == std::string_view::npos ? dir : dir.substr(parent + 1);
    if (IsSupportedLanguage(dir)) return std::string(dir);
  }
  return "";
}

std::string DetectLanguage(std::string_view text) {
  // CLD2 reads at most a few hundred KB usefully; the start of a document decides.
  constexpr size_t kSample = 64 * 1024;
  size_t n = std::min(text.size(), kSample);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  CLD2::Language languages[3];
  int percents[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::DetectLanguageSummary(text.data(), static_cast<int>(n), true, languages, percents,
                              &text_bytes, &reliable);
  for (CLD2::Language language : languages) {
    std::string code = CLD2::LanguageCode(language);
    if (IsSupportedLanguage(code)) return code;
  }
  return "";
}

}  // namespace figdiff
