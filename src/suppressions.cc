#include "figdiff/suppressions.h"

#include <fnmatch.h>
#include <re2/re2.h>

#include <algorithm>

namespace figdiff {
namespace {

constexpr std::string_view kMarker = "figdiff-ignore";

// After the marker: type names, then an optional ": reason", up to the end of an HTML comment.
const RE2& MarkerTail() {
  static const RE2 re(R"(((?:[ \t]+[A-Za-z_]+)*)[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:-->.*)?)");
  return re;
}

const RE2& StandaloneComment() {
  static const RE2 re(R"([ \t]*<!--.*-->[ \t]*\r?)");
  return re;
}

const RE2& IgnoreLine() {
  static const RE2 re(R"((\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S.*?)[ \t]*\r?)");
  return re;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits `text` into lines, calling f(line_number, line) from 1.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  int number = 1;
  while (!text.empty()) {
    size_t end = text.find('\n');
    f(number++, text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

}  // namespace

bool IgnoreMarker::Covers(CheckType type) const {
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

std::optional<IgnoreMarker> FindIgnoreMarker(std::string_view text, std::string* error) {
  error->clear();
  size_t at = text.find(kMarker);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view tail = text.substr(at + kMarker.size());
  re2::StringPiece names_piece, reason_piece;
  if (!RE2::FullMatch(tail, MarkerTail(), &names_piece, &reason_piece)) {
    *error = "malformed figdiff-ignore marker: expected 'figdiff-ignore [TYPE...][: reason]'";
    return std::nullopt;
  }
  IgnoreMarker marker;
  marker.reason = std::string(Trim(reason_piece));
  std::string_view names(names_piece.data(), names_piece.size());
  while (!(names = Trim(names)).empty()) {
    size_t end = names.find_first_of(" \t");
    std::string_view name = names.substr(0, end);
    std::optional<CheckType> type = CheckTypeFromName(name);
    if (!type) {
      *error = "figdiff-ignore names an unknown finding type '" + std::string(name) + "'";
      return std::nullopt;
    }
    marker.types.push_back(*type);
    names = end == std::string_view::npos ? std::string_view() : names.substr(end);
  }
  return marker;
}

InlineMarkers::InlineMarkers(std::string_view text, std::vector<std::string>* errors) {
  if (text.find(kMarker) == std::string_view::npos) return;  // the common case: no marker
  ForEachLine(text, [&](int number, std::string_view line) {
    std::string error;
    std::optional<IgnoreMarker> marker = FindIgnoreMarker(line, &error);
    if (!error.empty()) errors->push_back("line " + std::to_string(number) + ": " + error);
    if (!marker) return;
    entries_.push_back({number, *marker});
    if (RE2::FullMatch(line, StandaloneComment())) entries_.push_back({number + 1, *marker});
  });
}

const IgnoreMarker* InlineMarkers::Find(int first, int last, CheckType type) const {
  for (const Entry& entry : entries_) {
    if (entry.line >= first && entry.line <= last && entry.marker.Covers(type)) {
      return &entry.marker;
    }
  }
  return nullptr;
}

bool IgnoreFile::Parse(std::string_view text, const std::string& name, IgnoreFile* out,
                       std::string* error) {
  out->name_ = name;
  out->entries_.clear();
  bool ok = true;
  ForEachLine(text, [&](int number, std::string_view line) {
    if (!ok || Trim(line).empty() || Trim(line).front() == '#') return;
    re2::StringPiece path, type, figure, reason;
    auto fail = [&](const std::string& what) {
      *error = name + ":" + std::to_string(number) + ": " + what;
      ok = false;
    };
    if (!RE2::FullMatch(line, IgnoreLine(), &path, &type, &figure, &reason)) {
      return fail("expected 'PATH[#UNIT] TYPE FIGURE REASON' (the reason is required)");
    }
    Entry entry;
    entry.line = number;
    size_t hash = path.find('#');
    entry.path = std::string(path.substr(0, hash));
    if (hash != re2::StringPiece::npos) entry.unit = std::string(path.substr(hash + 1));
    if (type != "*") {
      entry.type = CheckTypeFromName(std::string_view(type.data(), type.size()));
      if (!entry.type) return fail("unknown finding type '" + std::string(type) + "'");
    }
    entry.figure = std::string(figure);
    entry.reason = std::string(reason);
    out->entries_.push_back(std::move(entry));
  });
  return ok;
}

std::optional<std::string> IgnoreFile::Match(const CheckFinding& finding) {
  const std::optional<nlohmann::ordered_json>& fact =
      finding.expected ? finding.expected : finding.found;
  std::string value = fact ? fact->at("value").get<std::string>() : "";
  for (Entry& entry : entries_) {
    if (fnmatch(entry.path.c_str(), finding.file.c_str(), 0) != 0) continue;
    if (!entry.unit.empty() && finding.unit != entry.unit) continue;
    if (entry.type && *entry.type != finding.type) continue;
    if (entry.figure != "*" && entry.figure != value) continue;
    entry.used = true;
    return entry.reason;
  }
  return std::nullopt;
}

std::vector<std::string> IgnoreFile::Unused() const {
  std::vector<std::string> out;
  for (const Entry& entry : entries_) {
    if (!entry.used)
      out.push_back(name_ + ":" + std::to_string(entry.line) + ": matches no finding");
  }
  return out;
}

}  // namespace figdiff
