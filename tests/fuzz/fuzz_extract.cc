// Fuzz target: the whole extraction of one language (FIGDIFF_FUZZ_LANG, one executable per
// language), from raw bytes: DecodeText (input.h; UTF-16/32 with a BOM are converted, invalid
// UTF-8 and binary data refused and skipped), ExtractFacts (extract.h), then the JSON Lines and
// TSV rendering (render_facts.h). Invariants:
// - decoded text is valid UTF-8; empty text gives no fact;
// - the candidate scan (candidate_scan.h) finds the candidates RE2's own search finds;
// - a fact's offsets lie in the text, start < end, both on code point boundaries, so `text`
//   (the bytes between them) is non-empty valid UTF-8;
// - facts come in non-decreasing start order, with non-decreasing sentence indexes >= 0;
// - line and col are those of start (1-based, col in code points, lines end at '\n');
// - values are exact decimals: Decimal::Parse(value.ToString()) gives the value back;
// - money has an ISO code (three capital letters) or none, other kinds none; the unit of money
//   is empty, of a percentage empty or "point", of a count only letters, nonspacing marks and
//   format characters (check "unit": the counted noun as written).
#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "figdiff/decimal.h"
#include "figdiff/extract.h"
#include "figdiff/input.h"
#include "figdiff/lexicon.h"
#include "figdiff/render_facts.h"
#include "fuzz_check.h"

#ifndef FIGDIFF_FUZZ_LANG
#error "FIGDIFF_FUZZ_LANG must name the language, e.g. \"en\""
#endif

namespace {

using figdiff::Fact;
using figdiff::Kind;
using figdiff::fuzz::IsBoundary;
using figdiff::fuzz::IsValidUtf8;
using figdiff::fuzz::NextCodePoint;

const figdiff::Lexicon& TheLexicon() {
  static figdiff::LexiconCache cache;
  static const figdiff::Lexicon* lex = [] {
    std::string error;
    const figdiff::Lexicon* l = cache.Get(FIGDIFF_FUZZ_LANG, &error);
    if (l == nullptr) {
      std::fprintf(stderr, "no lexicon for %s: %s\n", FIGDIFF_FUZZ_LANG, error.c_str());
      std::abort();
    }
    return l;
  }();
  return *lex;
}

bool IsIsoCode(const std::string& code) {
  return code.size() == 3 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z' &&
         code[2] >= 'A' && code[2] <= 'Z';
}

// Letters, nonspacing marks and format characters only (what the normalizer keeps as letters
// or drops).
bool IsNounAsWritten(std::string_view unit) {
  if (!IsValidUtf8(unit)) return false;
  for (size_t i = 0; i < unit.size();) {
    char32_t cp = NextCodePoint(unit, &i);
    int8_t type = u_charType(static_cast<UChar32>(cp));
    bool ok = type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER ||
              type == U_TITLECASE_LETTER || type == U_MODIFIER_LETTER || type == U_OTHER_LETTER ||
              type == U_NON_SPACING_MARK || type == U_FORMAT_CHAR;
    if (!ok) return false;
  }
  return true;
}

std::string Shown(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 200)) {
    if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  if (s.size() > 200) out += "...";
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheLexicon();  // built once, before the clock starts
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text, error;
  if (!figdiff::DecodeText(std::string(reinterpret_cast<const char*>(data), size), &text, &error)) {
    return 0;  // refused by the input stage, as the CLI does
  }
  FUZZ_CHECK("decoded-utf8", IsValidUtf8(text), "DecodeText accepted %zu bytes of invalid UTF-8",
             text.size());

  const figdiff::Lexicon& lex = TheLexicon();
  // The candidate scan finds what RE2's unanchored search finds, from every code point up to
  // the last candidate (in a long text, from each candidate: each search reads the rest).
  for (size_t p = 0; p < text.size();) {
    re2::StringPiece want, got;
    bool wanted = lex.candidates->Match(text, p, text.size(), RE2::UNANCHORED, &want, 1);
    bool found = lex.scanner->Next(text, p, &got);
    FUZZ_CHECK(
        "candidate-scan",
        wanted == found && (!wanted || (want.data() == got.data() && want.size() == got.size())),
        "from byte %zu: RE2 %s at %zd (%zu bytes), the scan %s at %zd (%zu bytes)", p,
        wanted ? "matches" : "finds nothing", wanted ? want.data() - text.data() : -1, want.size(),
        found ? "matches" : "finds nothing", found ? got.data() - text.data() : -1, got.size());
    if (!wanted) break;  // nor from any later byte
    if (text.size() > 512) p = static_cast<size_t>(want.data() - text.data());
    NextCodePoint(text, &p);
  }
  std::vector<Fact> facts = figdiff::ExtractFacts(lex, text, figdiff::ExtractOptions());
  FUZZ_CHECK("empty-input", !text.empty() || facts.empty(), "%zu facts in an empty text",
             facts.size());

  // Line and column of every offset, computed independently of position.h.
  size_t pos = 0;
  int line = 1, col = 1;
  size_t previous_start = 0;
  int previous_sentence = 0;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    FUZZ_CHECK("offsets", f.start < f.end && f.end <= text.size(),
               "fact %zu: [%zu, %zu) in a text of %zu bytes", i, f.start, f.end, text.size());
    FUZZ_CHECK("offsets-boundary", IsBoundary(text, f.start) && IsBoundary(text, f.end),
               "fact %zu: [%zu, %zu) cuts a code point", i, f.start, f.end);
    std::string_view written = std::string_view(text).substr(f.start, f.end - f.start);
    FUZZ_CHECK("text-utf8", IsValidUtf8(written), "fact %zu: text is not UTF-8", i);
    FUZZ_CHECK("order", f.start >= previous_start, "fact %zu starts at %zu, before %zu", i, f.start,
               previous_start);
    FUZZ_CHECK("sentence", f.sentence >= previous_sentence && f.sentence >= 0,
               "fact %zu: sentence %d after sentence %d", i, f.sentence, previous_sentence);
    previous_start = f.start;
    previous_sentence = f.sentence;

    while (pos < f.start) {
      if (text[pos] == '\n') {
        ++line;
        col = 1;
      } else if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) {
        ++col;
      }
      ++pos;
    }
    FUZZ_CHECK("line-col", f.line == line && f.col == col,
               "fact %zu at byte %zu: line %d col %d, expected line %d col %d", i, f.start, f.line,
               f.col, line, col);

    std::string value = f.value.ToString();
    auto back = figdiff::Decimal::Parse(value);
    FUZZ_CHECK("value-round-trip", back && *back == f.value,
               "fact %zu (\"%s\"): value %s does not parse back", i, Shown(written).c_str(),
               value.c_str());

    if (f.kind == Kind::kMoney) {
      FUZZ_CHECK("currency", f.currency.empty() || IsIsoCode(f.currency),
                 "fact %zu: money in \"%s\"", i, f.currency.c_str());
      FUZZ_CHECK("unit", f.unit.empty(), "fact %zu: money with unit \"%s\"", i,
                 Shown(f.unit).c_str());
    } else {
      FUZZ_CHECK("currency", f.currency.empty(), "fact %zu: %s with currency \"%s\"", i,
                 std::string(figdiff::KindName(f.kind)).c_str(), f.currency.c_str());
    }
    if (f.kind == Kind::kPercent) {
      FUZZ_CHECK("unit", f.unit.empty() || f.unit == "point", "fact %zu: percentage unit \"%s\"", i,
                 Shown(f.unit).c_str());
    }
    if (f.kind == Kind::kCount) {
      FUZZ_CHECK("unit", IsNounAsWritten(f.unit),
                 "fact %zu (\"%s\" at [%zu, %zu)): the counted noun is \"%s\" (%zu bytes)", i,
                 Shown(written).c_str(), f.start, f.end, Shown(f.unit).c_str(), f.unit.size());
    }
  }

  // Rendering: nlohmann::json throws on invalid UTF-8, so this also checks every string field.
  figdiff::Document doc{"fuzz", text, FIGDIFF_FUZZ_LANG};
  std::string jsonl = figdiff::RenderJsonl(doc, facts);
  std::string tsv = figdiff::RenderTsv(doc, facts);
  FUZZ_CHECK("render", facts.empty() || (!jsonl.empty() && !tsv.empty()),
             "nothing rendered for %zu facts", facts.size());
  return 0;
}
