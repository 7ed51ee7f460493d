#include "figdiff/fact.h"

#include <array>
#include <utility>

namespace figdiff {
namespace {

constexpr std::array<std::pair<Qualifier, std::string_view>, 6> kQualifierNames = {{
    {Qualifier::kUpTo, "up_to"},
    {Qualifier::kMoreThan, "more_than"},
    {Qualifier::kNearly, "nearly"},
    {Qualifier::kAbout, "about"},
    {Qualifier::kAtLeast, "at_least"},
    {Qualifier::kLessThan, "less_than"},
}};

}  // namespace

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kMoney:
      return "money";
    case Kind::kPercent:
      return "percent";
    case Kind::kCount:
      return "count";
  }
  return "";
}

std::string_view QualifierName(Qualifier qualifier) {
  for (const auto& [q, name] : kQualifierNames) {
    if (q == qualifier) return name;
  }
  return "";
}

Qualifier QualifierFromName(std::string_view name) {
  for (const auto& [q, n] : kQualifierNames) {
    if (n == name) return q;
  }
  return Qualifier::kNone;
}

}  // namespace figdiff
