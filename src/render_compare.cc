#include "figdiff/render_compare.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>

#include "figdiff/display_width.h"
#include "figdiff/render_facts.h"
#include "figdiff/text_table.h"

namespace figdiff {
namespace {

constexpr std::string_view kAbsent = "—";

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i > 0 ? std::string(separator) : "") + parts[i];
  return out;
}

// The labels of some versions.
std::vector<std::string> LabelsOf(const std::vector<size_t>& versions,
                                  const std::vector<std::string>& labels) {
  std::vector<std::string> out;
  for (size_t v : versions) out.push_back(labels[v]);
  return out;
}

// How a finding shows: its sign, its words, and its color (SGR parameters).
struct Look {
  std::string_view sign, words, style;
};

Look LookOf(Finding finding) {
  switch (finding) {
    case Finding::kValueDiffers:
      return {"✗", "value differs", "31"};
    case Finding::kScaleDiffers:
      return {"✗", "scale differs", "31"};
    case Finding::kCurrencyDiffers:
      return {"✗", "currency differs", "31"};
    case Finding::kQualifierContradiction:
      return {"✗", "qualifiers contradict", "31"};
    case Finding::kMissing:
      return {"✗", "missing", "31"};
    case Finding::kExtra:
      return {"✗", "extra", "31"};
    case Finding::kQualifierDiffers:
      return {"⚠", "qualifier differs", "33"};
    case Finding::kCountedNoun:
      return {"⚠", "counted noun differs", "33"};
    case Finding::kRounding:
      return {"≈", "rounding", "36"};
  }
  return {};
}

std::string_view QualifierSign(Qualifier q) {
  switch (q) {
    case Qualifier::kUpTo:
      return "≤";
    case Qualifier::kLessThan:
      return "<";
    case Qualifier::kNearly:
      return "≲";
    case Qualifier::kMoreThan:
      return ">";
    case Qualifier::kAtLeast:
      return "≥";
    case Qualifier::kAbout:
      return "≈";
    case Qualifier::kNone:
      break;
  }
  return "";
}

// "1500000000" -> "1,500,000,000"; the fraction is left as it is.
std::string Grouped(const Decimal& value) {
  std::string s = value.ToString();
  size_t begin = s[0] == '-' ? 1 : 0;
  size_t end = std::min(s.find('.'), s.size());
  for (size_t i = end; i > begin + 3; i -= 3) s.insert(i - 3, ",");
  return s;
}

// The row's figure, the same in every language: "USD 110,000,000", "70 %", "count 40,000".
std::string FigureText(const Fact& f) {
  switch (f.kind) {
    case Kind::kMoney:
      return f.currency + " " + Grouped(f.value);
    case Kind::kPercent:
      return Grouped(f.value) + (f.unit == "point" ? " points" : " %");
    case Kind::kCount:
      break;
  }
  return "count " + Grouped(f.value);
}

// Runs of spaces, tabs and line breaks as one space: cells and sentences are one line.
std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space) {
      out += c;
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

std::string_view TextOf(const Document& doc, const Fact& f) {
  return std::string_view(doc.text).substr(f.start, f.end - f.start);
}

// A version's cell: the qualifier's sign, the figure as written, the counted noun.
std::string CellText(const Document& doc, const Fact& f) {
  std::string text(QualifierSign(f.qualifier));
  if (!text.empty()) text += ' ';
  text += OneLine(TextOf(doc, f));
  if (f.kind == Kind::kCount && !f.unit.empty()) text += " " + OneLine(f.unit);
  return text;
}

std::string Isolated(const std::string& s) {
  return HasRightToLeft(s) ? "\u2068" + s + "\u2069" : s;
}

// The sentence of a fact on one line, in three parts: before the figure, the figure, after.
struct Sentence {
  std::string before, figure, after;

  std::string Joined(std::string_view open = "", std::string_view close = "") const {
    return before + std::string(open) + figure + std::string(close) + after;
  }
};

Sentence SentenceOf(const CompareReport& r, size_t v, const Fact& f) {
  auto [start, end] = r.sentences[v].Around(f.start);
  start = std::min(start, f.start);
  end = std::max(end, f.end);
  std::string_view text = r.documents[v].text;
  return {OneLine(text.substr(start, f.start - start)), OneLine(TextOf(r.documents[v], f)),
          OneLine(text.substr(f.end, end - f.end))};
}

size_t CountAgreeing(const std::vector<ComparedRow>& rows) {
  return std::count_if(rows.begin(), rows.end(), [](const ComparedRow& r) { return r.Agrees(); });
}

class RowView {
 public:
  RowView(const CompareReport& report, const ComparedRow& row) : report_(report), row_(row) {}

  bool Has(size_t v) const { return row_.cells[v].has_value(); }
  const Fact& FactOf(size_t v) const { return report_.versions[v].facts[*row_.cells[v]]; }
  const Fact& Value() const { return FactOf(row_.value_from); }
  std::string Figure() const { return FigureText(Value()); }
  std::string Cell(size_t v) const {
    return Has(v) ? CellText(report_.documents[v], FactOf(v)) : std::string(kAbsent);
  }

  // The most serious finding about version v, if any.
  const RowFinding* FindingFor(size_t v) const {
    for (const RowFinding& f : row_.findings) {
      if (std::find(f.versions.begin(), f.versions.end(), v) != f.versions.end()) return &f;
    }
    return nullptr;
  }

  std::string CellStyle(size_t v) const {
    if (const RowFinding* f = FindingFor(v)) return std::string(LookOf(f->finding).style);
    return Has(v) ? "" : "2";
  }

  // "✗ missing (fr.related); ⚠ qualifier differs (fr.summary)"; "" when all agree.
  std::string Verdict(const std::vector<std::string>& labels) const {
    std::vector<std::string> parts;
    for (const RowFinding& f : row_.findings) {
      Look look = LookOf(f.finding);
      parts.push_back(fmt::format("{} {} ({})", look.sign, look.words,
                                  Join(LabelsOf(f.versions, labels), ", ")));
    }
    return Join(parts, "; ");
  }

  std::string VerdictStyle() const {
    return row_.findings.empty() ? "" : std::string(LookOf(row_.findings[0].finding).style);
  }

  std::string_view VerdictName() const {
    return row_.findings.empty() ? "agree" : FindingName(row_.findings[0].finding);
  }

 private:
  const CompareReport& report_;
  const ComparedRow& row_;
};

std::string MarkdownEscaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::vector<std::string> quoted;
  for (const std::string& f : fields) quoted.push_back(CsvField(f));
  return Join(quoted, ",") + "\n";
}

}  // namespace

std::vector<std::string> VersionLabels(const std::vector<Document>& documents) {
  std::vector<std::string> labels;
  std::map<std::string, int> uses;
  for (const Document& doc : documents) {
    std::string_view name = doc.name;
    name = name.substr(name.rfind('/') + 1);  // npos + 1 == 0
    size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    labels.emplace_back(name);
    ++uses[labels.back()];
  }
  for (size_t v = 0; v < labels.size(); ++v) {
    if (uses[labels[v]] > 1) labels[v] = documents[v].name;
  }
  return labels;
}

std::string SummaryLine(const std::vector<ComparedRow>& rows) {
  size_t agree = CountAgreeing(rows);
  return fmt::format("{} figure{} · {} agree in every version · {} differ or are missing",
                     rows.size(), rows.size() == 1 ? "" : "s", agree, rows.size() - agree);
}

std::string RenderCompareTable(const CompareReport& report, const CompareRenderOptions& options) {
  std::vector<std::string> labels = VersionLabels(report.documents);
  size_t n = labels.size();
  std::vector<std::string> header = {"figure"};
  header.insert(header.end(), labels.begin(), labels.end());
  header.push_back("verdict");
  TextTable table(header);
  table.SetMaxWidth(0, 0);
  for (size_t v = 0; v < n; ++v) table.SetMaxWidth(v + 1, options.cell_width);
  table.SetMaxWidth(n + 1, 0);
  std::string_view bold = options.color ? "\x1b[1m" : "";
  std::string_view normal = options.color ? "\x1b[22m" : "";
  for (const ComparedRow& row : report.rows) {
    RowView view(report, row);
    std::vector<std::string> cells = {view.Figure()}, styles = {""};
    for (size_t v = 0; v < n; ++v) {
      cells.push_back(view.Cell(v));
      styles.push_back(view.CellStyle(v));
    }
    cells.push_back(view.Verdict(labels));
    styles.push_back(view.VerdictStyle());
    table.AddRow(std::move(cells), std::move(styles));
    if (!options.context) continue;
    for (size_t v = 0; v < n; ++v) {
      if (!view.Has(v)) continue;
      std::string sentence = SentenceOf(report, v, view.FactOf(v)).Joined(bold, normal);
      table.AddLine("    " + labels[v] + ": " + Isolated(sentence));
    }
    table.AddLine("");
  }
  return table.Render(options.color) + SummaryLine(report.rows) + "\n";
}

std::string RenderCompareMarkdown(const CompareReport& report,
                                  const CompareRenderOptions& options) {
  std::vector<std::string> labels = VersionLabels(report.documents);
  size_t n = labels.size();
  std::string out = "| figure |", rule = "| --- |";
  for (const std::string& label : labels) {
    out += " " + MarkdownEscaped(label) + " |";
    rule += " --- |";
  }
  out += " verdict |\n" + rule + " --- |\n";
  for (const ComparedRow& row : report.rows) {
    RowView view(report, row);
    out += "| " + view.Figure() + " |";
    for (size_t v = 0; v < n; ++v) {
      std::string cell = view.Cell(v);
      if (options.context && view.Has(v)) {
        Sentence sentence = SentenceOf(report, v, view.FactOf(v));  // the figure in bold
        cell = MarkdownEscaped(sentence.before) + "**" + MarkdownEscaped(sentence.figure) + "**" +
               MarkdownEscaped(sentence.after);
      } else {
        cell = MarkdownEscaped(cell);
      }
      out += " " + Isolated(cell) + " |";
    }
    out += " " + MarkdownEscaped(view.Verdict(labels)) + " |\n";
  }
  return out + "\n" + SummaryLine(report.rows) + "\n";
}

std::string RenderCompareCsv(const CompareReport& report, const CompareRenderOptions& options) {
  std::vector<std::string> labels = VersionLabels(report.documents);
  size_t n = labels.size();
  std::vector<std::string> header = {"figure", "kind", "value", "currency", "verdict", "findings"};
  header.insert(header.end(), labels.begin(), labels.end());
  for (size_t v = 0; options.context && v < n; ++v) header.push_back(labels[v] + " sentence");
  std::string out = CsvLine(header);
  for (const ComparedRow& row : report.rows) {
    RowView view(report, row);
    const Fact& value = view.Value();
    std::vector<std::string> findings;
    for (const RowFinding& f : row.findings) {
      findings.push_back(std::string(FindingName(f.finding)) + ":" +
                         Join(LabelsOf(f.versions, labels), ","));
    }
    std::vector<std::string> fields = {
        view.Figure(),  std::string(KindName(value.kind)), value.value.ToString(),
        value.currency, std::string(view.VerdictName()),   Join(findings, "; ")};
    for (size_t v = 0; v < n; ++v) fields.push_back(view.Has(v) ? view.Cell(v) : "");
    for (size_t v = 0; options.context && v < n; ++v) {
      fields.push_back(view.Has(v) ? SentenceOf(report, v, view.FactOf(v)).Joined() : "");
    }
    out += CsvLine(fields);
  }
  return out;
}

std::string RenderCompareJson(const CompareReport& report, const CompareRenderOptions& options) {
  nlohmann::ordered_json out;
  out["documents"] = nlohmann::ordered_json::array();
  for (const Document& doc : report.documents) {
    out["documents"].push_back({{"path", doc.name}, {"lang", doc.lang}});
  }
  out["rows"] = nlohmann::ordered_json::array();
  for (const ComparedRow& row : report.rows) {
    RowView view(report, row);
    const Fact& value = view.Value();
    nlohmann::ordered_json j;
    j["kind"] = KindName(value.kind);
    j["value"] = value.value.ToString();
    j["currency"] = value.currency.empty() ? nlohmann::ordered_json(nullptr)
                                           : nlohmann::ordered_json(value.currency);
    j["verdict"] = view.VerdictName();
    j["findings"] = nlohmann::ordered_json::array();
    for (const RowFinding& f : row.findings) {
      j["findings"].push_back({{"finding", FindingName(f.finding)}, {"documents", f.versions}});
    }
    j["cells"] = nlohmann::ordered_json::array();
    for (size_t v = 0; v < row.cells.size(); ++v) {
      if (!view.Has(v)) {
        j["cells"].push_back(nullptr);
        continue;
      }
      nlohmann::ordered_json cell = FactToJson(report.documents[v], view.FactOf(v));
      if (options.context) cell["sentence"] = SentenceOf(report, v, view.FactOf(v)).Joined();
      j["cells"].push_back(std::move(cell));
    }
    out["rows"].push_back(std::move(j));
  }
  size_t agree = CountAgreeing(report.rows);
  out["summary"] = {
      {"figures", report.rows.size()}, {"agree", agree}, {"differ", report.rows.size() - agree}};
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace figdiff
