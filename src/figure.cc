#include "figdiff/figure.h"

#include <algorithm>
#include <optional>

#include "utf8.h"

namespace figdiff {
namespace {

using Match = std::optional<PhraseSet::Match>;

bool StartsWithAny(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (text.starts_with(p)) return true;
  }
  return false;
}

class FigureReader {
 public:
  FigureReader(const Lexicon& lex, std::string_view text, Segmenter& seg)
      : lex_(lex), text_(text), seg_(seg) {}

  // Reads figures from `*scan_pos` into `*out` until the text ends, or the block is full and a
  // paragraph break comes before the next candidate (read again by the next call).
  void ReadBlock(size_t* scan_pos, std::vector<Figure>* out) {
    std::vector<Figure>& figures = *out;
    figures.clear();
    size_t pos = *scan_pos;
    re2::StringPiece match;
    // Only the whole match: RE2 finds it with its DFAs alone, and telling the groups apart
    // (WordStart) rarely needs RE2's much slower submatch engines.
    while (true) {
      if (pos >= text_.size() || !lex_.scanner->Next(text_, pos, &match)) {
        pos = text_.size();
        break;
      }
      // The match's first byte may be the one before a number word: a line break.
      if (figures.size() >= kFiguresPerBlock && HasParagraphBreak(pos, Offset(match) + 1)) {
        break;  // `pos` is before the candidate: the next block's scan finds it again
      }
      // Group 1, the digit run, is the first alternative: it wins wherever a digit starts.
      if (match[0] >= '0' && match[0] <= '9') {
        size_t run_start = Offset(match);
        for (const ParsedNumber& n : ParseDigitRun(match, run_start, lex_.number_format)) {
          if (!StartsAtEdge(n.start)) continue;
          Figure f;
          f.number_start = n.start;
          f.number_end = n.end;
          f.number = n.value;
          f.plain = n.plain;
          f.leading_zero = n.leading_zero;
          ReadContext(&f);
          // "3rd", "1er", "10m": digits glued to letters that are no scale of a money figure.
          f.ordinal = f.ordinal || (f.end == f.number_end && !seg_.IsWordEdge(f.number_end));
          figures.push_back(std::move(f));
        }
        pos = run_start + match.size();
        if (!figures.empty()) pos = std::max(pos, figures.back().end);
      } else {
        size_t word_end = Offset(match) + match.size();
        size_t word_start = WordStart(Offset(match), word_end);
        if (size_t letter = LetterBefore(Offset(match), word_start)) {
          pos = Offset(match) + letter;  // no candidate: the next one starts further on
          continue;
        }
        auto spelled = lex_.spelled->Read(text_, word_start, seg_);
        if (!spelled) {
          pos = word_end;
          continue;
        }
        if (spelled->article && IsLoneArticle(*spelled, figures)) {
          pos = spelled->end;
          continue;
        }
        Figure f;
        f.number_start = spelled->start;
        f.number_end = spelled->end;
        f.number = spelled->value;
        f.spelled = true;
        f.article = spelled->article;
        f.needs_noun = spelled->needs_noun;
        ReadContext(&f);
        pos = std::max(spelled->end, f.end);
        figures.push_back(std::move(f));
      }
    }
    *scan_pos = pos;
  }

 private:
  // "una empresa", "un grand pas": an article that nothing around it makes a count. No
  // qualifier is before it; no scale, percent sign, currency, link to one or emphasis word
  // ("un solo chip") after it; no range joins it to the figure before it or may join it to one
  // after it. Its figure would be a bare number word that extract.cc excludes, and that changes
  // nothing around it, so none is made: most number words of es and fr text are such articles.
  bool IsLoneArticle(const SpelledNumber& article, const std::vector<Figure>& figures) {
    size_t start = article.start, end = article.end;
    if (!figures.empty() && RangeJoins(lex_, text_, figures.back().end, start)) return false;
    if (lex_.scales.After(text_, end, seg_) || lex_.scale_abbreviations.After(text_, end, seg_) ||
        lex_.percents.After(text_, end, seg_) || lex_.points.After(text_, end, seg_) ||
        lex_.currencies_after.After(text_, end, seg_) || lex_.links.After(text_, end, seg_) ||
        lex_.emphasis.After(text_, end, seg_)) {
      return false;
    }
    if (lex_.currencies_before.Before(text_, start, seg_) ||
        lex_.qualifiers_before.Before(text_, start, seg_)) {
      return false;
    }
    // A range word may begin after the spaces that follow (RangeJoins trims them).
    size_t next = end;
    while (next < text_.size() && (text_[next] == ' ' || text_[next] == '\n' ||
                                   text_[next] == '\r' || text_.substr(next, 2) == "\xC2\xA0")) {
      next += text_[next] == '\xC2' ? 2 : 1;
    }
    return !lex_.ranges.MayMatchWordsAt(text_, next, nullptr);
  }

  // Whether a blank line lies in [from, to): no soft line break (SpaceAt in phrase_set.cc).
  bool HasParagraphBreak(size_t from, size_t to) const {
    std::string_view gap = text_.substr(from, to - from);
    return gap.find("\n\n") != std::string_view::npos ||
           gap.find("\n\r\n") != std::string_view::npos;
  }

  size_t Offset(re2::StringPiece piece) const {
    return static_cast<size_t>(piece.data() - text_.data());
  }

  // Where group 2, the number word, starts in the candidate [start, end) of the second
  // alternative: after the one character before the word. RE2 decides, on the match alone,
  // when a clitic may stand between them (ar "و" + "ثلاثة") and at the start of the text,
  // where that character may be missing (the "^" branch).
  size_t WordStart(size_t start, size_t end) const {
    if (start != 0) {
      size_t length;
      utf8::Decode(text_, start, &length);
      size_t after = start + length;
      if (!lex_.clitic_prefix ||
          !lex_.clitic_prefix->Match(text_, after, end, RE2::ANCHOR_START, nullptr, 0)) {
        return after;
      }
    }
    re2::StringPiece groups[3];
    lex_.candidates->Match(text_, start, end, RE2::ANCHOR_START, groups, 3);
    return Offset(groups[2]);
  }

  // The pattern's class before a number word knows letters only below
  // kWordCharsInPatternBelow (lexicon.h): the length of a letter, number or mark above that
  // which the candidate [start, ...) begins with, 0 when the candidate is one. At the start of
  // the text the word may begin the match itself (the "^" branch): so it does when only a
  // clitic, or nothing, comes before it.
  size_t LetterBefore(size_t start, size_t word_start) const {
    size_t length;
    char32_t c = utf8::Decode(text_, start, &length);
    if (c < kWordCharsInPatternBelow || !IsWordCharBeforeNumberWord(c)) return 0;
    if (start == 0) {
      if (word_start == 0) return 0;
      re2::StringPiece clitic;
      if (lex_.clitic_prefix &&
          lex_.clitic_prefix->Match(text_, 0, word_start, RE2::ANCHOR_BOTH, &clitic, 1)) {
        return 0;
      }
    }
    return length;
  }

  // A number starts a word, or follows an attached clitic that does (ar "ب110").
  bool StartsAtEdge(size_t pos) {
    if (seg_.IsWordEdge(pos)) return true;
    Match clitic = lex_.clitics.Before(text_, pos, seg_);
    return clitic && clitic->end == pos;
  }

  Match CurrencyAfter(size_t pos) {
    if (Match c = lex_.currencies_after.After(text_, pos, seg_)) return c;
    if (Match link = lex_.links.After(text_, pos, seg_)) {
      return lex_.currencies_after.After(text_, link->end, seg_);
    }
    return std::nullopt;
  }

  // "-5 %", "+2,5 %", "-$3 million": a sign glued to a percentage or an amount of money, after
  // a space or at the start ("10-15 %" is a range, "COVID-19" a name).
  void ReadSign(Figure* f) {
    if (f->currency.empty() && !f->percent) return;
    size_t s = f->start;
    if (s == 0 || (text_[s - 1] != '-' && text_[s - 1] != '+')) return;
    unsigned char before = s >= 2 ? static_cast<unsigned char>(text_[s - 2]) : ' ';
    bool after_space = before == ' ' || before == '(' || before == '\n' || before == 0xA0;
    if (!after_space) return;
    if (text_[s - 1] == '-') f->number = f->number.Negated();
    f->start = s - 1;
  }

  // "2 million dollars and up to 40,000": the words after a figure that look like its
  // postposed qualifier ("and up") begin the next figure's ("up to").
  bool StartsNextQualifier(const PhraseSet::Match& q) {
    for (size_t p = q.start; p < q.end; ++p) {
      if (p != q.start && text_[p - 1] != ' ') continue;
      Match next = lex_.qualifiers_before.After(text_, p, seg_, 0);
      if (next && next->end > q.end) return true;
    }
    return false;
  }

  // Whether a comma, perhaps with spaces, ends the text before `pos`.
  bool AfterComma(size_t pos) const {
    while (pos > 0 && text_[pos - 1] == ' ') --pos;
    return pos > 0 && text_[pos - 1] == ',';
  }

  void ReadContext(Figure* f) {
    size_t pos = f->number_end;
    std::string_view rest = text_.substr(pos);
    f->ordinal = StartsWithAny(rest, {"º", "ª", "°", ".º", ".ª"});
    if (Match scale = lex_.scales.After(text_, pos, seg_)) {
      f->multiplier = lex_.scale_multipliers[lex_.scales.IndexOf(scale->phrase)];
      f->has_scale = true;
      pos = scale->end;
    }
    // An abbreviation ("M", "bn") is a scale only in money: "$5m", "20 M€", "1,5 Md$".
    Match abbreviation;
    if (!f->has_scale) abbreviation = lex_.scale_abbreviations.After(text_, pos, seg_);
    auto apply_abbreviation = [&] {
      f->multiplier =
          lex_.abbreviation_multipliers[lex_.scale_abbreviations.IndexOf(abbreviation->phrase)];
      f->has_scale = true;
      pos = abbreviation->end;
    };
    if (Match percent = lex_.percents.After(text_, pos, seg_)) {
      f->percent = true;
      pos = percent->end;
    } else if (Match points = lex_.points.After(text_, pos, seg_)) {
      f->percent = f->points = true;
      pos = points->end;
    } else {
      Match currency;
      if (abbreviation && (currency = CurrencyAfter(abbreviation->end))) apply_abbreviation();
      if (!currency) currency = CurrencyAfter(pos);
      if (currency) {
        f->currency = currency->phrase->value;
        // "1.04 US cents", "1,04 centavos de dólar": hundredths of the currency.
        if (currency->phrase->HasFlag("hundredth")) {
          f->multiplier = f->multiplier * *Decimal::Parse("0.01");
        }
        pos = currency->end;
      } else if (Match weak = lex_.weak_points.After(text_, pos, seg_)) {
        f->weak_points_end = weak->end;  // "4 points": percentage points beside a percentage
      }
    }
    f->start = f->number_start;
    if (f->currency.empty() && !f->percent) {
      if (Match currency = lex_.currencies_before.Before(text_, f->number_start, seg_)) {
        f->currency = currency->phrase->value;
        f->start = currency->start;
        if (abbreviation && !f->has_scale) apply_abbreviation();
      }
    }
    f->end = pos;
    ReadSign(f);
    // "casi el 70%", "près de la moitié": an article may stand between qualifier and figure.
    // Not before an article that is all of its figure: in "llegó casi a un acuerdo" the
    // qualifier is the verb's ("nearly reached an agreement"), in "casi a un millón" the figure's.
    size_t qualified = f->start;
    bool lone_article = f->article && !f->has_scale && f->IsBare();
    if (Match article = lex_.determiners.Before(text_, f->start, seg_); article && !lone_article) {
      qualified = article->start;
    }
    // No clitic before a qualifier: "ليصل إلى" is "to reach", not "up to".
    Match q = lex_.qualifiers_before.Before(text_, f->start, seg_);
    if (!q && qualified != f->start) q = lex_.qualifiers_before.Before(text_, qualified, seg_);
    // "creció un 7 %, hasta 38.200 millones": after a comma, the level a change reached.
    if (q && q->phrase->HasFlag("not_after_comma") && AfterComma(q->start)) {
      q = std::nullopt;
    }
    if (q) {
      f->qualifier = QualifierFromName(q->phrase->value);
      f->qualifier_needs_no_duration = q->phrase->HasFlag("not_before_duration");
    } else if (Match q_after = lex_.qualifiers_after.After(text_, f->end, seg_);
               q_after && !f->article && !StartsNextQualifier(*q_after)) {
      // An article is no count before the word of a qualifier: "avec un minimum de 0,30 $".
      f->qualifier = QualifierFromName(q_after->phrase->value);
    }
  }

  const Lexicon& lex_;
  std::string_view text_;
  Segmenter& seg_;
};

}  // namespace

bool ReadFigureBlock(const Lexicon& lex, std::string_view text, Segmenter& seg, size_t* pos,
                     std::vector<Figure>* figures) {
  FigureReader(lex, text, seg).ReadBlock(pos, figures);
  return !figures->empty();
}

}  // namespace figdiff
