// Kind `template-party`: a template's parties are the config's (institution, supplier), or absent.
#include <re2/re2.h>

#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/paths.h"
#include "lint/ruleset/regex_option.h"

namespace lint {

namespace {

struct Party {
  std::string field;
  std::string expected;       // a config path whose value the field must name
  std::string variant;        // the variant for a field that names another party
  bool forbidden = false;     // the field must be absent
  std::string required_with;  // the field must be present when the document has this field (and `expected` is set)
};

class TemplatePartyCheck final : public Check {
 public:
  TemplatePartyCheck(std::vector<Party> parties, std::unique_ptr<RE2> number)
      : m_parties(std::move(parties)), m_number(std::move(number)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    const NodeId root = y.resolve(target.node);
    if (!y.is_mapping(root)) return;
    for (const Party& p : m_parties) {
      const NodeId value = y.get(root, p.field);
      Target t{value, root, p.field, join_path(target.path, p.field), target.env};
      if (p.forbidden) {
        if (value == kNoNode) continue;
        Finding f = finding_at(ctx, t, p.variant);
        f.range = y.node(y.node(value).key).range;  // the field itself is the defect
        out.push_back(std::move(f));
        continue;
      }
      if (!ctx.config() || ctx.config() == &ctx.doc) continue;  // nothing to compare with
      const std::string* want = config_scalar(ctx, p.expected, target_env(ctx, target));
      if (value == kNoNode) {
        if (!p.required_with.empty() && want && y.get(root, p.required_with) != kNoNode)
          out.push_back(with_args(finding_at(ctx, t, "missing"), p, want, ""));
        continue;
      }
      if (!y.is_scalar(value) || has_placeholder(y.scalar(value))) continue;
      const std::string& text = y.scalar(value);
      std::string number = text;
      if (RE2::FullMatch(text, *m_number, &number) && want && number == *want) continue;
      out.push_back(with_args(finding_at(ctx, t, want ? p.variant : "unexpected"), p, want, number));
    }
  }

 private:
  static Finding with_args(Finding f, const Party& p, const std::string* want, const std::string& number) {
    f.args["expected"] = want ? *want : "";
    f.args["other"] = p.expected;
    f.args["number"] = number;
    return f;
  }

  std::vector<Party> m_parties;
  std::unique_ptr<RE2> m_number;
};

}  // namespace

std::unique_ptr<Check> make_template_party(Options& options, const Catalog&) {
  auto number = compile_regex(options, "number", true);
  if (!number || number->NumberOfCapturingGroups() != 1)
    options.fail(options.node("number"),
                 "'number' must be a pattern with one capturing group (the organisation number)");
  const NodeId list = options.node("parties");
  if (!options.yaml().is_sequence(list))
    options.fail(list, "'parties' must be a list of {field, expected | forbidden}");
  std::vector<Party> parties;
  for (NodeId item : options.yaml().node(options.yaml().resolve(list)).children) {
    Options o(options.file(), options.yaml().resolve(item));
    Party p;
    p.field = o.text("field");
    p.forbidden = o.flag("forbidden", false);
    p.expected = o.text("expected", "");
    p.required_with = o.text("required_with", "");
    p.variant = o.text("variant", "default");
    if (p.forbidden == !p.expected.empty())
      o.fail(item, "a party needs either 'expected' (a config path) or 'forbidden: true'");
    o.finish();
    parties.push_back(std::move(p));
  }
  return std::make_unique<TemplatePartyCheck>(std::move(parties), std::move(number));
}

}  // namespace lint
