#include "figdiff/phrase_set.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "figdiff/normalize.h"
#include "utf8.h"

namespace figdiff {
namespace {

// How far back a "before" phrase may start: longer than any phrase in the data.
constexpr size_t kBeforeWindow = 96;

bool IsWordChar(char32_t cp) { return u_isalnum(static_cast<UChar32>(cp)); }

bool StartsWithWordChar(std::string_view s) {
  size_t len;
  return !s.empty() && IsWordChar(utf8::Decode(s, 0, &len));
}

bool EndsWithWordChar(std::string_view s) {
  if (s.empty()) return false;
  size_t len;
  return IsWordChar(utf8::Decode(s, utf8::PreviousStart(s, s.size()), &len));
}

size_t SkipSpaces(std::string_view text, size_t pos, int max_spaces) {
  for (int n = 0; n < max_spaces && pos < text.size(); ++n) {
    if (text[pos] == ' ') {
      pos += 1;
    } else if (text.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

}  // namespace

std::string FoldKey(std::string_view text) {
  std::string collapsed;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text.substr(i, 2) == "\xC2\xA0") {
      space = true;
      i += text[i] == ' ' ? 1 : 2;
      continue;
    }
    if (space && !collapsed.empty()) collapsed += ' ';
    space = false;
    collapsed += text[i++];
  }
  std::string key;
  icu::UnicodeString::fromUTF8(collapsed).foldCase().toUTF8String(key);
  return key;
}

std::string PhrasePattern(std::string_view phrase) {
  std::string pattern;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t space = phrase.find(' ', i);
    pattern +=
        RE2::QuoteMeta(phrase.substr(i, space == std::string_view::npos ? space : space - i));
    if (space == std::string_view::npos) break;
    pattern += std::string(kSpace) + "+";
    i = phrase.find_first_not_of(' ', space);
    if (i == std::string_view::npos) break;
  }
  return pattern;
}

PhraseSet::PhraseSet(std::vector<Phrase> phrases) : phrases_(std::move(phrases)) {
  if (phrases_.empty()) return;
  for (Phrase& p : phrases_) p.text = NormalizePhrase(p.text);
  std::vector<size_t> order(phrases_.size());
  for (size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
    by_key_.emplace(phrases_[i].case_sensitive ? phrases_[i].text : FoldKey(phrases_[i].text), i);
  }
  // Longest first: RE2 prefers the earlier alternative, and "mil millones" must beat "mil".
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return phrases_[a].text.size() > phrases_[b].text.size();
  });
  for (size_t i : order) {
    if (!alternation_.empty()) alternation_ += '|';
    const Phrase& p = phrases_[i];
    alternation_ += (p.case_sensitive ? "(?-i:" : "(?:") + PhrasePattern(p.text) + ")";
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  after_ = std::make_unique<RE2>("(" + alternation_ + ")", options);
  before_ = std::make_unique<RE2>("(" + alternation_ + ")" + std::string(kSpace) + "*$", options);
  if (!after_->ok() || !before_->ok()) {
    throw std::runtime_error("bad phrase pattern: " + after_->error() + before_->error());
  }
}

const PhraseSet::Phrase* PhraseSet::Lookup(std::string_view matched) const {
  auto it = by_key_.find(std::string(matched));
  if (it == by_key_.end()) it = by_key_.find(FoldKey(matched));
  return it == by_key_.end() ? nullptr : &phrases_[it->second];
}

bool PhraseSet::Contains(std::string_view text) const {
  std::string key = FoldKey(text);
  return !key.empty() && (by_key_.count(std::string(text)) || by_key_.count(key));
}

std::optional<PhraseSet::Match> PhraseSet::After(std::string_view text, size_t pos, Segmenter& seg,
                                                 int max_spaces) const {
  if (!after_) return std::nullopt;
  size_t start = SkipSpaces(text, pos, max_spaces);
  re2::StringPiece found;
  if (!after_->Match(text, start, text.size(), RE2::ANCHOR_START, &found, 1)) {
    return std::nullopt;
  }
  size_t end = start + found.size();
  if (EndsWithWordChar({found.data(), found.size()}) && !seg.IsWordEdge(end)) return std::nullopt;
  const Phrase* phrase = Lookup({found.data(), found.size()});
  if (phrase == nullptr) return std::nullopt;
  return Match{start, end, phrase};
}

std::optional<PhraseSet::Match> PhraseSet::Before(std::string_view text, size_t pos, Segmenter& seg,
                                                  const PhraseSet* clitics) const {
  if (!before_) return std::nullopt;
  size_t from = pos > kBeforeWindow ? pos - kBeforeWindow : 0;
  while (!utf8::IsBoundary(text, from)) ++from;
  // Retry from further right when the leftmost phrase does not start at a word edge.
  while (from < pos) {
    re2::StringPiece window(text.data() + from, pos - from), groups[2];
    if (!before_->Match(window, 0, window.size(), RE2::UNANCHORED, groups, 2)) break;
    const re2::StringPiece& found = groups[1];  // the phrase without the spaces after it
    size_t start = static_cast<size_t>(found.data() - text.data());
    std::string_view phrase_text(found.data(), found.size());
    auto after_clitic = [&] {
      if (clitics == nullptr) return false;
      auto clitic = clitics->Before(text, start, seg);
      return clitic && clitic->end == start;
    };
    if (!StartsWithWordChar(phrase_text) || seg.IsWordEdge(start) || after_clitic()) {
      const Phrase* phrase = Lookup(phrase_text);
      if (phrase == nullptr) return std::nullopt;
      return Match{start, start + found.size(), phrase};
    }
    from = start + 1;
    while (!utf8::IsBoundary(text, from)) ++from;
  }
  return std::nullopt;
}

}  // namespace figdiff
