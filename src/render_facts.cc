#include "figdiff/render_facts.h"

#include <fmt/core.h>
#include <fmt/format.h>
#include <unicode/utf8.h>

#include <iterator>

namespace figdiff {

// String literals appended as string views: no strlen each, in the loops over facts.
using namespace std::string_view_literals;
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

// A JSON string as nlohmann's dump writes it (no ASCII escaping, invalid UTF-8 replaced):
// '"', '\\' and the control characters escaped, everything else as it is. UTF-8 is checked in
// the same pass; a string with invalid UTF-8 is left to nlohmann itself.
void AppendJsonString(std::string_view s, std::string* out) {
  const size_t mark = out->size();
  out->push_back('"');
  size_t run = 0;  // start of the characters not yet copied
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      auto at = static_cast<int32_t>(i);
      UChar32 cp;
      U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), cp);
      if (cp < 0) {
        out->resize(mark);
        *out += nlohmann::ordered_json(std::string(s))
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i = static_cast<size_t>(at);
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out->append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\b':
        *out += "\\b";
        break;
      case '\f':
        *out += "\\f";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default:
        fmt::format_to(std::back_inserter(*out), "\\u{:04x}", c);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    *out += "null"sv;
  } else {
    AppendJsonString(s, out);
  }
}

// A name or value figdiff writes itself (kind, qualifier, the value's digits): plain ASCII that
// needs neither escaping nor the UTF-8 check of AppendJsonString.
void AppendPlainJsonString(std::string_view plain, std::string* out) {
  out->push_back('"');
  out->append(plain);
  out->push_back('"');
}

// `key` then the number: fmt's integer formatting without a format string to parse.
template <typename Integer>
void AppendNumber(std::string_view key, Integer n, std::string* out) {
  fmt::format_int digits(n);
  out->append(key);
  out->append(digits.data(), digits.size());
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
  std::string head = "{\"doc\":";  // the same for every fact of the document
  AppendJsonString(doc.name, &head);
  head += ",\"lang\":";
  AppendJsonString(doc.lang, &head);
  head += ",\"kind\":";
  // More than a line's length: pages reserved and never written cost nothing, and the string
  // then grows never (a copy of all lines so far, and pages written twice).
  std::string out;
  out.reserve(facts.size() * (head.size() + 256));
  for (const Fact& f : facts) {
    out += head;
    AppendPlainJsonString(KindName(f.kind), &out);
    out += ",\"value\":"sv;
    AppendPlainJsonString(f.value.ToString(), &out);
    out += ",\"currency\":"sv;
    AppendJsonStringOrNull(f.currency, &out);
    out += ",\"unit\":"sv;
    AppendJsonStringOrNull(f.unit, &out);
    out += ",\"qualifier\":"sv;
    if (f.qualifier == Qualifier::kNone) {
      out += "null"sv;
    } else {
      AppendPlainJsonString(QualifierName(f.qualifier), &out);
    }
    out += ",\"text\":"sv;
    AppendJsonString(TextOf(doc, f), &out);
    AppendNumber(",\"start\":", f.start, &out);
    AppendNumber(",\"end\":", f.end, &out);
    AppendNumber(",\"line\":", f.line, &out);
    AppendNumber(",\"col\":", f.col, &out);
    AppendNumber(",\"sentence\":", f.sentence, &out);
    if (!f.warnings.empty()) {
      out += ",\"warnings\":["sv;
      for (size_t i = 0; i < f.warnings.size(); ++i) {
        if (i > 0) out += ',';
        AppendJsonString(f.warnings[i], &out);
      }
      out += ']';
    }
    if (doc.id) {
      out += ",\"id\":"sv;
      AppendJsonString(*doc.id, &out);
    }
    out += "}\n"sv;
  }
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
    for (const std::string& w : f.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
    out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", TsvField(doc.name),
                       doc.lang, KindName(f.kind), f.value.ToString(), f.currency, TsvField(f.unit),
                       QualifierName(f.qualifier), TsvField(TextOf(doc, f)), f.start, f.end, f.line,
                       f.col, f.sentence, TsvField(warnings));
    if (doc.id) out += "\t" + TsvField(*doc.id);
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
