// Kind `secret-reference`: the value must be a reference (e.g. `${NAME}`); a literal is reported, never shown.
#include <re2/re2.h>

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"

namespace lint {

namespace {

class SecretReferenceCheck final : public Check {
 public:
  explicit SecretReferenceCheck(std::unique_ptr<RE2> reference) : m_reference(std::move(reference)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& value = ctx.yaml().scalar(target.node);
    if (value.empty() || RE2::FullMatch(value, *m_reference)) return;
    Finding f = finding_at(ctx, target);
    f.secret = true;  // the literal is a key: no output shows it
    f.args.erase("value");
    f.args["reference"] = m_reference->pattern();
    out.push_back(std::move(f));
  }

 private:
  std::unique_ptr<RE2> m_reference;
};

}  // namespace

std::unique_ptr<Check> make_secret_reference(Options& options, const Catalog&) {
  if (options.text("reference", "").empty()) options.fail(kNoNode, "a secret-reference rule needs 'reference'");
  return std::make_unique<SecretReferenceCheck>(compile_regex(options, "reference", true));
}

}  // namespace lint
