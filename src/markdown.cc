#include "figdiff/markdown.h"

#include <re2/re2.h>

namespace figdiff {
namespace {

void Blank(std::string* text, size_t start, size_t end) {
  for (size_t i = start; i < end; ++i) {
    if ((*text)[i] != '\n') (*text)[i] = ' ';
  }
}

// Blanks every match of `re` (its first group when it has one) in *text.
void BlankMatches(const RE2& re, std::string* text) {
  std::string_view input(*text);
  re2::StringPiece match[2];
  int groups = re.NumberOfCapturingGroups() > 0 ? 2 : 1;
  size_t pos = 0;
  while (pos <= input.size() &&
         re.Match(input, pos, input.size(), RE2::UNANCHORED, match, groups)) {
    re2::StringPiece blank = match[groups - 1];
    if (blank.data() != nullptr) {
      Blank(text, blank.data() - input.data(), blank.data() - input.data() + blank.size());
    }
    size_t end = match[0].data() - input.data() + match[0].size();
    pos = end > pos ? end : pos + 1;
  }
}

// Fenced code blocks (``` or ~~~, up to three spaces of indent): blanked whole, fences included.
// An unclosed fence runs to the end of the text, as in CommonMark.
void BlankFencedCode(std::string* text) {
  static const RE2 fence(R"((?m)^ {0,3}(`{3,}|~{3,}))");
  std::string_view input(*text);
  re2::StringPiece open[2];
  size_t pos = 0;
  while (fence.Match(input, pos, input.size(), RE2::UNANCHORED, open, 2)) {
    size_t start = open[0].data() - input.data();
    size_t line_end = input.find('\n', start);
    size_t end = input.size();
    // The closing fence: the same character, at least as long, alone on its line.
    const RE2 close("(?m)^ {0,3}" + RE2::QuoteMeta(open[1]) + RE2::QuoteMeta(open[1].substr(0, 1)) +
                    "*[ \\t]*\\r?$");
    re2::StringPiece closing;
    if (line_end != std::string_view::npos &&
        close.Match(input, line_end + 1, input.size(), RE2::UNANCHORED, &closing, 1)) {
      end = closing.data() - input.data() + closing.size();
    }
    Blank(text, start, end);
    pos = end;
  }
}

// Inline code: a run of n backticks up to the next run of exactly n.
void BlankInlineCode(std::string* text) {
  size_t pos = 0;
  while ((pos = text->find('`', pos)) != std::string::npos) {
    size_t run_end = text->find_first_not_of('`', pos);
    if (run_end == std::string::npos) return;
    size_t n = run_end - pos;
    size_t search = run_end;
    size_t close = std::string::npos;
    while ((search = text->find('`', search)) != std::string::npos) {
      size_t end = text->find_first_not_of('`', search);
      if (end == std::string::npos) end = text->size();
      if (end - search == n) {
        close = end;
        break;
      }
      search = end;
    }
    if (close == std::string::npos) {
      pos = run_end;  // a lone backtick run is literal text
      continue;
    }
    Blank(text, pos, close);
    pos = close;
  }
}

}  // namespace

bool IsMarkdownPath(std::string_view path) {
  for (std::string_view ext : {".md", ".markdown", ".mdx"}) {
    if (path.ends_with(ext)) return true;
  }
  return false;
}

std::string MaskMarkdown(std::string_view text) {
  std::string masked(text);
  BlankFencedCode(&masked);
  BlankInlineCode(&masked);
  static const RE2 comment(R"((?s)<!--.*?-->)");
  static const RE2 tag(R"(</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)");
  static const RE2 autolink(R"(<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*>)");
  static const RE2 link_target(R"(\]\(([^)\n]*)\))");
  static const RE2 reference_definition(R"((?m)^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+.*)$)");
  static const RE2 url(R"((?:https?|ftp)://[^\s<>()\[\]]+|www\.[^\s<>()\[\]]+)");
  for (const RE2* re : {&comment, &tag, &autolink, &link_target, &reference_definition, &url}) {
    BlankMatches(*re, &masked);
  }
  return masked;
}

}  // namespace figdiff
