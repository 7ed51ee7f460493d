// One line of a JSON Lines corpus read as a document: its text, id and language, taken from
// fields whose names the caller chooses (extract's --text-field, --id-field, --lang-field).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace figdiff {

// A field of a record: a top-level key, or a path through nested objects written with dots
// ("meta.id"). A key that itself holds the dots is found first.
class JsonlField {
 public:
  explicit JsonlField(std::string name);
  const std::string& name() const { return name_; }
  const std::vector<std::string>& path() const { return path_; }

 private:
  std::string name_;
  std::vector<std::string> path_;
};

struct JsonlFields {
  JsonlField text{"text"};
  JsonlField id{"id"};
  JsonlField lang{"lang"};
};

struct JsonlRecord {
  std::string text;  // valid UTF-8 without NUL
  std::string id;    // a string as is, a number as written in JSON, else the line number
  std::string lang;  // lowercased, region dropped ("en-US" -> "en"); empty when absent
};

// Parses `line` (number `line_number` of its file) as one record. Returns false with a message
// in *error (without the file and line: callers add them) when the line is not valid UTF-8
// (unless lossy: invalid bytes become U+FFFD), not a JSON object, lacks the text field, or a
// field has the wrong type.
bool ParseJsonlRecord(std::string_view line, int64_t line_number, const JsonlFields& fields,
                      bool lossy, JsonlRecord* record, std::string* error);

// True when the line holds only JSON whitespace: such lines are skipped, not errors.
bool IsBlankLine(std::string_view line);

}  // namespace figdiff
