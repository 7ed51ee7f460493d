#include "figdiff/translation_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace figdiff {

void PrintTo(const FilePosition& p, std::ostream* os) { *os << p.line << ":" << p.col; }

namespace {

// A PO file must be a file: libgettextpo reads paths.
std::string WriteTemp(const std::string& name, std::string_view content) {
  std::string path = ::testing::TempDir() + "figdiff_translation_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// The position of the `nth` occurrence of `needle` in a unit's text.
FilePosition Where(const std::string& text, const std::vector<TextAnchor>& anchors,
                   std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle << " not in " << text;
  return LocateInFile(text, anchors, at);
}

FilePosition At(int line, int col) { return {line, col}; }

TEST(LocateInFile, CountsCodePointsAndLinesFromTheAnchor) {
  std::string text = "é 1\n٢ x";
  std::vector<TextAnchor> anchors = {{0, {3, 5}}, {text.find('x'), {9, 2}}};
  EXPECT_EQ(LocateInFile(text, anchors, 0), At(3, 5));
  EXPECT_EQ(LocateInFile(text, anchors, text.find('1')), At(3, 7));
  EXPECT_EQ(LocateInFile(text, anchors, text.find("٢")), At(4, 1));
  EXPECT_EQ(LocateInFile(text, anchors, text.find(' ', 5)), At(4, 2));
  EXPECT_EQ(LocateInFile(text, anchors, text.find('x')), At(9, 2));
  EXPECT_EQ(LocateInFile(text, anchors, 1000), At(9, 3));  // past the end: the end
  EXPECT_EQ(LocateInFile(text, {}, 0), At(0, 0));
}

constexpr std::string_view kFrenchPo = R"(# Translator note for the whole file
msgid ""
msgstr ""
"Language: fr\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

#. figdiff: ignore value_differs
#, fuzzy
msgctxt "menu"
msgid "Save 20%"
msgstr "Économisez 25 %"

msgid "One file of 5 MB"
msgid_plural "%d files of 5 MB"
msgstr[0] "Un fichier de 5 Mo"
msgstr[1] "%d fichiers de 5 Mo"

# translator comment
msgid ""
"Revenue rose by 12%\n"
"to $4.5 million."
msgstr ""
"Le chiffre d'affaires a augmenté de 12 %\n"
"pour atteindre \"4,5 millions\" de dollars."

#~ msgid "Old 7"
#~ msgstr "Ancien 7"

msgid "Untranslated 3"
msgstr ""
)";

TEST(ReadPoFile, ReadsEntriesPluralsAndLanguage) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadPoFile(WriteTemp("fr.po", kFrenchPo), &file, &error)) << error;
  EXPECT_EQ(file.target_lang, "fr");
  EXPECT_EQ(file.source_lang, "");
  ASSERT_EQ(file.units.size(), 5u);  // the header and the obsolete entry are not units

  const TranslationUnit& menu = file.units[0];
  EXPECT_EQ(menu.id, "menu\x04Save 20%");
  EXPECT_EQ(menu.source, "Save 20%");
  EXPECT_EQ(menu.target, "Économisez 25 %");
  EXPECT_TRUE(menu.fuzzy);
  EXPECT_EQ(menu.notes, std::vector<std::string>{"figdiff: ignore value_differs"});
  EXPECT_EQ(Where(menu.target, menu.target_anchors, "25"), At(12, 20));

  EXPECT_EQ(file.units[1].id, "One file of 5 MB[0]");
  EXPECT_EQ(file.units[1].source, "One file of 5 MB");
  EXPECT_EQ(file.units[1].target, "Un fichier de 5 Mo");
  EXPECT_EQ(file.units[2].id, "One file of 5 MB[1]");
  EXPECT_EQ(file.units[2].source, "%d files of 5 MB");
  EXPECT_EQ(file.units[2].target, "%d fichiers de 5 Mo");
  EXPECT_FALSE(file.units[2].fuzzy);
  EXPECT_EQ(Where(file.units[2].target, file.units[2].target_anchors, "5"), At(17, 27));
  EXPECT_EQ(Where(file.units[2].source, file.units[2].source_anchors, "5"), At(15, 27));
}

TEST(ReadPoFile, LocatesFiguresOnContinuationLinesPastEscapes) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadPoFile(WriteTemp("fr.po", kFrenchPo), &file, &error)) << error;
  const TranslationUnit& unit = file.units[3];
  EXPECT_EQ(unit.id, "Revenue rose by 12%\nto $4.5 million.");
  EXPECT_EQ(unit.target,
            "Le chiffre d'affaires a augmenté de 12 %\npour atteindre \"4,5 millions\" de "
            "dollars.");
  EXPECT_EQ(unit.notes, std::vector<std::string>{"translator comment"});
  EXPECT_EQ(Where(unit.target, unit.target_anchors, "12"), At(24, 38));
  EXPECT_EQ(Where(unit.target, unit.target_anchors, "4,5"), At(25, 19));
  // The escapes themselves: \n at the end of line 24, \" before the figure.
  EXPECT_EQ(Where(unit.target, unit.target_anchors, "\n"), At(24, 42));
  EXPECT_EQ(Where(unit.target, unit.target_anchors, "\""), At(25, 17));
  EXPECT_EQ(Where(unit.source, unit.source_anchors, "4.5"), At(22, 6));
}

TEST(ReadPoFile, TheEndOfAStringEndingWithAnEscapeIsAfterTheEscape) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(
      ReadPoFile(WriteTemp("end.po", "msgid \"a\"\nmsgstr \"5 %\\n\"\n\"\"\n"), &file, &error))
      << error;
  ASSERT_EQ(file.units.size(), 1u);
  const TranslationUnit& unit = file.units[0];
  EXPECT_EQ(unit.target, "5 %\n");
  EXPECT_EQ(LocateInFile(unit.target, unit.target_anchors, unit.target.size()), At(2, 14));
}

TEST(ReadPoFile, AnUntranslatedEntryHasAnEmptyTargetAnchoredAtItsMsgstr) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadPoFile(WriteTemp("fr.po", kFrenchPo), &file, &error)) << error;
  const TranslationUnit& unit = file.units[4];
  EXPECT_EQ(unit.id, "Untranslated 3");
  EXPECT_EQ(unit.target, "");
  ASSERT_EQ(unit.target_anchors.size(), 1u);
  EXPECT_EQ(LocateInFile(unit.target, unit.target_anchors, 0), At(31, 9));
}

TEST(ReadPoFile, CountsCodePointsOfArabic) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadPoFile(WriteTemp("ar.po",
                                   "msgid \"Revenue rose by 12%\"\n"
                                   "msgstr \"ارتفعت الإيرادات بنسبة ١٢٪ إلى ٤٫٥ مليون\"\n"),
                         &file, &error))
      << error;
  ASSERT_EQ(file.units.size(), 1u);
  EXPECT_EQ(file.target_lang, "");  // no header
  const TranslationUnit& unit = file.units[0];
  EXPECT_EQ(Where(unit.target, unit.target_anchors, "١٢"), At(2, 32));
  EXPECT_EQ(Where(unit.target, unit.target_anchors, "٤٫٥"), At(2, 40));
}

TEST(ReadPoFile, DecodesOctalAndHexEscapes) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(
      ReadPoFile(WriteTemp("esc.po", "msgid \"a\"\nmsgstr \"\\x41\\102\\t9\"\n"), &file, &error))
      << error;
  ASSERT_EQ(file.units.size(), 1u);
  EXPECT_EQ(file.units[0].target, "AB\t9");
  EXPECT_EQ(Where(file.units[0].target, file.units[0].target_anchors, "B"), At(2, 13));
  EXPECT_EQ(Where(file.units[0].target, file.units[0].target_anchors, "9"), At(2, 19));
}

TEST(ReadPoFile, ReadsEveryDomainInFileOrder) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadPoFile(WriteTemp("domains.po",
                                   "domain \"first\"\nmsgid \"a 1\"\nmsgstr \"b 1\"\n\n"
                                   "domain \"second\"\nmsgid \"c 2\"\nmsgstr \"d 2\"\n\n"
                                   "domain \"first\"\nmsgid \"e 3\"\nmsgstr \"f 3\"\n"),
                         &file, &error))
      << error;
  ASSERT_EQ(file.units.size(), 3u);
  EXPECT_EQ(file.units[0].target, "b 1");
  EXPECT_EQ(file.units[1].target, "d 2");
  EXPECT_EQ(file.units[2].target, "f 3");
  EXPECT_EQ(Where(file.units[2].target, file.units[2].target_anchors, "3"), At(11, 11));
}

// Found by fuzz_po: a hex escape longer than an int overflowed.
TEST(ReadPoFile, AHexEscapeOfManyDigitsIsItsLastByte) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadPoFile(
      WriteTemp("long-hex.po", "msgid \"a\"\nmsgstr \"\\x3DDDDDDDDDDDDDDDDDDDDDDD41 5\"\n"), &file,
      &error))
      << error;
  ASSERT_EQ(file.units.size(), 1u);
  EXPECT_EQ(file.units[0].target, "A 5");
  EXPECT_EQ(Where(file.units[0].target, file.units[0].target_anchors, "5"), At(2, 38));
}

TEST(ReadPoFile, RefusesOtherCharsets) {
  TranslationFile file;
  std::string error;
  EXPECT_FALSE(ReadPoFile(WriteTemp("latin1.po",
                                    "msgid \"\"\n"
                                    "msgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n"
                                    "\n"
                                    "msgid \"price\"\n"
                                    "msgstr \"prix \xe9lev\xe9 10\"\n"),
                          &file, &error));
  EXPECT_NE(error.find("charset ISO-8859-1"), std::string::npos) << error;
  EXPECT_NE(error.find("UTF-8"), std::string::npos) << error;
}

TEST(ReadPoFile, RefusesInvalidUtf8WithItsOffset) {
  TranslationFile file;
  std::string error;
  EXPECT_FALSE(
      ReadPoFile(WriteTemp("bad-utf8.po", "msgid \"a\"\nmsgstr \"b\xC3(\"\n"), &file, &error));
  EXPECT_EQ(error, "invalid UTF-8 at byte 19 (line 2, col 10)");
}

TEST(ReadPoFile, ReportsSyntaxErrorsWithTheirLine) {
  TranslationFile file;
  std::string error;
  EXPECT_FALSE(ReadPoFile(
      WriteTemp("syntax.po", "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\nmsgstrr \"d\"\n"), &file,
      &error));
  EXPECT_EQ(error.rfind("line 5", 0), 0u) << error;
}

TEST(ReadPoFile, ReportsAMissingFile) {
  TranslationFile file;
  std::string error;
  EXPECT_FALSE(ReadPoFile(::testing::TempDir() + "figdiff_no_such_file.po", &file, &error));
  EXPECT_EQ(error, "No such file or directory");
}

constexpr std::string_view kXliff12 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="es" datatype="plaintext" original="a.txt">
    <body>
      <trans-unit id="price">
        <source>Only <g id="1">$20</g> &amp; free <x id="2"/>shipping<ph id="3">%s</ph></source>
        <target state="needs-review-translation">Solo <g id="1">20&#160;$</g> &amp; envío <x id="2"/>gratis<ph id="3">%s</ph></target>
        <note>figdiff: ignore</note>
      </trans-unit>
      <group id="g">
        <trans-unit id="growth">
          <source>Sales grew
15%.</source>
          <target state="translated">Las ventas crecieron
un 15 %.</target>
        </trans-unit>
      </group>
      <trans-unit id="new"><source>Up to 3 users</source></trans-unit>
    </body>
  </file>
</xliff>
)";

TEST(ReadXliffFile, ReadsVersion12WithInlineTagsAndEntities) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadXliffFile(kXliff12, &file, &error)) << error;
  EXPECT_EQ(file.source_lang, "en");
  EXPECT_EQ(file.target_lang, "es");
  ASSERT_EQ(file.units.size(), 3u);

  const TranslationUnit& price = file.units[0];
  EXPECT_EQ(price.id, "price");
  // <g> keeps its text; the codes <x/> and <ph>%s</ph> are dropped.
  EXPECT_EQ(price.source, "Only $20 & free shipping");
  EXPECT_EQ(price.target, "Solo 20\u00A0$ & envío gratis");
  EXPECT_TRUE(price.fuzzy);
  EXPECT_EQ(price.notes, std::vector<std::string>{"figdiff: ignore"});
  EXPECT_EQ(Where(price.source, price.source_anchors, "$20"), At(6, 32));
  EXPECT_EQ(Where(price.target, price.target_anchors, "20"), At(7, 65));
  EXPECT_EQ(Where(price.target, price.target_anchors, "\u00A0"), At(7, 67));
  EXPECT_EQ(Where(price.target, price.target_anchors, "$"), At(7, 73));
  EXPECT_EQ(Where(price.target, price.target_anchors, "&"), At(7, 79));
  EXPECT_EQ(Where(price.target, price.target_anchors, "gratis"), At(7, 102));

  const TranslationUnit& growth = file.units[1];
  EXPECT_EQ(growth.id, "growth");
  EXPECT_EQ(growth.target, "Las ventas crecieron\nun 15 %.");
  EXPECT_FALSE(growth.fuzzy);
  EXPECT_EQ(Where(growth.target, growth.target_anchors, "15"), At(15, 4));

  const TranslationUnit& untranslated = file.units[2];
  EXPECT_EQ(untranslated.source, "Up to 3 users");
  EXPECT_EQ(untranslated.target, "");
  EXPECT_TRUE(untranslated.target_anchors.empty());  // no <target> at all
}

TEST(ReadXliffFile, ReadsUtf16WithTheSamePositions) {
  std::u16string utf16 =
      u"\uFEFF<xliff version=\"1.2\"><file target-language=\"fr\"><body>\n"
      u"<trans-unit id=\"a\"><source>5 €</source><target>5 €</target>"
      u"</trans-unit></body></file></xliff>";
  std::string bytes;
  for (char16_t c : utf16) {
    bytes += static_cast<char>(c & 0xFF);
    bytes += static_cast<char>(c >> 8);
  }
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadXliffFile(bytes, &file, &error)) << error;
  ASSERT_EQ(file.units.size(), 1u);
  EXPECT_EQ(file.target_lang, "fr");
  EXPECT_EQ(file.units[0].target, "5 €");
  EXPECT_EQ(Where(file.units[0].target, file.units[0].target_anchors, "€"), At(2, 50));
}

constexpr std::string_view kXliff20 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">
 <file id="f1">
  <unit id="u1">
   <notes><note>check this</note></notes>
   <segment id="s1" state="initial">
    <source>Revenue: <pc id="1">$4.5 million</pc>.</source>
    <target>الإيرادات: <pc id="1">٤٫٥ مليون دولار</pc>.</target>
   </segment>
   <ignorable><source> </source></ignorable>
   <segment id="s2" state="final">
    <source>Up <ph id="2" disp="{n}"/>to 40%<![CDATA[ & more]]></source>
    <target>حتى <ph id="2" disp="{n}"/>٤٠٪<![CDATA[ & 3 more]]></target>
   </segment>
  </unit>
 </file>
</xliff>
)";

TEST(ReadXliffFile, ReadsVersion20SegmentsStatesAndArabic) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadXliffFile(kXliff20, &file, &error)) << error;
  EXPECT_EQ(file.source_lang, "en");
  EXPECT_EQ(file.target_lang, "ar");
  ASSERT_EQ(file.units.size(), 2u);  // <ignorable> is not a segment

  const TranslationUnit& first = file.units[0];
  EXPECT_EQ(first.id, "u1/s1");
  EXPECT_TRUE(first.fuzzy);
  EXPECT_EQ(first.notes, std::vector<std::string>{"check this"});
  EXPECT_EQ(first.source, "Revenue: $4.5 million.");
  EXPECT_EQ(first.target, "الإيرادات: ٤٫٥ مليون دولار.");
  EXPECT_EQ(Where(first.source, first.source_anchors, "$4.5"), At(7, 33));
  EXPECT_EQ(Where(first.target, first.target_anchors, "٤٫٥"), At(8, 35));

  const TranslationUnit& second = file.units[1];
  EXPECT_EQ(second.id, "u1/s2");
  EXPECT_FALSE(second.fuzzy);
  EXPECT_EQ(second.source, "Up to 40% & more");
  EXPECT_EQ(second.target, "حتى ٤٠٪ & 3 more");
  EXPECT_EQ(Where(second.target, second.target_anchors, "٤٠٪"), At(13, 40));
  EXPECT_EQ(Where(second.target, second.target_anchors, "3"), At(13, 55));
}

TEST(ReadXliffFile, ASingleSegmentKeepsTheUnitId) {
  TranslationFile file;
  std::string error;
  ASSERT_TRUE(ReadXliffFile(R"(<xliff version="2.0" srcLang="en"><file id="f"><unit id="u">
<segment><source>1 day</source><target>1 jour</target></segment></unit></file></xliff>)",
                            &file, &error))
      << error;
  ASSERT_EQ(file.units.size(), 1u);
  EXPECT_EQ(file.units[0].id, "u");
  EXPECT_FALSE(file.units[0].fuzzy);  // no state written
  EXPECT_EQ(file.target_lang, "");
}

TEST(ReadXliffFile, ReportsMalformedXmlWithItsPosition) {
  TranslationFile file;
  std::string error;
  EXPECT_FALSE(
      ReadXliffFile("<xliff version=\"1.2\"><file>\n  <body></file></xliff>", &file, &error));
  EXPECT_EQ(error.rfind("malformed XML at line 2, col ", 0), 0u) << error;
}

TEST(ReadXliffFile, RefusesUnknownVersionsEntitiesAndInvalidUtf8) {
  TranslationFile file;
  std::string error;
  EXPECT_FALSE(ReadXliffFile("<xliff version=\"3.0\"/>", &file, &error));
  EXPECT_EQ(error, "line 1, col 1: XLIFF version \"3.0\" is not supported (1.2 and 2.0 are)");
  EXPECT_FALSE(ReadXliffFile("<html/>", &file, &error));
  EXPECT_EQ(error, "line 1, col 1: not an XLIFF file: the root element is <html>");
  EXPECT_FALSE(
      ReadXliffFile("<xliff version=\"1.2\"><file><body><trans-unit id=\"a\">\n"
                    "<source>5&nbsp;%</source></trans-unit></body></file></xliff>",
                    &file, &error));
  EXPECT_EQ(error.rfind("line 2, col 10: entity &nbsp; ", 0), 0u) << error;
  EXPECT_FALSE(
      ReadXliffFile("<xliff version=\"1.2\"><file><body><trans-unit id=\"a\">"
                    "<source>&#0;</source></trans-unit></body></file></xliff>",
                    &file, &error));
  EXPECT_NE(error.find("&#0;"), std::string::npos) << error;
  EXPECT_FALSE(ReadXliffFile("<xliff version=\"1.2\">\xFF</xliff>", &file, &error));
  EXPECT_EQ(error, "invalid UTF-8 at byte 21");
}

constexpr std::string_view kJson = R"({
  "app": {
    "title": "Save 20%",
    "price": "Only \"$4.99\" today\nand 2\u00a0days",
    "list": ["3 items", 7, {"deep": "é 5"}],
    "emoji": "\ud83d\ude00 5 stars"
  },
  "count": 3,
  "plural": "{count} files of {{size}} MB",
  "ar": "بلغت ١٢٣ مليون"
}
)";

TEST(ReadJsonLocaleFile, FlattensKeysAndLocatesEscapedText) {
  LocaleStrings strings;
  std::string error;
  ASSERT_TRUE(ReadJsonLocaleFile(kJson, &strings, &error)) << error;
  EXPECT_EQ(strings.keys,
            (std::vector<std::string>{"app.title", "app.price", "app.list.0", "app.list.2.deep",
                                      "app.emoji", "plural", "ar"}));
  ASSERT_EQ(strings.texts.size(), 7u);
  ASSERT_EQ(strings.anchors.size(), 7u);
  EXPECT_EQ(strings.texts[1], "Only \"$4.99\" today\nand 2\u00A0days");
  EXPECT_EQ(strings.texts[5], "{count} files of {{size}} MB");
  EXPECT_EQ(Where(strings.texts[0], strings.anchors[0], "20"), At(3, 20));
  EXPECT_EQ(Where(strings.texts[1], strings.anchors[1], "4.99"), At(4, 23));
  EXPECT_EQ(Where(strings.texts[1], strings.anchors[1], "2"), At(4, 41));
  EXPECT_EQ(Where(strings.texts[1], strings.anchors[1], "\u00A0"), At(4, 42));
  EXPECT_EQ(Where(strings.texts[1], strings.anchors[1], "days"), At(4, 48));
  EXPECT_EQ(Where(strings.texts[3], strings.anchors[3], "5"), At(5, 40));
  EXPECT_EQ(strings.texts[4], "\U0001F600 5 stars");
  EXPECT_EQ(Where(strings.texts[4], strings.anchors[4], "5"), At(6, 28));
  EXPECT_EQ(Where(strings.texts[6], strings.anchors[6], "١٢٣"), At(10, 15));
}

TEST(ReadJsonLocaleFile, ReportsInvalidJsonWithItsPosition) {
  LocaleStrings strings;
  std::string error;
  EXPECT_FALSE(ReadJsonLocaleFile("{\"é\": 1,\n \"b\": x}", &strings, &error));
  EXPECT_EQ(error.rfind("invalid JSON at line 2, col 7: syntax error", 0), 0u) << error;
}

TEST(ReadJsonLocaleFile, RefusesWhatIsNotALocaleFile) {
  LocaleStrings strings;
  std::string error;
  EXPECT_FALSE(ReadJsonLocaleFile("[\"a\"]", &strings, &error));
  EXPECT_EQ(error, "a JSON locale file must hold an object of keys at the top level");
  EXPECT_FALSE(ReadJsonLocaleFile("{\"a\": {\"b\": \"1\"},\n \"a.b\": \"2\"}", &strings, &error));
  EXPECT_EQ(error, "line 2, col 9: duplicate key \"a.b\"");
  EXPECT_FALSE(ReadJsonLocaleFile("{\"a\": \"x\\u0000\"}", &strings, &error));
  EXPECT_EQ(error, "line 1, col 9: a string holds \\u0000 (NUL)");
  EXPECT_FALSE(ReadJsonLocaleFile("{\"a\": \"\xC3\"}", &strings, &error));
  EXPECT_EQ(error, "invalid UTF-8 at byte 7");
}

// Found by fuzz_json_locale: the end of a text ending with an escaped line feed was located on
// the line after it, which the file does not have.
TEST(ReadJsonLocaleFile, TheEndAfterAnEscapedLineFeedIsOnTheEscapesLine) {
  LocaleStrings strings;
  std::string error;
  ASSERT_TRUE(ReadJsonLocaleFile("{\"a\": \"x\\n\"}", &strings, &error)) << error;
  ASSERT_EQ(strings.texts.size(), 1u);
  EXPECT_EQ(strings.texts[0], "x\n");
  EXPECT_EQ(LocateInFile(strings.texts[0], strings.anchors[0], 1), At(1, 9));
  EXPECT_EQ(LocateInFile(strings.texts[0], strings.anchors[0], 2), At(1, 11));
}

TEST(ReadJsonLocaleFile, AnEmptyStringIsAnchoredInsideItsQuotes) {
  LocaleStrings strings;
  std::string error;
  ASSERT_TRUE(ReadJsonLocaleFile("{\"a\": \"\"}", &strings, &error)) << error;
  ASSERT_EQ(strings.texts.size(), 1u);
  EXPECT_EQ(strings.texts[0], "");
  EXPECT_EQ(LocateInFile(strings.texts[0], strings.anchors[0], 0), At(1, 8));
}

}  // namespace
}  // namespace figdiff
