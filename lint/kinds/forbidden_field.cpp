// Kind `forbidden-field`: the selected field must be absent (e.g. a claim an API rejects).
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class ForbiddenFieldCheck final : public Check {
 public:
  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (target.node == kNoNode) return;
    const YamlDocument& y = ctx.yaml();
    // `field:` with no value (null) sets nothing; any other value, even an empty text, is set.
    if (y.node(y.resolve(target.node)).kind == NodeKind::Null) return;
    Finding f = finding_at(ctx, target);
    if (!y.is_scalar(target.node)) {  // a list or mapping: point at its key, name its kind
      f.args["value"] = y.is_sequence(target.node) ? "a list" : "a mapping";
      if (y.node(target.node).key != kNoNode) f.range = y.node(y.node(target.node).key).range;
    }
    out.push_back(std::move(f));
  }
};

}  // namespace

std::unique_ptr<Check> make_forbidden_field(Options&, const Catalog&) {
  return std::make_unique<ForbiddenFieldCheck>();
}

}  // namespace lint
