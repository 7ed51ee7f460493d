// Markdown as prose: the parts of a Markdown file that are not text a translator translates
// (code blocks, inline code, HTML tags and comments, link targets, URLs) hold numbers that are
// not figures: version numbers, ports, ids in URLs. check blanks them out before extraction.
#pragma once

#include <string>
#include <string_view>

namespace figdiff {

// True for the file names check reads as Markdown (.md, .markdown, .mdx).
bool IsMarkdownPath(std::string_view path);

// `text` with every byte of code, HTML and link targets replaced by a space (line breaks kept),
// so that byte offsets and line numbers are those of `text`.
std::string MaskMarkdown(std::string_view text);

}  // namespace figdiff
