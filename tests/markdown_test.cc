// Markdown masking: code, HTML and link targets become spaces, prose and offsets stay.
#include "figdiff/markdown.h"

#include <gtest/gtest.h>

#include <string>

namespace figdiff {
namespace {

TEST(MarkdownTest, KeepsProseAndLength) {
  std::string text = "Revenue rose **12%** to $1.5 billion.\n";
  EXPECT_EQ(MaskMarkdown(text), text);
}

TEST(MarkdownTest, BlanksFencedCodeKeepingLines) {
  std::string text = "Before 10%.\n```bash\nport 8080\n```\nAfter 20%.\n";
  std::string masked = MaskMarkdown(text);
  ASSERT_EQ(masked.size(), text.size());
  EXPECT_EQ(masked, "Before 10%.\n       \n         \n   \nAfter 20%.\n");
}

TEST(MarkdownTest, UnclosedFenceRunsToTheEnd) {
  EXPECT_EQ(MaskMarkdown("a\n~~~\nv2.4\n"), "a\n   \n    \n");
}

TEST(MarkdownTest, ClosingFenceMustBeAsLong) {
  // A shorter fence inside does not close a longer one.
  EXPECT_EQ(MaskMarkdown("````\n```\n42\n````\nok 7"), "    \n   \n  \n    \nok 7");
}

// The same number of spaces as `s` has bytes.
std::string Blank(std::string_view s) { return std::string(s.size(), ' '); }

TEST(MarkdownTest, BlanksInlineCodeOfMatchingRuns) {
  EXPECT_EQ(MaskMarkdown("Use `v1.2` or ``a `3` b`` for 5 users."),
            "Use " + Blank("`v1.2`") + " or " + Blank("``a `3` b``") + " for 5 users.");
  EXPECT_EQ(MaskMarkdown("A lone ` backtick and 4 cats."), "A lone ` backtick and 4 cats.");
}

TEST(MarkdownTest, BlanksHtmlCommentsTagsAndLinkTargets) {
  EXPECT_EQ(MaskMarkdown("<!-- id 42 --><span class=\"x2\">3 cats</span>"),
            Blank("<!-- id 42 -->") + Blank("<span class=\"x2\">") + "3 cats" + Blank("</span>"));
  EXPECT_EQ(MaskMarkdown("See [the 2024 report](https://x.org/r/55 \"t\")."),
            "See [the 2024 report](" + Blank("https://x.org/r/55 \"t\"") + ").");
  EXPECT_EQ(MaskMarkdown("Mail <https://x.org/7> or visit www.x.org/9 now"),
            "Mail " + Blank("<https://x.org/7>") + " or visit " + Blank("www.x.org/9") + " now");
  EXPECT_EQ(MaskMarkdown("[r]: https://x.org/42 \"title\"\n"),
            "[r]: " + Blank("https://x.org/42 \"title\"") + "\n");
}

TEST(MarkdownTest, MarkdownPaths) {
  EXPECT_TRUE(IsMarkdownPath("docs/fr/guide.md"));
  EXPECT_TRUE(IsMarkdownPath("a.markdown"));
  EXPECT_FALSE(IsMarkdownPath("notes.txt"));
}

}  // namespace
}  // namespace figdiff
