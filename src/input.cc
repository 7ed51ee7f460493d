#include "figdiff/input.h"

#include <fmt/core.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

#include "utf8.h"

namespace figdiff {
namespace {

// The Unicode encoding announced by a byte order mark, or nullptr.
const char* EncodingFromBom(std::string_view b) {
  if (b.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
  if (b.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
  if (b.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (b.starts_with("\xFE\xFF")) return "UTF-16BE";
  return nullptr;
}

bool ConvertToUtf8(const char* encoding, std::string_view bytes, std::string* out,
                   std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding, &status),
                                                          &ucnv_close);
  if (U_SUCCESS(status)) {
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  std::u16string utf16(bytes.size() / 2 + 2, u'\0');
  int32_t len = 0;
  if (U_SUCCESS(status)) {
    len = ucnv_toUChars(conv.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                        static_cast<int32_t>(bytes.size()), &status);
  }
  if (U_FAILURE(status)) {
    *error = fmt::format("{} text with a byte order mark could not be decoded ({})", encoding,
                         u_errorName(status));
    return false;
  }
  utf16.resize(static_cast<size_t>(len));
  out->clear();
  for (size_t i = 0; i < utf16.size();) {
    char32_t cp = utf16[i++];
    if (cp >= 0xD800 && cp <= 0xDBFF && i < utf16.size()) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[i++] - 0xDC00);
    }
    utf8::Append(out, cp);
  }
  // The converted BOM itself (U+FEFF) is kept: the normalizer ignores it like any format char.
  return true;
}

// The text with each invalid byte replaced by U+FFFD.
std::string Repaired(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t cp = utf8::Decode(text, i, &len);
    utf8::Append(&out, cp);
    i += len;
  }
  return out;
}

}  // namespace

bool DecodeText(std::string bytes, std::string* text, std::string* error,
                const ReadOptions& options) {
  if (const char* encoding = EncodingFromBom(bytes)) {
    if (!ConvertToUtf8(encoding, bytes, text, error)) return false;
  } else {
    *text = std::move(bytes);
  }
  if (text->size() > options.max_bytes) {
    *error = fmt::format("{} bytes: larger than the {} bytes figdiff reads as one document",
                         text->size(), options.max_bytes);
    return false;
  }
  size_t invalid = utf8::FirstInvalid(*text);
  if (invalid != std::string::npos && options.lossy) {
    *text = Repaired(*text);
  } else if (invalid != std::string::npos) {
    *error = fmt::format("invalid UTF-8 at byte {}", invalid);
    return false;
  }
  size_t nul = text->find('\0');
  if (nul != std::string::npos) {
    *error = fmt::format("binary file (NUL byte at byte {}), skipped", nul);
    return false;
  }
  return true;
}

bool ReadDocument(const std::string& path, Document* doc, std::string* error,
                  const ReadOptions& options) {
  doc->name = path;
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = std::strerror(errno);
    return false;
  }
  // A regular file is read in one call straight into the string (one byte more than its size,
  // to see the end); other inputs in blocks that double.
  size_t block = 1 << 16;
  struct stat info;
  if (fstat(fileno(f), &info) == 0 && S_ISREG(info.st_mode)) {
    block = std::max(block, static_cast<size_t>(info.st_size) + 1);
  }
  std::string bytes;
  for (;;) {
    size_t size = bytes.size();
    bytes.resize(size + block);
    size_t n = std::fread(bytes.data() + size, 1, block, f);
    bytes.resize(size + n);
    if (n < block) break;
    block = size + n;
  }
  bool failed = std::ferror(f);
  int saved_errno = errno;
  if (f != stdin) std::fclose(f);
  if (failed) {
    *error = saved_errno == EISDIR ? "is a directory" : std::strerror(saved_errno);
    return false;
  }
  return DecodeText(std::move(bytes), &doc->text, error, options);
}

}  // namespace figdiff
