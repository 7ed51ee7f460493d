#include "figdiff/render_facts.h"

#include <fmt/compile.h>
#include <fmt/core.h>
#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace figdiff {

namespace {

nlohmann::ordered_json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

std::string_view TextOf(const Document& doc, const Fact& fact) {
  return std::string_view(doc.text).substr(fact.start, fact.end - fact.start);
}

std::string TsvField(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// RenderJsonl writes a fact's line through a raw pointer into room made for the whole line: a
// dozen fields then cost a copy each, not a capacity check and a call each. The Put functions
// write at `p` and return the end of what they wrote.

// At most this many bytes for a string of n bytes, quotes included: a control character takes
// six ("\u001f"), an invalid byte's replacement three.
size_t MostJsonBytes(size_t n) { return 6 * n + 2; }

template <size_t N>
char* Put(char* p, const char (&literal)[N]) {
  std::memcpy(p, literal, N - 1);
  return p + N - 1;
}

char* Put(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// A JSON string as nlohmann's dump writes it (no ASCII escaping, invalid UTF-8 replaced):
// '"', '\\' and the control characters escaped, everything else as it is. UTF-8 is checked in
// the same pass; a string with invalid UTF-8 is left to nlohmann itself.
char* PutJsonString(char* p, std::string_view s) {
  char* const mark = p;
  *p++ = '"';
  size_t run = 0;  // start of the characters not yet copied
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      auto at = static_cast<int32_t>(i);
      UChar32 cp;
      U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), cp);
      if (cp < 0) {
        return Put(mark, nlohmann::ordered_json(std::string(s))
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
      i = static_cast<size_t>(at);
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    p = Put(p, s.substr(run, i - run));
    run = ++i;
    switch (c) {
      case '"':
        p = Put(p, "\\\"");
        break;
      case '\\':
        p = Put(p, "\\\\");
        break;
      case '\b':
        p = Put(p, "\\b");
        break;
      case '\f':
        p = Put(p, "\\f");
        break;
      case '\n':
        p = Put(p, "\\n");
        break;
      case '\r':
        p = Put(p, "\\r");
        break;
      case '\t':
        p = Put(p, "\\t");
        break;
      default:
        p = fmt::format_to(p, "\\u{:04x}", c);
    }
  }
  p = Put(p, s.substr(run));
  *p++ = '"';
  return p;
}

char* PutJsonStringOrNull(char* p, std::string_view s) {
  return s.empty() ? Put(p, "null") : PutJsonString(p, s);
}

// A name or value figdiff writes itself (kind, qualifier, the value's digits): plain ASCII that
// needs neither escaping nor the UTF-8 check of PutJsonString.
char* PutPlainJsonString(char* p, std::string_view plain) {
  *p++ = '"';
  p = Put(p, plain);
  *p++ = '"';
  return p;
}

// `key` then the number (at most 20 digits): fmt's integer formatting, no format string.
template <size_t N, typename Integer>
char* PutNumber(char* p, const char (&key)[N], Integer n) {
  return fmt::format_to(Put(p, key), FMT_COMPILE("{}"), n);
}

}  // namespace

nlohmann::ordered_json FactToJson(const Document& doc, const Fact& fact) {
  nlohmann::ordered_json j;
  j["doc"] = doc.name;
  j["lang"] = doc.lang;
  j["kind"] = KindName(fact.kind);
  j["value"] = fact.value.ToString();
  j["currency"] = OrNull(fact.currency);
  j["unit"] = OrNull(fact.unit);
  j["qualifier"] = OrNull(std::string(QualifierName(fact.qualifier)));
  j["text"] = std::string(TextOf(doc, fact));
  j["start"] = fact.start;
  j["end"] = fact.end;
  j["line"] = fact.line;
  j["col"] = fact.col;
  j["sentence"] = fact.sentence;
  if (!fact.warnings.empty()) j["warnings"] = fact.warnings;
  if (doc.id) j["id"] = *doc.id;
  return j;
}

// The bytes of FactToJson(doc, f).dump(), one line per fact, written directly: a JSON value per
// fact cost more than all of the extraction in text dense in figures.
std::string RenderJsonl(const Document& doc, const std::vector<Fact>& facts) {
  // The same for every fact of the document.
  std::string head(MostJsonBytes(doc.name.size()) + MostJsonBytes(doc.lang.size()) + 32, '\0');
  char* h = Put(head.data(), "{\"doc\":");
  h = PutJsonString(h, doc.name);
  h = Put(h, ",\"lang\":");
  h = PutJsonString(h, doc.lang);
  h = Put(h, ",\"kind\":");
  head.resize(static_cast<size_t>(h - head.data()));
  // More than a line's length: pages reserved and never written cost nothing, and the string
  // then grows never (a copy of all lines so far, and pages written twice). Its size grows a
  // block at a time, within the reservation, ahead of the lines written.
  constexpr size_t kBlock = 1 << 16;
  // The keys, kind, qualifier, quotes and five numbers of 20 digits at most: under 250 bytes.
  constexpr size_t kMostFixedBytes = 256;
  std::string out;
  out.reserve(facts.size() * (head.size() + 256));
  size_t used = 0;
  for (const Fact& f : facts) {
    std::string value = f.value.ToString();
    size_t most = head.size() + value.size() + MostJsonBytes(f.currency.size()) +
                  MostJsonBytes(f.unit.size()) + MostJsonBytes(f.end - f.start) + kMostFixedBytes;
    for (const std::string& w : f.warnings) most += MostJsonBytes(w.size()) + 1;
    if (doc.id) most += MostJsonBytes(doc.id->size()) + 8;
    if (used + most > out.size()) out.resize(std::max(used + most, out.size() + kBlock));
    char* p = Put(out.data() + used, head);
    p = PutPlainJsonString(p, KindName(f.kind));
    p = Put(p, ",\"value\":");
    p = PutPlainJsonString(p, value);
    p = Put(p, ",\"currency\":");
    p = PutJsonStringOrNull(p, f.currency);
    p = Put(p, ",\"unit\":");
    p = PutJsonStringOrNull(p, f.unit);
    p = Put(p, ",\"qualifier\":");
    p = f.qualifier == Qualifier::kNone ? Put(p, "null")
                                        : PutPlainJsonString(p, QualifierName(f.qualifier));
    p = Put(p, ",\"text\":");
    p = PutJsonString(p, TextOf(doc, f));
    p = PutNumber(p, ",\"start\":", f.start);
    p = PutNumber(p, ",\"end\":", f.end);
    p = PutNumber(p, ",\"line\":", f.line);
    p = PutNumber(p, ",\"col\":", f.col);
    p = PutNumber(p, ",\"sentence\":", f.sentence);
    if (!f.warnings.empty()) {
      p = Put(p, ",\"warnings\":[");
      for (size_t i = 0; i < f.warnings.size(); ++i) {
        if (i > 0) *p++ = ',';
        p = PutJsonString(p, f.warnings[i]);
      }
      *p++ = ']';
    }
    if (doc.id) {
      p = Put(p, ",\"id\":");
      p = PutJsonString(p, *doc.id);
    }
    p = Put(p, "}\n");
    used = static_cast<size_t>(p - out.data());
  }
  out.resize(used);
  return out;
}

std::string TsvHeader(bool with_id) {
  return std::string(
             "doc\tlang\tkind\tvalue\tcurrency\tunit\tqualifier\ttext\tstart\tend\tline\tcol\t"
             "sentence\twarnings") +
         (with_id ? "\tid\n" : "\n");
}

std::string RenderTsv(const Document& doc, const std::vector<Fact>& facts) {
  std::string out;
  out.reserve(facts.size() * (doc.name.size() + 192));  // as RenderJsonl's
  for (const Fact& f : facts) {
    std::string warnings;
    for (const std::string& w : f.warnings) {
      if (!warnings.empty()) warnings += "; ";
      warnings += w;
    }
    out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", TsvField(doc.name),
                       doc.lang, KindName(f.kind), f.value.ToString(), f.currency, TsvField(f.unit),
                       QualifierName(f.qualifier), TsvField(TextOf(doc, f)), f.start, f.end, f.line,
                       f.col, f.sentence, TsvField(warnings));
    if (doc.id) {
      out += '\t';
      out += TsvField(*doc.id);
    }
    out += '\n';
  }
  return out;
}

TextTable MakeFactTable() {
  TextTable table({"where", "lang", "kind", "value", "cur", "qualifier", "unit", "text"});
  table.SetMaxWidth(0, 0);  // the position is what a reader jumps to: never cut it
  return table;
}

void AddFactRows(const Document& doc, const std::vector<Fact>& facts, TextTable* table) {
  for (const Fact& f : facts) {
    // A record of a stream is named by its id: its line and column are within its text.
    table->AddRow({fmt::format("{}:{}:{}", doc.id ? *doc.id : doc.name, f.line, f.col), doc.lang,
                   std::string(KindName(f.kind)), f.value.ToString(), f.currency,
                   std::string(QualifierName(f.qualifier)), f.unit, std::string(TextOf(doc, f))});
  }
}

}  // namespace figdiff
