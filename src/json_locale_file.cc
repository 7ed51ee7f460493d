// JSON locale files (en.json, fr.json): every string leaf, under its flattened key path.
//
// nlohmann-json validates and decodes (its SAX interface gives the leaves in file order) but
// says nothing of where a string is written. So a second, tiny pass finds the string literals of
// the raw bytes: outside a string literal no JSON token contains a quote, so the k-th literal in
// the file is the k-th string the parser reports (a key or a value). Each value's literal is
// then walked once more to build its anchors, decoding the escapes; the result must equal the
// parser's decoding.
#include <fmt/core.h>

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "anchored_text.h"
#include "figdiff/input.h"
#include "figdiff/position.h"
#include "figdiff/translation_file.h"
#include "utf8.h"

namespace figdiff {
namespace {

// A string leaf as the parser reports it.
struct Leaf {
  std::string key;
  std::string text;
  size_t literal;  // index of its literal among all string literals (keys included)
};

// Collects the string leaves with their key paths. Objects and arrays nest any depth: the
// parser keeps its own stack, and so does this handler (no recursion).
class LeafCollector : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::vector<Leaf> leaves;
  bool top_is_object = false;
  size_t error_byte = 0;
  std::string error_message;

  bool null() override { return Scalar(); }
  bool boolean(bool) override { return Scalar(); }
  bool number_integer(number_integer_t) override { return Scalar(); }
  bool number_unsigned(number_unsigned_t) override { return Scalar(); }
  bool number_float(number_float_t, const string_t&) override { return Scalar(); }
  bool binary(binary_t&) override { return Scalar(); }
  bool string(string_t& value) override {
    leaves.push_back({Join(ChildName()), std::move(value), literals_++});
    return true;
  }
  bool key(string_t& value) override {
    ++literals_;
    frames_.back().key = std::move(value);
    return true;
  }
  bool start_object(std::size_t) override { return Open(false); }
  bool start_array(std::size_t) override { return Open(true); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    error_byte = position > 0 ? position - 1 : 0;  // the parser counts bytes read
    error_message = e.what();
    return false;
  }

 private:
  struct Frame {
    bool array;
    size_t next_index = 0;
    std::string key;  // the last key read (objects)
  };

  // The path component of the value that starts now; advances an array's index.
  std::string ChildName() {
    if (frames_.empty()) return {};
    Frame& frame = frames_.back();
    return frame.array ? std::to_string(frame.next_index++) : frame.key;
  }
  std::string Join(const std::string& last) const {
    std::string key;
    for (const std::string& part : path_) key += part + ".";
    return key + last;
  }
  bool Scalar() {
    ChildName();
    return true;
  }
  bool Open(bool array) {
    if (frames_.empty()) {
      top_is_object = !array;
    } else {
      path_.push_back(ChildName());
    }
    frames_.push_back({array, 0, {}});
    return true;
  }
  bool Close() {
    frames_.pop_back();
    if (!path_.empty() && !frames_.empty()) path_.pop_back();
    return true;
  }

  std::vector<Frame> frames_;
  std::vector<std::string> path_;  // key path of the innermost open container
  size_t literals_ = 0;
};

// The contents [begin, end) of each string literal of valid JSON, in file order.
std::vector<std::pair<size_t, size_t>> StringLiterals(std::string_view json) {
  std::vector<std::pair<size_t, size_t>> literals;
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] != '"') continue;
    size_t begin = ++i;
    while (i < json.size() && json[i] != '"') i += json[i] == '\\' ? 2 : 1;
    literals.emplace_back(begin, std::min(i, json.size()));
  }
  return literals;
}

uint32_t Hex4(std::string_view json, size_t at) {
  uint32_t value = 0;
  for (size_t i = at; i < at + 4 && i < json.size(); ++i) {
    char c = json[i];
    value = value * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return value;
}

// Decodes the literal json[begin, end) of valid JSON into the builder; false for a \u0000.
bool DecodeLiteral(std::string_view json, size_t begin, size_t end, AnchoredTextBuilder* out,
                   std::string* error) {
  size_t run = begin;
  for (size_t i = begin; i < end;) {
    if (json[i] != '\\' || i + 1 >= end) {
      ++i;
      continue;
    }
    out->Copy(run, i);
    char code = json[i + 1];
    size_t length = 2;
    char32_t cp;
    switch (code) {
      case 'b':
        cp = '\b';
        break;
      case 'f':
        cp = '\f';
        break;
      case 'n':
        cp = '\n';
        break;
      case 'r':
        cp = '\r';
        break;
      case 't':
        cp = '\t';
        break;
      case 'u': {
        cp = Hex4(json, i + 2);
        length = 6;
        // A surrogate pair (the parser has checked that a high one is followed by a low one)
        // is one code point: one escape.
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 12 <= end) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (Hex4(json, i + 8) - 0xDC00);
          length = 12;
        }
        break;
      }
      default:
        cp = static_cast<unsigned char>(code);
        break;  // \" \\ \/
    }
    if (cp == 0) {
      *error = fmt::format("{}: a string holds \\u0000 (NUL)", DescribePosition(json, i));
      return false;
    }
    std::string decoded;
    utf8::Append(&decoded, cp);
    out->Escape(i, i + length, decoded);
    i += length;
    run = i;
  }
  out->Copy(run, end);
  out->AnchorIfEmpty(begin);
  return true;
}

// nlohmann's message without its prefix and its byte-counted position (ours counts code points).
std::string ParserReason(const std::string& what) {
  size_t column = what.find("column ");
  size_t colon = column == std::string::npos ? column : what.find(": ", column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

bool ReadJsonLocaleFile(std::string_view bytes, LocaleStrings* out, std::string* error) {
  *out = {};
  if (!CheckTranslationFileSize(bytes.size(), error)) return false;
  std::string json;
  if (!DecodeText(std::string(bytes), &json, error)) return false;

  LeafCollector collector;
  if (!nlohmann::json::sax_parse(json, &collector)) {
    *error = fmt::format("invalid JSON at {}: {}", DescribePosition(json, collector.error_byte),
                         ParserReason(collector.error_message));
    return false;
  }
  std::vector<std::pair<size_t, size_t>> literals = StringLiterals(json);
  if (!collector.top_is_object) {
    *error = "a JSON locale file must hold an object of keys at the top level";
    return false;
  }

  PositionTracker tracker(json);
  std::unordered_set<std::string> keys;
  for (Leaf& leaf : collector.leaves) {
    if (leaf.literal >= literals.size()) {
      *error = "the string literals of the file could not be located (please report)";
      return false;
    }
    auto [begin, end] = literals[leaf.literal];
    if (!keys.insert(leaf.key).second) {
      *error = fmt::format("{}: duplicate key \"{}\"", DescribePosition(json, begin - 1), leaf.key);
      return false;
    }
    std::string text;
    std::vector<TextAnchor> anchors;
    AnchoredTextBuilder builder(json, &tracker, &text, &anchors);
    if (!DecodeLiteral(json, begin, end, &builder, error)) return false;
    if (text != leaf.text) {
      *error = fmt::format("{}: the string could not be mapped to the file (please report)",
                           DescribePosition(json, begin));
      return false;
    }
    out->keys.push_back(std::move(leaf.key));
    out->texts.push_back(std::move(text));
    out->anchors.push_back(std::move(anchors));
  }
  return true;
}

}  // namespace figdiff
