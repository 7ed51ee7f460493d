// gettext PO files with libgettextpo: one unit per entry, or per plural form.
//
// libgettextpo parses, validates and decodes, but gives no position of a msgid or msgstr in the
// file. So a second pass over the raw lines finds each entry's keywords and quoted strings (the
// entries come in file order, like libgettextpo's), and each string is decoded once more,
// escape by escape, to build its anchors; that decoding must equal libgettextpo's. The second
// pass only runs on files libgettextpo accepted, so it relies on their being well formed.
#include <fmt/core.h>
#include <gettext-po.h>

#include <cctype>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "anchored_text.h"
#include "figdiff/position.h"
#include "figdiff/translation_file.h"
#include "utf8.h"

namespace figdiff {
namespace {

// ---- libgettextpo ----

// What the error handler records. libgettextpo's handlers take no user data and the library has
// global state anyway, so one read runs at a time (gettext_mutex) and reports here.
struct GettextErrors {
  bool failed = false;
  std::string first;  // the first error
  std::jmp_buf fatal;
};
GettextErrors* gettext_errors = nullptr;
std::mutex gettext_mutex;

void RecordError(int severity, size_t line, size_t column, const char* text) {
  if (severity == PO_SEVERITY_WARNING || gettext_errors->failed) return;
  gettext_errors->failed = true;
  std::string_view message = text != nullptr ? text : "error";
  while (message.ends_with('\n')) message.remove_suffix(1);
  if (line == static_cast<size_t>(-1)) {
    gettext_errors->first = std::string(message);
  } else if (column == static_cast<size_t>(-1)) {
    gettext_errors->first = fmt::format("line {}: {}", line, message);
  } else {
    gettext_errors->first = fmt::format("line {}, col {}: {}", line, column, message);
  }
}

// A fatal error must not return to libgettextpo (gettext-po.h): jump back to ParseWithGettext,
// whose frame holds nothing to destroy. The error was recorded before (no object of this frame
// is alive at the jump).
[[noreturn]] void LeaveOnFatal() { std::longjmp(gettext_errors->fatal, 1); }

void OnError(int severity, po_message_t, const char* filename, size_t line, size_t column, int,
             const char* text) {
  RecordError(severity, filename != nullptr ? line : static_cast<size_t>(-1), column, text);
  if (severity == PO_SEVERITY_FATAL_ERROR) LeaveOnFatal();
}

void OnError2(int severity, po_message_t, const char* filename, size_t line, size_t column, int,
              const char* text, po_message_t, const char*, size_t, size_t, int, const char*) {
  RecordError(severity, filename != nullptr ? line : static_cast<size_t>(-1), column, text);
  if (severity == PO_SEVERITY_FATAL_ERROR) LeaveOnFatal();
}

// Parses under gettext_mutex with *errors as the report. Null on a fatal error.
po_file_t ParseWithGettext(const char* path, GettextErrors* errors) {
  static const po_xerror_handler kHandler = {OnError, OnError2};
  gettext_errors = errors;
  if (setjmp(errors->fatal) != 0) return nullptr;
  return po_file_read(path, &kHandler);
}

struct PoFileDeleter {
  void operator()(po_file_t file) const { po_file_free(file); }
};
using PoFile = std::unique_ptr<std::remove_pointer_t<po_file_t>, PoFileDeleter>;

// A header field (po_header_field allocates it), empty when absent.
std::string HeaderField(const char* header, const char* field) {
  if (header == nullptr) return {};
  char* value = po_header_field(header, field);
  if (value == nullptr) return {};
  std::string result(value);
  std::free(value);
  return result;
}

// The lines of a comment block, empty ones left out.
void AppendCommentLines(const char* comments, std::vector<std::string>* notes) {
  std::string_view rest = comments != nullptr ? comments : "";
  while (!rest.empty()) {
    size_t end = std::min(rest.find('\n'), rest.size());
    if (end > 0) notes->emplace_back(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
}

// ---- the raw lines ----

// The contents of one quoted string of the file: bytes [begin, end), between the quotes.
struct QuotedString {
  size_t begin, end;
};
// A keyword's strings: the one on its line, then the continuation lines.
using Field = std::vector<QuotedString>;

struct RawEntry {
  size_t offset = 0;   // of its first keyword
  std::string domain;  // set by the last `domain` directive before it, else gettext's default
  Field msgctxt, msgid, msgid_plural, msgstr;
  std::vector<Field> msgstr_plural;
  bool has_msgctxt = false, has_msgstr = false;
};

// The entries of a PO file libgettextpo accepted (obsolete ones, which are comments, are not
// included), in file order. False when a line is not as expected.
bool ScanEntries(std::string_view po, std::vector<RawEntry>* entries, std::string* error) {
  Field* field = nullptr;  // where continuation strings go
  std::string domain = "messages";
  for (size_t line = 0; line < po.size();) {
    size_t end = std::min(po.find('\n', line), po.size());
    size_t p = po.find_first_not_of(" \t\r\f\v", line);
    size_t next = end + 1;
    if (p == std::string_view::npos || p >= end || po[p] == '#') {  // blank, comment, obsolete
      line = next;
      continue;
    }
    if (po[p] != '"') {
      size_t word_end = po.find_first_not_of("abcdefghijklmnopqrstuvwxyz_", p);
      std::string_view keyword = po.substr(p, word_end - p);
      p = word_end;
      if (keyword == "domain") {
        size_t open = po.find('"', p), close = po.find('"', open + 1);
        if (open < end && close < end) domain = po.substr(open + 1, close - open - 1);
        field = nullptr;
        line = next;
        continue;
      }
      if ((keyword == "msgctxt" || keyword == "msgid") &&
          (entries->empty() || entries->back().has_msgstr ||
           (keyword == "msgctxt" && entries->back().has_msgctxt))) {
        entries->emplace_back();
        entries->back().offset = p - keyword.size();
        entries->back().domain = domain;
      }
      if (entries->empty()) break;
      RawEntry& entry = entries->back();
      if (keyword == "msgctxt") {
        entry.has_msgctxt = true;
        field = &entry.msgctxt;
      } else if (keyword == "msgid") {
        field = &entry.msgid;
      } else if (keyword == "msgid_plural") {
        field = &entry.msgid_plural;
      } else if (keyword == "msgstr" && p < end && po[p] == '[') {
        entry.has_msgstr = true;
        entry.msgstr_plural.emplace_back();
        field = &entry.msgstr_plural.back();
        p = po.find(']', p);
        p = p == std::string_view::npos ? end : p + 1;
      } else if (keyword == "msgstr") {
        entry.has_msgstr = true;
        field = &entry.msgstr;
      } else {
        field = nullptr;
      }
      p = po.find('"', p);
    }
    if (field == nullptr || p >= end) {
      *error = fmt::format("{}: could not locate the strings of this line (please report)",
                           DescribePosition(po, line));
      return false;
    }
    size_t close = p + 1;
    while (close < end && po[close] != '"') close += po[close] == '\\' ? 2 : 1;
    field->push_back({p + 1, std::min(close, end)});
    line = next;
  }
  return true;
}

// The value of the escape at po[at] (a backslash) as libgettextpo's lexer reads it; *length is
// its byte count. Octal and hex escapes give one byte each.
char DecodeEscape(std::string_view po, size_t at, size_t end, size_t* length) {
  auto digit = [&](size_t i, int base) {
    if (i >= end) return -1;
    char c = po[i];
    int v = c >= '0' && c <= '9'                     ? c - '0'
            : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                     : -1;
    return v < base ? v : -1;
  };
  char c = at + 1 < end ? po[at + 1] : '\\';
  *length = 2;
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'b':
      return '\b';
    case 'r':
      return '\r';
    case 'f':
      return '\f';
    case 'v':
      return '\v';
    case 'a':
      return '\a';
    case 'x': {
      // Any number of digits: only the last two make the byte (as in gettext, whose int wraps).
      unsigned value = 0;
      size_t i = at + 2;
      for (; digit(i, 16) >= 0; ++i) value = (value * 16 + digit(i, 16)) & 0xFF;
      *length = i - at;
      return static_cast<char>(value);
    }
    default:
      if (digit(at + 1, 8) >= 0) {
        int value = 0;
        size_t i = at + 1;
        for (; i < at + 4 && digit(i, 8) >= 0; ++i) value = value * 8 + digit(i, 8);
        *length = i - at;
        return static_cast<char>(value);
      }
      return c;  // \" and \\ (libgettextpo refuses other escapes)
  }
}

// Decodes a field's strings into *text and *anchors, then checks the result against
// libgettextpo's `expected`.
bool DecodeField(std::string_view po, const Field& field, const char* expected,
                 PositionTracker* tracker, std::string* text, std::vector<TextAnchor>* anchors,
                 std::string* error) {
  AnchoredTextBuilder builder(po, tracker, text, anchors);
  for (const QuotedString& s : field) {
    size_t run = s.begin;
    for (size_t i = s.begin; i < s.end;) {
      if (po[i] != '\\') {
        ++i;
        continue;
      }
      builder.Copy(run, i);
      size_t length;
      char decoded = DecodeEscape(po, i, s.end, &length);
      if (decoded == '\0') {
        *error = fmt::format("{}: a string holds a NUL escape", DescribePosition(po, i));
        return false;
      }
      builder.Escape(i, i + length, std::string_view(&decoded, 1));
      i += length;
      run = i;
    }
    builder.Copy(run, s.end);
  }
  size_t start = field.empty() ? 0 : field.front().begin;
  builder.AnchorIfEmpty(start);
  if (utf8::FirstInvalid(*text) != std::string::npos) {
    *error = fmt::format("{}: a string is not valid UTF-8 once its escapes are decoded",
                         DescribePosition(po, start));
    return false;
  }
  if (expected == nullptr || *text != expected) {
    *error = fmt::format("{}: could not map this string to the file (please report)",
                         DescribePosition(po, start));
    return false;
  }
  return true;
}

// The charset of a header's Content-Type ("text/plain; charset=UTF-8"), empty when not given.
std::string Charset(const std::string& content_type) {
  size_t at = content_type.find("charset=");
  if (at == std::string::npos) return {};
  at += 8;
  size_t end = content_type.find_first_of("; \t", at);
  return content_type.substr(at, end == std::string::npos ? end : end - at);
}

bool IsUtf8Compatible(std::string charset) {
  for (char& c : charset) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  // "CHARSET" is the placeholder of templates (.pot) that no one has filled in yet.
  return charset.empty() || charset == "UTF-8" || charset == "UTF8" || charset == "ASCII" ||
         charset == "US-ASCII" || charset == "CHARSET";
}

bool ReadBytes(const std::string& path, std::string* bytes, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0 &&
         bytes->size() <= kMaxTranslationFileBytes) {
    bytes->append(buffer, n);
  }
  bool failed = std::ferror(f);
  int saved_errno = errno;
  std::fclose(f);
  if (failed) {
    *error = saved_errno == EISDIR ? "is a directory" : std::strerror(saved_errno);
    return false;
  }
  return CheckTranslationFileSize(bytes->size(), error);
}

// The units of one message into *units.
bool AddUnits(std::string_view po, po_message_t message, const RawEntry& entry,
              PositionTracker* tracker, std::vector<TranslationUnit>* units, std::string* error) {
  TranslationUnit base;
  const char* context = po_message_msgctxt(message);
  if (context != nullptr) {
    std::string decoded;
    std::vector<TextAnchor> unused;
    if (!DecodeField(po, entry.msgctxt, context, tracker, &decoded, &unused, error)) return false;
    base.id = decoded + "\x04";
  }
  if (!DecodeField(po, entry.msgid, po_message_msgid(message), tracker, &base.source,
                   &base.source_anchors, error)) {
    return false;
  }
  base.id += base.source;
  base.fuzzy = po_message_is_fuzzy(message) != 0;
  AppendCommentLines(po_message_comments(message), &base.notes);
  AppendCommentLines(po_message_extracted_comments(message), &base.notes);

  const char* plural = po_message_msgid_plural(message);
  if (plural == nullptr) {
    if (!DecodeField(po, entry.msgstr, po_message_msgstr(message), tracker, &base.target,
                     &base.target_anchors, error)) {
      return false;
    }
    units->push_back(std::move(base));
    return true;
  }
  // msgid goes with msgstr[0], msgid_plural with every other form.
  std::string plural_source;
  std::vector<TextAnchor> plural_anchors;
  if (!DecodeField(po, entry.msgid_plural, plural, tracker, &plural_source, &plural_anchors,
                   error)) {
    return false;
  }
  for (size_t n = 0; po_message_msgstr_plural(message, static_cast<int>(n)) != nullptr; ++n) {
    if (n >= entry.msgstr_plural.size()) {
      *error = fmt::format("{}: could not locate msgstr[{}] (please report)",
                           DescribePosition(po, entry.offset), n);
      return false;
    }
    TranslationUnit unit = base;
    unit.id += fmt::format("[{}]", n);
    if (n > 0) {
      unit.source = plural_source;
      unit.source_anchors = plural_anchors;
    }
    if (!DecodeField(po, entry.msgstr_plural[n],
                     po_message_msgstr_plural(message, static_cast<int>(n)), tracker, &unit.target,
                     &unit.target_anchors, error)) {
      return false;
    }
    units->push_back(std::move(unit));
  }
  return true;
}

bool IsHeader(po_message_t message) {
  return po_message_msgctxt(message) == nullptr && *po_message_msgid(message) == '\0';
}

}  // namespace

bool ReadPoFile(const std::string& path, TranslationFile* out, std::string* error) {
  *out = {};
  std::string po;
  if (!ReadBytes(path, &po, error)) return false;
  if (size_t nul = po.find('\0'); nul != std::string::npos) {
    *error = fmt::format("binary file (NUL byte at byte {}), not a PO file", nul);
    return false;
  }

  std::lock_guard<std::mutex> lock(gettext_mutex);
  GettextErrors errors;
  PoFile file(ParseWithGettext(path.c_str(), &errors));
  if (errors.failed || file == nullptr) {
    *error = errors.failed ? errors.first : "libgettextpo could not read the file";
    return false;
  }

  const char* const* domains = po_file_domains(file.get());
  const char* header = domains != nullptr && domains[0] != nullptr
                           ? po_file_domain_header(file.get(), domains[0])
                           : nullptr;
  std::string charset = Charset(HeaderField(header, "Content-Type"));
  if (!IsUtf8Compatible(charset)) {
    *error = fmt::format(
        "charset {} (Content-Type header): only UTF-8 PO files are read; convert the file with "
        "msgconv --to-code=UTF-8",
        charset);
    return false;
  }
  if (size_t invalid = utf8::FirstInvalid(po); invalid != std::string::npos) {
    *error = fmt::format("invalid UTF-8 at byte {} ({})", invalid, DescribePosition(po, invalid));
    return false;
  }
  out->target_lang = HeaderField(header, "Language");
  out->source_lang = HeaderField(header, "X-Source-Language");

  std::vector<RawEntry> entries;
  if (!ScanEntries(po, &entries, error)) return false;
  // libgettextpo gives the messages domain by domain, each in file order: match each domain's
  // with the raw entries of that domain, then put the units back in file order.
  std::vector<std::vector<TranslationUnit>> units_of_entry(entries.size());
  PositionTracker tracker(po);
  for (const char* const* domain = domains; domain != nullptr && *domain != nullptr; ++domain) {
    std::vector<size_t> of_domain;
    for (size_t i = 0; i < entries.size(); ++i) {
      if (entries[i].domain == *domain) of_domain.push_back(i);
    }
    size_t next = 0;
    po_message_iterator_t iterator = po_message_iterator(file.get(), *domain);
    bool ok = true;
    while (po_message_t message = po_next_message(iterator)) {
      if (po_message_is_obsolete(message)) continue;
      if (next >= of_domain.size()) {
        *error =
            fmt::format("could not locate the entries of domain \"{}\" (please report)", *domain);
        ok = false;
        break;
      }
      size_t index = of_domain[next++];
      // The header entry (msgid "") is not a unit.
      if (!IsHeader(message) &&
          !AddUnits(po, message, entries[index], &tracker, &units_of_entry[index], error)) {
        ok = false;
        break;
      }
    }
    po_message_iterator_free(iterator);
    if (!ok) return false;
  }
  for (std::vector<TranslationUnit>& units : units_of_entry) {
    for (TranslationUnit& unit : units) out->units.push_back(std::move(unit));
  }
  return true;
}

}  // namespace figdiff

// Built with AddressSanitizer (gcc says so with a macro, clang with __has_feature)?
#if defined(__SANITIZE_ADDRESS__)
#define FIGDIFF_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FIGDIFF_ADDRESS_SANITIZER 1
#endif
#endif

#ifdef FIGDIFF_ADDRESS_SANITIZER
// libgettextpo 0.21 (Debian 12) leaks a copy of the file name in every po_file_read
// (libgettextpo_lex_start), which LeakSanitizer would report at exit of any sanitized program
// that reads a PO file (the ASan test run, the fuzzer). Only leaks allocated from inside that
// library are ignored.
extern "C" const char* __lsan_default_suppressions() { return "leak:libgettextpo.so\n"; }
// Without this, LeakSanitizer prints the suppressions it used on stderr at every exit, which
// breaks the tests that expect a quiet stderr.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif
