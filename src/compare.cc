#include "figdiff/compare.h"

#include <algorithm>
#include <map>
#include <utility>

#include "figdiff/fact_relation.h"
#include "figdiff/phrase_set.h"

namespace figdiff {
namespace {

// Which side of the value a qualifier puts the truth on.
enum class Bound { kNone, kUpper, kLower };

Bound BoundOf(Qualifier q) {
  switch (q) {
    case Qualifier::kUpTo:
    case Qualifier::kLessThan:
    case Qualifier::kNearly:
      return Bound::kUpper;
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      return Bound::kLower;
    default:
      return Bound::kNone;
  }
}

bool Contradict(Qualifier a, Qualifier b) {
  return BoundOf(a) != Bound::kNone && BoundOf(b) != Bound::kNone && BoundOf(a) != BoundOf(b);
}

// One counted noun, allowing for a plural ending: "GPU" / "GPUs", "puce" / "puces",
// "investigador" / "investigadores".
bool SameNoun(std::string_view a, std::string_view b) {
  std::string x = FoldKey(a), y = FoldKey(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (!y.starts_with(x)) return false;
  std::string_view ending = std::string_view(y).substr(x.size());
  return ending.empty() || ending == "s" || ending == "x" || ending == "es";
}

// Among `versions` (not empty), `preferred` when it is one of them, else the one most others are
// `same` as; on ties, the one earliest in `rank` (the alignment order: most representative).
template <typename Same>
size_t Consensus(const std::vector<size_t>& versions, std::optional<size_t> preferred,
                 const std::vector<size_t>& rank, Same same) {
  auto has = [&](size_t v) {
    return std::find(versions.begin(), versions.end(), v) != versions.end();
  };
  if (preferred && has(*preferred)) return *preferred;
  size_t best = versions.front();
  std::ptrdiff_t best_count = 0;
  for (size_t v : rank) {
    if (!has(v)) continue;
    std::ptrdiff_t count =
        std::count_if(versions.begin(), versions.end(), [&](size_t w) { return same(v, w); });
    if (count > best_count) {
      best = v;
      best_count = count;
    }
  }
  return best;
}

// Judges one row; used once.
class RowJudge {
 public:
  RowJudge(const std::vector<Version>& versions, const CompareOptions& options,
           const std::vector<size_t>& rank, AlignedRow cells)
      : versions_(versions), options_(options), rank_(rank), cells_(std::move(cells)) {}

  ComparedRow Judge() && {
    std::vector<size_t> present, absent;
    for (size_t v = 0; v < cells_.size(); ++v) (cells_[v] ? present : absent).push_back(v);
    ComparedRow row;
    JudgePresence(present, absent);
    row.value_from = JudgeValues(present);
    JudgeQualifiers(present);
    JudgeCountedNouns(present);
    for (auto& [finding, versions] : found_) row.findings.push_back({finding, std::move(versions)});
    row.cells = std::move(cells_);
    return row;
  }

 private:
  const Fact& FactOf(size_t v) const { return versions_[v].facts[*cells_[v]]; }

  void JudgePresence(const std::vector<size_t>& present, const std::vector<size_t>& absent) {
    bool extra =
        options_.reference ? !cells_[*options_.reference] : present.size() == 1 && !absent.empty();
    if (extra) {
      found_[Finding::kExtra] = present;
    } else if (!absent.empty()) {
      found_[Finding::kMissing] = absent;
    }
  }

  // Returns the version whose fact is the row's value.
  size_t JudgeValues(const std::vector<size_t>& present) {
    const Decimal& tolerance = options_.tolerance_percent;
    size_t from = Consensus(present, options_.reference, rank_, [&](size_t v, size_t w) {
      return Relate(FactOf(v), FactOf(w), tolerance) == Relation::kEqual;
    });
    for (size_t v : present) {
      switch (Relate(FactOf(v), FactOf(from), tolerance)) {
        case Relation::kEqual:
          break;
        case Relation::kRounding:
          found_[Finding::kRounding].push_back(v);
          break;
        case Relation::kScale:
          found_[Finding::kScaleDiffers].push_back(v);
          break;
        case Relation::kCurrency:
          found_[Finding::kCurrencyDiffers].push_back(v);
          break;
        default:
          found_[Finding::kValueDiffers].push_back(v);
      }
    }
    return from;
  }

  void JudgeQualifiers(const std::vector<size_t>& present) {
    size_t from = Consensus(present, options_.reference, rank_, [&](size_t v, size_t w) {
      return FactOf(v).qualifier == FactOf(w).qualifier;
    });
    Qualifier expected = FactOf(from).qualifier;
    for (size_t v : present) {
      Qualifier q = FactOf(v).qualifier;
      if (q == expected) continue;
      Finding f =
          Contradict(q, expected) ? Finding::kQualifierContradiction : Finding::kQualifierDiffers;
      found_[f].push_back(v);
    }
  }

  // Counted nouns compare within one language only: across languages they cannot.
  void JudgeCountedNouns(const std::vector<size_t>& present) {
    std::map<std::string, std::vector<size_t>> by_language;  // versions with a counted noun
    for (size_t v : present) {
      if (FactOf(v).kind == Kind::kCount && !FactOf(v).unit.empty()) {
        by_language[versions_[v].lang].push_back(v);
      }
    }
    for (const auto& [lang, with_noun] : by_language) {
      size_t from = Consensus(with_noun, options_.reference, rank_, [&](size_t v, size_t w) {
        return SameNoun(FactOf(v).unit, FactOf(w).unit);
      });
      for (size_t v : with_noun) {
        if (!SameNoun(FactOf(v).unit, FactOf(from).unit)) {
          found_[Finding::kCountedNoun].push_back(v);
        }
      }
    }
    if (auto it = found_.find(Finding::kCountedNoun); it != found_.end()) {
      std::sort(it->second.begin(), it->second.end());
    }
  }

  const std::vector<Version>& versions_;
  const CompareOptions& options_;
  const std::vector<size_t>& rank_;
  AlignedRow cells_;
  std::map<Finding, std::vector<size_t>> found_;  // most serious first
};

}  // namespace

std::string_view FindingName(Finding finding) {
  switch (finding) {
    case Finding::kValueDiffers:
      return "value_differs";
    case Finding::kScaleDiffers:
      return "scale_differs";
    case Finding::kCurrencyDiffers:
      return "currency_differs";
    case Finding::kQualifierContradiction:
      return "qualifier_contradiction";
    case Finding::kMissing:
      return "missing";
    case Finding::kExtra:
      return "extra";
    case Finding::kQualifierDiffers:
      return "qualifier_differs";
    case Finding::kCountedNoun:
      return "counted_noun";
    case Finding::kRounding:
      return "rounding";
  }
  return "";
}

bool ComparedRow::Agrees() const {
  return std::all_of(findings.begin(), findings.end(),
                     [](const RowFinding& f) { return f.finding == Finding::kRounding; });
}

bool CompareVersions(const std::vector<Version>& versions, const CompareOptions& options,
                     std::vector<ComparedRow>* rows, std::string* error) {
  std::vector<FactSequence> sequences;
  for (const Version& v : versions) sequences.push_back({v.facts, v.sentences});
  AlignOptions align;
  align.first = options.reference;
  align.tolerance_percent = options.tolerance_percent;
  Alignment alignment;
  if (!AlignFacts(sequences, align, &alignment, error)) return false;
  rows->clear();
  for (AlignedRow& cells : alignment.rows) {
    rows->push_back(RowJudge(versions, options, alignment.order, std::move(cells)).Judge());
  }
  return true;
}

}  // namespace figdiff
