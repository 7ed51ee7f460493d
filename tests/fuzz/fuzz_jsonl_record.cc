// Fuzz target: one line of a JSONL corpus read as a document (jsonl_record.h), on any bytes,
// with the default fields and with nested ones. Invariants:
// - on success the text is valid UTF-8 without NUL, and the language is lowercase without a
//   region ('-' or '_');
// - a record round-trips: written back as JSON ({"text":..,"id":..,"lang":..}) and read
//   again, it gives the same text, id and language;
// - lossy reading of valid UTF-8 is strict reading: same verdict, same record;
// - a refusal always says why.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "figdiff/jsonl_record.h"
#include "fuzz_check.h"

namespace {

using figdiff::JsonlField;
using figdiff::JsonlFields;
using figdiff::JsonlRecord;

void Check(std::string_view line, const JsonlFields& fields, const char* name) {
  JsonlRecord record;
  std::string error;
  bool valid = figdiff::fuzz::IsValidUtf8(line);
  bool ok = figdiff::ParseJsonlRecord(line, 3, fields, /*lossy=*/true, &record, &error);
  FUZZ_CHECK("reason", ok || !error.empty(), "%s: a line refused without a message", name);
  if (valid) {
    JsonlRecord strict;
    std::string strict_error;
    bool strict_ok = figdiff::ParseJsonlRecord(line, 3, fields, false, &strict, &strict_error);
    FUZZ_CHECK("lossy-is-strict-on-utf8",
               strict_ok == ok && (!ok || (strict.text == record.text && strict.id == record.id &&
                                           strict.lang == record.lang)),
               "%s: lossy and strict reading of valid UTF-8 differ", name);
  }
  if (!ok) return;
  FUZZ_CHECK("text-utf8", figdiff::fuzz::IsValidUtf8(record.text), "%s: text is not UTF-8", name);
  FUZZ_CHECK("text-nul", record.text.find('\0') == std::string::npos, "%s: NUL in the text", name);
  FUZZ_CHECK("lang-primary",
             record.lang.find_first_of("-_ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos,
             "%s: language \"%s\" is not a lowercase primary subtag", name, record.lang.c_str());

  nlohmann::json again{{"text", record.text}, {"id", record.id}, {"lang", record.lang}};
  JsonlRecord back;
  std::string back_error;
  JsonlFields plain;
  bool back_ok = figdiff::ParseJsonlRecord(again.dump(), 3, plain, false, &back, &back_error);
  FUZZ_CHECK(
      "round-trip",
      back_ok && back.text == record.text && back.id == record.id && back.lang == record.lang,
      "%s: the record does not read back: %s", name, back_error.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  static const JsonlFields defaults;
  static const JsonlFields nested{JsonlField("doc.body"), JsonlField("meta.id"),
                                  JsonlField("meta.lang.code")};
  Check(line, defaults, "default fields");
  Check(line, nested, "nested fields");
  return 0;
}
