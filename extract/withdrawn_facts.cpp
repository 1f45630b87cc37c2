#include "extract/withdrawn_facts.hpp"

#include <algorithm>

#include "graph/model.hpp"

namespace evkg {

std::vector<WithdrawnFact> withdrawn_facts(const DocContext& ctx) {
  std::vector<WithdrawnFact> out;
  if (ctx.withdrawing_sentences.empty()) return out;
  for (const auto& p : ctx.pending) {
    if (p.status != edge_status::kDenied) continue;
    if (std::find(ctx.withdrawing_sentences.begin(), ctx.withdrawing_sentences.end(), p.begin) ==
        ctx.withdrawing_sentences.end()) {
      continue;
    }
    if (p.relation == "met" && p.target >= 0) {
      out.push_back({p.relation, std::min(p.subject, p.target), std::max(p.subject, p.target), p.date});
    } else if ((p.relation == "attended" || p.relation == "chaired") && p.target_event >= 0) {
      out.push_back({p.relation, p.subject, -1, p.date});
    }
  }
  return out;
}

bool withdrawn_here(const std::vector<WithdrawnFact>& withdrawn, const PendingAssertion& p) {
  return std::any_of(withdrawn.begin(), withdrawn.end(), [&](const WithdrawnFact& w) {
    if (w.relation != p.relation) return false;
    if (w.date.full() && p.date.full() && !(w.date == p.date)) return false;
    if (p.relation == "met") {
      return p.target >= 0 && w.a == std::min(p.subject, p.target) && w.b == std::max(p.subject, p.target);
    }
    return p.target_event >= 0 && w.a == p.subject;
  });
}

}  // namespace evkg
