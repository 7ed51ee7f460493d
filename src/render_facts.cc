#include "figdiff/render_facts.h"

#include <fmt/core.h>

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

std::string RenderJsonl(const Document& doc, const std::vector<Fact>& facts) {
  std::string out;
  for (const Fact& f : facts) {
    out += FactToJson(doc, f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
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
