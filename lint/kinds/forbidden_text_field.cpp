// Kind `forbidden-text-field`: a text field must be absent or empty when the document asks for certain resources.
#include <re2/re2.h>

#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace {

// True when the node holds some text: a non-empty scalar, here or anywhere below it.
bool has_text(const YamlDocument& y, NodeId node, int depth = 0) {
  node = y.resolve(node);
  if (node == kNoNode || depth > 64) return false;
  const YamlNode& n = y.node(node);
  if (n.kind == NodeKind::Scalar) return !n.value.empty();
  const bool mapping = n.kind == NodeKind::Mapping;
  for (std::size_t i = mapping ? 1 : 0; i < n.children.size(); i += mapping ? 2 : 1)
    if (has_text(y, n.children[i], depth + 1)) return true;
  return false;
}

class ForbiddenTextFieldCheck final : public Check {
 public:
  ForbiddenTextFieldCheck(std::vector<std::string> resources, std::string config_resource, std::unique_ptr<RE2> owners)
      : m_resources(std::move(resources)), m_config_resource(std::move(config_resource)), m_owners(std::move(owners)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    if (target.node == kNoNode || !has_text(y, target.node)) return;
    const std::string resource = owned_resource(ctx, target);
    if (resource.empty()) return;
    Finding f = finding_at(ctx, target);
    const NodeId key = y.node(target.node).key;
    if (key != kNoNode) f.range = y.node(key).range;  // reported at the field's key (RULES.md)
    f.args.erase("value");
    f.args["resource"] = resource;
    out.push_back(std::move(f));
  }

 private:
  // The first resource the document (or its config) asks for that `owners` matches, or "".
  std::string owned_resource(const CheckContext& ctx, const Target& target) const {
    const YamlDocument& y = ctx.yaml();
    std::vector<Target> scratch;
    for (const auto& selector : m_resources)
      for (const Target& t : targets_in(ctx, selector, scratch)) {
        const std::string& v = y.scalar(t.node);
        if (!v.empty() && !has_placeholder(v) && RE2::FullMatch(v, *m_owners)) return v;
      }
    if (m_config_resource.empty()) return "";
    const std::string* v = config_scalar(ctx, m_config_resource, target_env(ctx, target));
    return v && RE2::FullMatch(*v, *m_owners) ? *v : "";
  }

  std::vector<std::string> m_resources;
  std::string m_config_resource;
  std::unique_ptr<RE2> m_owners;
};

}  // namespace

std::unique_ptr<Check> make_forbidden_text_field(Options& options, const Catalog&) {
  auto resources = options.list("resources", true);
  const std::string config_resource = options.text("config_resource", "");
  auto owners = compile_regex(options, "owners", true);
  if (!owners) options.fail(kNoNode, "a forbidden-text-field rule needs 'owners': the resources whose text is fixed");
  return std::make_unique<ForbiddenTextFieldCheck>(std::move(resources), config_resource, std::move(owners));
}

}  // namespace lint
