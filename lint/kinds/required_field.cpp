// Kind `required-field`: the selected field must be present and not empty.
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class RequiredFieldCheck final : public Check {
 public:
  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (target.parent == kNoNode) return;
    const YamlDocument& y = ctx.yaml();
    if (target.node != kNoNode) {
      const YamlNode& n = y.node(y.resolve(target.node));
      const bool empty = n.kind == NodeKind::Null || (n.kind == NodeKind::Scalar && n.value.empty() && !n.quoted) ||
                         ((n.kind == NodeKind::Sequence || n.kind == NodeKind::Mapping) && n.children.empty());
      if (!empty) return;
      out.push_back(finding_at(ctx, target, "empty"));
      return;
    }
    out.push_back(finding_at(ctx, target));
  }
};

}  // namespace

std::unique_ptr<Check> make_required_field(Options&, const Catalog&) { return std::make_unique<RequiredFieldCheck>(); }

}  // namespace lint
