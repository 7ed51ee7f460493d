#include "figdiff/jsonl_record.h"

#include <fmt/core.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "utf8.h"

namespace figdiff {
namespace {

using Json = nlohmann::json;

std::vector<std::string> SplitOnDots(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

// The value of `field` in `object`, or nullptr.
Json* Find(Json& object, const JsonlField& field) {
  auto whole = object.find(field.name());
  if (whole != object.end()) return &*whole;
  if (field.path().size() < 2) return nullptr;
  Json* at = &object;
  for (const std::string& key : field.path()) {
    if (!at->is_object()) return nullptr;
    auto it = at->find(key);
    if (it == at->end()) return nullptr;
    at = &*it;
  }
  return at;
}

std::string Repaired(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0, len = 0; i < text.size(); i += len)
    utf8::Append(&out, utf8::Decode(text, i, &len));
  return out;
}

// "en-US", "EN_us" -> "en": the language figdiff reads is the primary subtag.
std::string PrimaryLanguage(std::string_view tag) {
  std::string lang(tag.substr(0, tag.find_first_of("-_")));
  std::transform(lang.begin(), lang.end(), lang.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return lang;
}

// "a string", "an array"...
std::string Described(const Json& value) {
  std::string_view type = value.type_name();
  return fmt::format("{} {}", type == "array" || type == "object" ? "an" : "a", type);
}

// nlohmann's message without its "[json.exception.parse_error.101] " prefix.
std::string ParseMessage(const Json::exception& e) {
  std::string_view what = e.what();
  size_t bracket = what.find("] ");
  return std::string(bracket == std::string_view::npos ? what : what.substr(bracket + 2));
}

}  // namespace

JsonlField::JsonlField(std::string name) : name_(std::move(name)), path_(SplitOnDots(name_)) {}

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool ParseJsonlRecord(std::string_view line, int64_t line_number, const JsonlFields& fields,
                      bool lossy, JsonlRecord* record, std::string* error) {
  std::string repaired;
  size_t invalid = utf8::FirstInvalid(line);
  if (invalid != std::string_view::npos && !lossy) {
    *error = fmt::format("invalid UTF-8 at byte {} of the line", invalid);
    return false;
  }
  if (invalid != std::string_view::npos) {
    repaired = Repaired(line);
    line = repaired;
  }
  Json json;
  try {
    json = Json::parse(line);
  } catch (const Json::exception& e) {  // parse_error, and out_of_range for a number overflow
    *error = "not valid JSON: " + ParseMessage(e);
    return false;
  }
  if (!json.is_object()) {
    *error = fmt::format("not a JSON object but {}", Described(json));
    return false;
  }
  Json* text = Find(json, fields.text);
  if (text == nullptr) {
    *error = fmt::format("no \"{}\" field (the text; see --text-field)", fields.text.name());
    return false;
  }
  if (!text->is_string()) {
    *error =
        fmt::format("the \"{}\" field is {}, not a string", fields.text.name(), Described(*text));
    return false;
  }
  record->text = std::move(text->get_ref<std::string&>());
  if (size_t nul = record->text.find('\0'); nul != std::string::npos) {
    *error = fmt::format("the \"{}\" field holds a NUL character (\\u0000)", fields.text.name());
    return false;
  }
  Json* id = Find(json, fields.id);
  if (id == nullptr || id->is_null()) {
    record->id = std::to_string(line_number);
  } else if (id->is_string()) {
    record->id = std::move(id->get_ref<std::string&>());
  } else if (id->is_number()) {
    record->id = id->dump();
  } else {
    *error = fmt::format("the \"{}\" field (the id) is {}, not a string or a number",
                         fields.id.name(), Described(*id));
    return false;
  }
  Json* lang = Find(json, fields.lang);
  if (lang == nullptr || lang->is_null()) {
    record->lang.clear();
  } else if (lang->is_string()) {
    record->lang = PrimaryLanguage(lang->get_ref<const std::string&>());
  } else {
    *error = fmt::format("the \"{}\" field (the language) is {}, not a string", fields.lang.name(),
                         Described(*lang));
    return false;
  }
  return true;
}

}  // namespace figdiff
