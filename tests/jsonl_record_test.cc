#include "figdiff/jsonl_record.h"

#include <gtest/gtest.h>

#include <string>

namespace figdiff {
namespace {

struct Parsed {
  bool ok;
  JsonlRecord record;
  std::string error;
};

Parsed Parse(std::string_view line, const JsonlFields& fields = {}, bool lossy = false) {
  Parsed p;
  p.ok = ParseJsonlRecord(line, 7, fields, lossy, &p.record, &p.error);
  return p;
}

TEST(JsonlRecord, ReadsTextIdAndLanguage) {
  Parsed p = Parse(R"({"id":"a-1","lang":"es","text":"Costó 5 millones de euros.","x":[1]})");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.record.text, "Costó 5 millones de euros.");
  EXPECT_EQ(p.record.id, "a-1");
  EXPECT_EQ(p.record.lang, "es");
}

TEST(JsonlRecord, DecodesEscapes) {
  Parsed p = Parse(R"({"text":"Pr\u00e8s de 70\u00a0%\nligne 2 \"cit\u00e9\""})");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.record.text, "Près de 70\u00a0%\nligne 2 \"cité\"");
}

TEST(JsonlRecord, WithoutAnIdTheLineNumberIsTheId) {
  Parsed p = Parse(R"({"text":"t"})");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.record.id, "7");
  EXPECT_EQ(Parse(R"({"text":"t","id":null})").record.id, "7");
}

TEST(JsonlRecord, NumericIdsAreWrittenAsInJson) {
  EXPECT_EQ(Parse(R"({"text":"t","id":42})").record.id, "42");
  EXPECT_EQ(Parse(R"({"text":"t","id":-3})").record.id, "-3");
}

TEST(JsonlRecord, LanguageTagsKeepTheirPrimarySubtag) {
  EXPECT_EQ(Parse(R"({"text":"t","lang":"en-US"})").record.lang, "en");
  EXPECT_EQ(Parse(R"({"text":"t","lang":"FR_ca"})").record.lang, "fr");
  EXPECT_EQ(Parse(R"({"text":"t","lang":""})").record.lang, "");
  EXPECT_EQ(Parse(R"({"text":"t"})").record.lang, "");
}

TEST(JsonlRecord, FieldNamesAndNestedPaths) {
  JsonlFields fields{JsonlField("body"), JsonlField("meta.id"), JsonlField("meta.lang.code")};
  Parsed p = Parse(R"({"body":"b","meta":{"id":"m1","lang":{"code":"ar"}}})", fields);
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.record.text, "b");
  EXPECT_EQ(p.record.id, "m1");
  EXPECT_EQ(p.record.lang, "ar");
  // A key holding the dots is found first.
  EXPECT_EQ(Parse(R"({"body":"b","meta.id":"flat","meta":{"id":"nested"}})", fields).record.id,
            "flat");
  // A path through a non-object is absent.
  EXPECT_EQ(Parse(R"({"body":"b","meta":"x"})", fields).record.id, "7");
}

TEST(JsonlRecord, RefusesWhatIsNotARecordWithAClearMessage) {
  EXPECT_EQ(Parse(R"({"text":"t")").error.rfind("not valid JSON: parse error", 0), 0u)
      << Parse(R"({"text":"t")").error;
  EXPECT_EQ(Parse(R"(["text"])").error, "not a JSON object but an array");
  EXPECT_EQ(Parse(R"("text")").error, "not a JSON object but a string");
  EXPECT_EQ(Parse(R"({"body":"t"})").error, "no \"text\" field (the text; see --text-field)");
  EXPECT_EQ(Parse(R"({"text":5})").error, "the \"text\" field is a number, not a string");
  EXPECT_EQ(Parse(R"({"text":null})").error, "the \"text\" field is a null, not a string");
  EXPECT_EQ(Parse(R"({"text":"t","id":{}})").error,
            "the \"id\" field (the id) is an object, not a string or a number");
  EXPECT_EQ(Parse(R"({"text":"t","lang":3})").error,
            "the \"lang\" field (the language) is a number, not a string");
  EXPECT_EQ(Parse(R"({"text":"a\u0000b"})").error,
            "the \"text\" field holds a NUL character (\\u0000)");
  EXPECT_EQ(Parse(R"({"text":"t"} {"text":"u"})").error.rfind("not valid JSON", 0), 0u);
  // Found by fuzz_jsonl_record: nlohmann reports it as out_of_range, not parse_error.
  EXPECT_EQ(Parse(R"({"text":"t","n":1e999999999})").error,
            "not valid JSON: number overflow parsing '1e999999999'");
}

TEST(JsonlRecord, InvalidUtf8IsRefusedOrRepaired) {
  std::string line = "{\"text\":\"5 \xff%\"}";
  EXPECT_EQ(Parse(line).error, "invalid UTF-8 at byte 11 of the line");
  Parsed p = Parse(line, {}, /*lossy=*/true);
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.record.text, "5 \uFFFD%");
}

TEST(JsonlRecord, BlankLines) {
  EXPECT_TRUE(IsBlankLine(""));
  EXPECT_TRUE(IsBlankLine(" \t\r"));
  EXPECT_FALSE(IsBlankLine(" {}"));
}

}  // namespace
}  // namespace figdiff
