#include "figdiff/align.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "figdiff/fact_relation.h"

namespace figdiff {
namespace {

// Pair scores of the anchor pass; `distance` is how far apart the two facts are, in thousandths
// of their texts. An equal figure always pairs (distance only breaks ties between repeated
// figures); weaker relations pair only when the facts are near each other.
constexpr int kEqualScore = 1000;      // - distance / 2: at least 500
constexpr int kRoundingScore = 800;    // - 2 * distance: up to 40 % of the text apart
constexpr int kScaleOrCurrency = 600;  // - 4 * distance: up to 15 % apart
constexpr int kNearby = 400;           // beyond, only equal figures pair

using Pairs = std::vector<std::pair<size_t, size_t>>;
using PairScore = std::function<std::optional<int>(size_t, size_t)>;

// The order-preserving pairing of [0, m) with [0, n) with the largest total score: a weighted
// longest common subsequence. Pairs without a positive score are never made.
Pairs BestMonotonePairs(size_t m, size_t n, const PairScore& score) {
  enum Step : uint8_t { kSkipRow, kSkipColumn, kPair };
  auto at = [n](size_t i, size_t j) { return i * (n + 1) + j; };
  std::vector<uint8_t> step((m + 1) * (n + 1), kSkipRow);
  std::vector<int64_t> previous(n + 1, 0), current(n + 1, 0);  // best totals, rows i-1 and i
  for (size_t j = 1; j <= n; ++j) step[at(0, j)] = kSkipColumn;
  for (size_t i = 1; i <= m; ++i) {
    current[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
      int64_t best = previous[j];
      if (current[j - 1] > best) {
        best = current[j - 1];
        step[at(i, j)] = kSkipColumn;
      }
      std::optional<int> s = score(i - 1, j - 1);
      if (s && *s > 0 && previous[j - 1] + *s > best) {
        best = previous[j - 1] + *s;
        step[at(i, j)] = kPair;
      }
      current[j] = best;
    }
    std::swap(previous, current);
  }
  Pairs pairs;
  for (size_t i = m, j = n; i > 0 || j > 0;) {
    switch (step[at(i, j)]) {
      case kPair:
        pairs.emplace_back(--i, --j);
        break;
      case kSkipColumn:
        --j;
        break;
      default:
        --i;
    }
  }
  std::reverse(pairs.begin(), pairs.end());
  return pairs;
}

// A fact of some version.
struct Member {
  size_t version, index;
};

// A row of the growing alignment.
struct Row {
  std::vector<Member> members;
  int position;  // of its first member
};

class Aligner {
 public:
  Aligner(const std::vector<FactSequence>& versions, const Decimal& tolerance);

  // The order in which versions join: `first` (or the one most like the others), then at each
  // step the one most like those already in.
  std::vector<size_t> Order(std::optional<size_t> first) const;

  // Aligns one more version against the rows so far; false when that exceeds
  // kMaxAlignmentCells.
  bool Add(size_t version);

  std::vector<AlignedRow> Rows() const;
  size_t RowCount() const { return rows_.size(); }

 private:
  const Fact& FactOf(const Member& m) const { return versions_[m.version].facts[m.index]; }
  // True for facts of equal figures (Relation::kEqual).
  bool SameFigure(const Member& a, const Member& b) const {
    return figure_ids_[a.version][a.index] == figure_ids_[b.version][b.index];
  }
  // Relate() of two facts, computed once per pair of distinct figures.
  Relation RelationOf(const Member& a, const Member& b) const;
  // Position in thousandths of the version's text, from the fact's sentence.
  int PositionOf(const Member& m) const { return positions_[m.version][m.index]; }
  std::optional<int> AnchorScore(const Member& a, const Member& b) const;
  std::optional<int> RowScore(const Row& row, const Member& fact) const;
  // True when some row holds a figure equal to `fact`.
  bool IsKnown(const Member& fact) const;
  // Figures two versions have in common: equal figures, each counted as often as both have it.
  size_t Similarity(size_t a, size_t b) const;

  // Pass 2: a figure that moved (reordered sentences) pairs with an equal one out of order.
  void PairMovedFigures(size_t version, std::vector<std::optional<size_t>>* fact_row,
                        std::vector<bool>* row_taken) const;
  // Pass 3: between two anchors, a figure at the same place relative to one of them pairs with
  // the one it replaced ("86" for "68").
  void PairChangedFigures(size_t version, const Pairs& anchors,
                          std::vector<std::optional<size_t>>* fact_row,
                          std::vector<bool>* row_taken, std::vector<bool>* in_order) const;
  // The rows with the version's facts in them, new rows for the facts that paired with none.
  void Merge(size_t version, const Pairs& anchors,
             const std::vector<std::optional<size_t>>& fact_row, const std::vector<bool>& in_order);

  const std::vector<FactSequence>& versions_;
  Decimal tolerance_;
  std::vector<Row> rows_;
  // Per version and fact: the id of its figure (kind, currency, value), equal for equal
  // figures; its position, the middle of its sentence.
  std::vector<std::vector<uint32_t>> figure_ids_;
  std::vector<std::vector<int>> positions_;
  mutable std::unordered_map<uint64_t, Relation> relations_;  // by pair of ids, smaller first
};

Aligner::Aligner(const std::vector<FactSequence>& versions, const Decimal& tolerance)
    : versions_(versions), tolerance_(tolerance) {
  std::map<std::tuple<Kind, std::string, std::string>, uint32_t> ids;
  for (const FactSequence& v : versions) {
    figure_ids_.emplace_back();
    positions_.emplace_back();
    for (const Fact& f : v.facts) {
      int64_t sentences = std::max<int64_t>(v.sentences, f.sentence + 1);
      positions_.back().push_back(
          static_cast<int>((2 * int64_t{f.sentence} + 1) * 1000 / (2 * sentences)));
      auto key = std::make_tuple(f.kind, f.currency, f.value.ToString());
      figure_ids_.back().push_back(
          ids.emplace(std::move(key), static_cast<uint32_t>(ids.size())).first->second);
    }
  }
}

Relation Aligner::RelationOf(const Member& a, const Member& b) const {
  if (SameFigure(a, b)) return Relation::kEqual;
  if (FactOf(a).kind != FactOf(b).kind) return Relation::kOtherKind;
  uint64_t ia = figure_ids_[a.version][a.index], ib = figure_ids_[b.version][b.index];
  uint64_t key = std::min(ia, ib) << 32 | std::max(ia, ib);
  auto it = relations_.find(key);
  if (it == relations_.end()) {
    it = relations_.emplace(key, Relate(FactOf(a), FactOf(b), tolerance_)).first;
  }
  return it->second;
}

std::optional<int> Aligner::AnchorScore(const Member& a, const Member& b) const {
  int distance = std::abs(PositionOf(a) - PositionOf(b));
  if (SameFigure(a, b)) return kEqualScore - distance / 2;
  if (distance >= kNearby) return std::nullopt;
  switch (RelationOf(a, b)) {
    case Relation::kRounding:
      return kRoundingScore - 2 * distance;
    case Relation::kScale:
      return kScaleOrCurrency - 4 * distance;
    case Relation::kCurrency:
      if (FactOf(a).value == FactOf(b).value) return kScaleOrCurrency - 4 * distance;
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::optional<int> Aligner::RowScore(const Row& row, const Member& fact) const {
  std::optional<int> best;
  for (const Member& m : row.members) {
    std::optional<int> s = AnchorScore(m, fact);
    if (s && (!best || *s > *best)) best = s;
  }
  return best;
}

bool Aligner::IsKnown(const Member& fact) const {
  return std::any_of(rows_.begin(), rows_.end(), [&](const Row& row) {
    return std::any_of(row.members.begin(), row.members.end(),
                       [&](const Member& m) { return SameFigure(m, fact); });
  });
}

size_t Aligner::Similarity(size_t a, size_t b) const {
  std::unordered_map<uint32_t, size_t> unmatched;  // figures of `a` not yet matched in `b`
  for (uint32_t id : figure_ids_[a]) ++unmatched[id];
  size_t shared = 0;
  for (uint32_t id : figure_ids_[b]) {
    auto it = unmatched.find(id);
    if (it != unmatched.end() && it->second > 0) {
      --it->second;
      ++shared;
    }
  }
  return shared;
}

std::vector<size_t> Aligner::Order(std::optional<size_t> first) const {
  size_t n = versions_.size();
  std::vector<std::vector<size_t>> similarity(n, std::vector<size_t>(n, 0));
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) similarity[a][b] = similarity[b][a] = Similarity(a, b);
  }
  std::vector<size_t> order;
  std::vector<bool> in(n, false);
  // The version not yet in with the most figures in common with those in (with all of them
  // for the first one); the earlier version on ties.
  auto next = [&] {
    size_t best = n, best_total = 0;
    for (size_t v = 0; v < n; ++v) {
      if (in[v]) continue;
      size_t total = 0;
      for (size_t w = 0; w < n; ++w) {
        if (w != v && (order.empty() || in[w])) total += similarity[v][w];
      }
      if (best == n || total > best_total) {
        best = v;
        best_total = total;
      }
    }
    return best;
  };
  while (order.size() < n) {
    size_t v = order.empty() && first ? *first : next();
    order.push_back(v);
    in[v] = true;
  }
  return order;
}

void Aligner::PairMovedFigures(size_t version, std::vector<std::optional<size_t>>* fact_row,
                               std::vector<bool>* row_taken) const {
  std::vector<std::tuple<int, size_t, size_t>> candidates;  // distance, fact, row
  for (size_t j = 0; j < fact_row->size(); ++j) {
    if ((*fact_row)[j]) continue;
    Member fact{version, j};
    for (size_t i = 0; i < rows_.size(); ++i) {
      if ((*row_taken)[i]) continue;
      std::optional<int> distance;
      for (const Member& m : rows_[i].members) {
        if (!SameFigure(m, fact)) continue;
        int d = std::abs(PositionOf(m) - PositionOf(fact));
        if (!distance || d < *distance) distance = d;
      }
      if (distance) candidates.emplace_back(*distance, j, i);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (const auto& [distance, j, i] : candidates) {
    if ((*fact_row)[j] || (*row_taken)[i]) continue;
    (*fact_row)[j] = i;
    (*row_taken)[i] = true;
  }
}

void Aligner::PairChangedFigures(size_t version, const Pairs& anchors,
                                 std::vector<std::optional<size_t>>* fact_row,
                                 std::vector<bool>* row_taken, std::vector<bool>* in_order) const {
  size_t row_from = 0, fact_from = 0;
  Pairs bounds = anchors;
  bounds.emplace_back(rows_.size(), fact_row->size());
  for (const auto& [row_to, fact_to] : bounds) {
    std::vector<size_t> rows, facts;  // still unpaired, between the two anchors
    for (size_t i = row_from; i < row_to; ++i) {
      if (!(*row_taken)[i]) rows.push_back(i);
    }
    for (size_t j = fact_from; j < fact_to; ++j) {
      if (!(*fact_row)[j]) facts.push_back(j);
    }
    std::vector<bool> known;
    for (size_t j : facts) known.push_back(IsKnown(Member{version, j}));
    Pairs changed = BestMonotonePairs(rows.size(), facts.size(), [&](size_t a, size_t b) {
      Member fact{version, facts[b]};
      // The same number of figures away from the anchor before, or from the one after; from
      // both for a figure the other versions state elsewhere (more likely repeated than
      // changed).
      bool from_before = a == b, from_after = rows.size() - a == facts.size() - b;
      bool same_place = known[b] ? from_before && from_after : from_before || from_after;
      bool same_kind =
          std::any_of(rows_[rows[a]].members.begin(), rows_[rows[a]].members.end(),
                      [&](const Member& m) { return FactOf(m).kind == FactOf(fact).kind; });
      return same_place && same_kind ? std::optional<int>(1) : std::nullopt;
    });
    for (const auto& [a, b] : changed) {
      (*fact_row)[facts[b]] = rows[a];
      (*row_taken)[rows[a]] = true;
      (*in_order)[facts[b]] = true;
    }
    row_from = row_to + 1;
    fact_from = fact_to + 1;
  }
}

void Aligner::Merge(size_t version, const Pairs& anchors,
                    const std::vector<std::optional<size_t>>& fact_row,
                    const std::vector<bool>& in_order) {
  size_t n = fact_row.size();
  // The fact of `version` that each row holds in reading order (anchors, changed figures).
  std::vector<std::optional<size_t>> ordered_fact(rows_.size());
  for (size_t j = 0; j < n; ++j) {
    if (!fact_row[j]) continue;
    rows_[*fact_row[j]].members.push_back(Member{version, j});
    if (in_order[j]) ordered_fact[*fact_row[j]] = j;
  }
  std::vector<Row> merged;
  size_t row_from = 0, fact_from = 0;
  Pairs bounds = anchors;
  bounds.emplace_back(rows_.size(), n);
  for (const auto& [row_to, fact_to] : bounds) {
    std::vector<size_t> leftover;  // facts that join no row: new rows
    for (size_t j = fact_from; j < fact_to; ++j) {
      if (!fact_row[j]) leftover.push_back(j);
    }
    // The smallest fact index held in order by the rows from i to the anchor.
    std::vector<std::optional<size_t>> next_ordered(row_to - row_from + 1);
    for (size_t i = row_to; i-- > row_from;) {
      next_ordered[i - row_from] =
          ordered_fact[i] ? ordered_fact[i] : next_ordered[i - row_from + 1];
    }
    auto pending = leftover.begin();
    auto emit_new_row = [&] {
      Member m{version, *pending++};
      merged.push_back(Row{{m}, PositionOf(m)});
    };
    for (size_t i = row_from; i < row_to; ++i) {
      // A new row goes before row i when its fact comes before every fact held in order from
      // row i on, and row i holds one of them or comes later in the text.
      while (pending != leftover.end()) {
        std::optional<size_t> limit = next_ordered[i - row_from];
        bool may = !limit || *pending < *limit;
        Member m{version, *pending};
        if (!may || (!ordered_fact[i] && PositionOf(m) >= rows_[i].position)) break;
        emit_new_row();
      }
      merged.push_back(std::move(rows_[i]));
    }
    while (pending != leftover.end()) emit_new_row();
    if (row_to < rows_.size()) merged.push_back(std::move(rows_[row_to]));
    row_from = row_to + 1;
    fact_from = fact_to + 1;
  }
  rows_ = std::move(merged);
}

bool Aligner::Add(size_t version) {
  size_t n = versions_[version].facts.size();
  if ((rows_.size() + 1) * (n + 1) > kMaxAlignmentCells) return false;
  Pairs anchors = BestMonotonePairs(rows_.size(), n, [&](size_t i, size_t j) {
    return RowScore(rows_[i], Member{version, j});
  });
  std::vector<std::optional<size_t>> fact_row(n);
  std::vector<bool> row_taken(rows_.size(), false), in_order(n, false);
  for (const auto& [i, j] : anchors) {
    fact_row[j] = i;
    row_taken[i] = true;
    in_order[j] = true;
  }
  PairMovedFigures(version, &fact_row, &row_taken);
  PairChangedFigures(version, anchors, &fact_row, &row_taken, &in_order);
  Merge(version, anchors, fact_row, in_order);
  return true;
}

std::vector<AlignedRow> Aligner::Rows() const {
  std::vector<AlignedRow> rows;
  for (const Row& row : rows_) {
    AlignedRow cells(versions_.size());
    for (const Member& m : row.members) cells[m.version] = m.index;
    rows.push_back(std::move(cells));
  }
  return rows;
}

}  // namespace

bool AlignFacts(const std::vector<FactSequence>& versions, const AlignOptions& options,
                Alignment* out, std::string* error) {
  Aligner aligner(versions, options.tolerance_percent);
  out->order = aligner.Order(options.first);
  size_t rows = 0;
  for (size_t v : out->order) {
    if (!aligner.Add(v)) {
      *error = fmt::format(
          "too many figures to align: {} against {} (at most {} pairs); compare shorter parts",
          rows, versions[v].facts.size(), kMaxAlignmentCells);
      return false;
    }
    rows = aligner.RowCount();
  }
  out->rows = aligner.Rows();
  return true;
}

}  // namespace figdiff
