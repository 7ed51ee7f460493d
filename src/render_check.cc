#include "figdiff/render_check.h"

#include <fmt/core.h>

#include <algorithm>
#include <pugixml.hpp>
#include <sstream>

namespace figdiff {
namespace {

constexpr std::string_view kVersion = "0.1.0";
constexpr std::string_view kInformationUri = "https://github.com/figdiff/figdiff";

bool Shown(const CheckFinding& f, const CheckRenderOptions& options) {
  return !f.suppressed || options.show_suppressed;
}

bool Fails(const CheckFinding& f, Severity fail_on) {
  return !f.suppressed && f.severity >= fail_on;
}

std::string Dump(const nlohmann::ordered_json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Plural(size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// "file:line:col", or "file" for a finding about a whole file.
std::string Where(const std::string& file, FilePosition at) {
  return at.line > 0 ? fmt::format("{}:{}:{}", file, at.line, at.col) : file;
}

FilePosition PositionOf(const nlohmann::ordered_json& fact) {
  return {fact.at("line").get<int>(), fact.at("col").get<int>()};
}

// "file:line:col" of the reference's figure, when the finding has one.
std::optional<std::string> ReferenceWhere(const CheckFinding& f) {
  if (!f.expected) return std::nullopt;
  return Where(f.ref, PositionOf(*f.expected));
}

// GitHub workflow commands: the message escapes %, CR and LF; properties also ':' and ','.
std::string GithubEscape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view GithubCommand(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      break;
  }
  return "notice";
}

// A relative URI reference for a path: unreserved characters and '/' as they are, the rest
// percent-encoded (SARIF's artifactLocation.uri is a URI).
std::string PathUri(std::string_view path) {
  if (path.starts_with("./")) path.remove_prefix(2);
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) ||
        std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

nlohmann::ordered_json SarifLocation(const std::string& file, FilePosition at) {
  nlohmann::ordered_json location;
  location["physicalLocation"]["artifactLocation"]["uri"] = PathUri(file);
  if (at.line > 0) {
    location["physicalLocation"]["region"]["startLine"] = at.line;
    location["physicalLocation"]["region"]["startColumn"] = std::max(at.col, 1);
  }
  return location;
}

constexpr CheckType kAllTypes[] = {
    CheckType::kMissing,          CheckType::kExtra,
    CheckType::kValueDiffers,     CheckType::kScaleDiffers,
    CheckType::kCurrencyDiffers,  CheckType::kQualifierContradiction,
    CheckType::kQualifierDropped, CheckType::kQualifierDiffers,
    CheckType::kPointsVsPercent,  CheckType::kRounding,
    CheckType::kHiddenCharacter,  CheckType::kFileMissing,
};

std::string_view RuleDescription(CheckType type) {
  switch (type) {
    case CheckType::kMissing:
      return "A figure of the reference is missing from the translation";
    case CheckType::kExtra:
      return "The translation has a figure the reference does not";
    case CheckType::kValueDiffers:
      return "The translation changed the value of a figure";
    case CheckType::kScaleDiffers:
      return "The translation changed a figure by a factor of 1000 or a million (billion / "
             "milliard / billón)";
    case CheckType::kCurrencyDiffers:
      return "The translation changed the currency of an amount";
    case CheckType::kQualifierContradiction:
      return "The translation contradicts a qualifier (up to / more than)";
    case CheckType::kQualifierDropped:
      return "The translation dropped a qualifier (about, up to, more than...)";
    case CheckType::kQualifierDiffers:
      return "The translation added or changed a qualifier";
    case CheckType::kPointsVsPercent:
      return "Percentage points became percent, or the reverse";
    case CheckType::kRounding:
      return "The translation rounded a figure beyond the tolerance";
    case CheckType::kHiddenCharacter:
      return "A figure of the translation hides invisible or lookalike characters";
    case CheckType::kFileMissing:
      return "A file has no counterpart on the other side";
  }
  return "";
}

std::string_view SarifLevel(Severity severity) {
  return severity == Severity::kNote ? "note" : SeverityName(severity);
}

}  // namespace

std::string CheckSummaryLine(const CheckReport& report) {
  CheckSummary s = Summarize(report.findings);
  std::string files = Plural(report.files.size(), "file") + " checked";
  std::string accepted = s.suppressed > 0 ? fmt::format(" ({} accepted)", s.suppressed) : "";
  if (s.errors + s.warnings + s.notes == 0) {
    return fmt::format("figdiff: no findings in {}{}", files, accepted);
  }
  std::vector<std::string> parts;
  if (s.errors > 0) parts.push_back(Plural(s.errors, "error"));
  if (s.warnings > 0) parts.push_back(Plural(s.warnings, "warning"));
  if (s.notes > 0) parts.push_back(Plural(s.notes, "note"));
  std::string joined;
  for (const std::string& p : parts) joined += (joined.empty() ? "" : ", ") + p;
  return fmt::format("figdiff: {} in {}{}", joined, files, accepted);
}

std::string RenderCheckText(const CheckReport& report, const CheckRenderOptions& options) {
  std::string out;
  for (const CheckFinding& f : report.findings) {
    if (!Shown(f, options)) continue;
    std::string tags(CheckTypeName(f.type));
    if (f.unit) tags += ", unit " + *f.unit;
    if (f.suppressed) tags += ", accepted: " + *f.suppressed;
    out += fmt::format("{}: {}: {} [{}]\n", Where(f.file, f.at), SeverityName(f.severity),
                       f.message, tags);
    if (std::optional<std::string> where = ReferenceWhere(f)) {
      out += fmt::format("{}: note: the reference's figure\n", *where);
    }
  }
  out += CheckSummaryLine(report) + "\n";
  return out;
}

std::string RenderCheckJson(const CheckReport& report, const CheckRenderOptions& options) {
  std::string out;
  for (const CheckFinding& f : report.findings) {
    if (!Shown(f, options)) continue;
    nlohmann::ordered_json j;
    j["file"] = f.file;
    j["ref"] = f.ref;
    j["unit"] = f.unit ? nlohmann::ordered_json(*f.unit) : nlohmann::ordered_json(nullptr);
    j["line"] = f.at.line;
    j["col"] = f.at.col;
    j["severity"] = SeverityName(f.severity);
    j["type"] = CheckTypeName(f.type);
    j["message"] = f.message;
    j["expected"] = f.expected ? *f.expected : nlohmann::ordered_json(nullptr);
    j["found"] = f.found ? *f.found : nlohmann::ordered_json(nullptr);
    if (f.suppressed) j["suppressed"] = *f.suppressed;
    out += Dump(j) + "\n";
  }
  return out;
}

std::string RenderCheckGithub(const CheckReport& report, const CheckRenderOptions& options) {
  std::string out;
  for (const CheckFinding& f : report.findings) {
    if (!Shown(f, options)) continue;
    Severity severity = f.suppressed ? Severity::kNote : f.severity;
    std::string title = "figdiff " + std::string(CheckTypeName(f.type));
    std::string message = f.message;
    if (std::optional<std::string> where = ReferenceWhere(f))
      message += " (reference: " + *where + ")";
    if (f.suppressed) message += " (accepted: " + *f.suppressed + ")";
    std::string position =
        f.at.line > 0 ? fmt::format(",line={},col={}", f.at.line, f.at.col) : std::string();
    out += fmt::format("::{} file={}{},title={}::{}\n", GithubCommand(severity),
                       GithubEscape(f.file, true), position, GithubEscape(title, true),
                       GithubEscape(message, false));
  }
  return out;
}

std::string RenderCheckSarif(const CheckReport& report, const CheckRenderOptions& /*options*/) {
  nlohmann::ordered_json driver;
  driver["name"] = "figdiff";
  driver["version"] = kVersion;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = nlohmann::ordered_json::array();
  for (CheckType type : kAllTypes) {
    nlohmann::ordered_json rule;
    rule["id"] = CheckTypeName(type);
    rule["shortDescription"]["text"] = RuleDescription(type);
    rule["defaultConfiguration"]["level"] = SarifLevel(SeverityOf(type));
    driver["rules"].push_back(rule);
  }
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  // SARIF keeps suppressed results, marked as such: code scanning shows them as dismissed.
  for (const CheckFinding& f : report.findings) {
    nlohmann::ordered_json result;
    result["ruleId"] = CheckTypeName(f.type);
    result["ruleIndex"] = static_cast<int>(
        std::find(std::begin(kAllTypes), std::end(kAllTypes), f.type) - std::begin(kAllTypes));
    result["level"] = SarifLevel(f.severity);
    result["message"]["text"] = f.message;
    result["locations"] = nlohmann::ordered_json::array({SarifLocation(f.file, f.at)});
    if (f.expected) {
      nlohmann::ordered_json related = SarifLocation(f.ref, PositionOf(*f.expected));
      related["id"] = 0;
      related["message"]["text"] = "the reference's figure";
      result["relatedLocations"] = nlohmann::ordered_json::array({related});
    }
    if (f.unit) result["properties"]["unit"] = *f.unit;
    if (f.suppressed) {
      nlohmann::ordered_json suppression;
      suppression["kind"] = "external";
      suppression["justification"] = *f.suppressed;
      result["suppressions"] = nlohmann::ordered_json::array({suppression});
    }
    results.push_back(result);
  }
  nlohmann::ordered_json run;
  run["tool"]["driver"] = driver;
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = results;
  nlohmann::ordered_json sarif;
  sarif["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  sarif["version"] = "2.1.0";
  sarif["runs"] = nlohmann::ordered_json::array({run});
  return sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string RenderCheckJunit(const CheckReport& report, const CheckRenderOptions& options) {
  // One test case per translation file; it fails when a finding at --fail-on or above is in it.
  std::vector<std::string> files = report.files;
  for (const CheckFinding& f : report.findings) {
    if (std::find(files.begin(), files.end(), f.file) == files.end()) files.push_back(f.file);
  }
  pugi::xml_document doc;
  pugi::xml_node suites = doc.append_child("testsuites");
  pugi::xml_node suite = suites.append_child("testsuite");
  suite.append_attribute("name") = "figdiff check";
  size_t failures = 0;
  for (const std::string& file : files) {
    pugi::xml_node test = suite.append_child("testcase");
    test.append_attribute("classname") = "figdiff.check";
    test.append_attribute("name") = file.c_str();
    std::string failing, other;
    size_t count = 0;
    for (const CheckFinding& f : report.findings) {
      if (f.file != file || !Shown(f, options)) continue;
      std::string line = fmt::format("{}: {}: {} [{}]\n", Where(f.file, f.at),
                                     SeverityName(f.severity), f.message, CheckTypeName(f.type));
      if (Fails(f, options.fail_on)) {
        failing += line;
        ++count;
      } else {
        other += line;
      }
    }
    if (count > 0) {
      ++failures;
      pugi::xml_node failure = test.append_child("failure");
      failure.append_attribute("type") = "figdiff";
      failure.append_attribute("message") = Plural(count, "finding").c_str();
      failure.append_child(pugi::node_pcdata).set_value(failing.c_str());
    }
    if (!other.empty()) {
      test.append_child("system-out").append_child(pugi::node_pcdata).set_value(other.c_str());
    }
  }
  for (pugi::xml_node node : {suites, suite}) {
    node.append_attribute("tests") = static_cast<unsigned long long>(files.size());
    node.append_attribute("failures") = static_cast<unsigned long long>(failures);
    node.append_attribute("errors") = 0;
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace figdiff
