// Reading: files or stdin into UTF-8 text, the first stage of the pipeline
// (input -> normalize -> segment -> match -> numbers -> facts -> render).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace figdiff {

// Largest text figdiff reads as one document: 2 GiB - 1. Offsets are 32-bit (normalize.h's
// offset map), and UTF-8 is decoded with ICU's macros on int32_t indexes.
constexpr size_t kMaxTextBytes = 0x7FFFFFFFu;

// One text as read. Offsets everywhere in figdiff are UTF-8 byte offsets into `text`: for
// UTF-8 input those are the file's own bytes (a BOM included); UTF-16 and UTF-32 input (with a
// BOM) is converted to UTF-8 first and offsets refer to that conversion.
struct Document {
  std::string name;  // the path as given, "-" for stdin
  std::string text;  // valid UTF-8
  std::string lang;  // language code, chosen by language_detect.h when not given
  // The record's id when the document is one line of a JSON Lines corpus (extract
  // --input-format jsonl); printed with its facts. Absent for a whole file.
  std::optional<std::string> id;
};

struct ReadOptions {
  // Replace each invalid UTF-8 byte with U+FFFD and go on, instead of refusing the text
  // (offsets then refer to the repaired text).
  bool lossy = false;
  // Longer texts are refused (tests set less than kMaxTextBytes).
  size_t max_bytes = kMaxTextBytes;
};

// Turns raw bytes into valid UTF-8 text: UTF-8 passes through; UTF-16 and UTF-32 with a BOM are
// converted with ICU. Returns false with a message in *error for invalid UTF-8 (naming the byte
// offset; unless lossy), binary data (a NUL byte), undecodable UTF-16/32 or a text longer than
// options.max_bytes.
bool DecodeText(std::string bytes, std::string* text, std::string* error,
                const ReadOptions& options = {});

// Reads a file, or stdin for "-", and decodes it. Returns false with a message in *error (the
// path is not part of it: callers prefix it).
bool ReadDocument(const std::string& path, Document* doc, std::string* error,
                  const ReadOptions& options = {});

}  // namespace figdiff
