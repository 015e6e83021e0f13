// Kind `person-id-checksum`: person identifiers (fødselsnummer, D-nummer) inside values fail their check digits
// or have no real birth date.
#include <re2/re2.h>

#include "lint/core/person_id.h"
#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

// The variant of the first check `id` fails (DOMAIN §6.2), or nullptr when it is a valid identifier.
const char* failed_check(std::string_view id) {
  const PersonIdCheck c = check_person_id(id);
  if (!c.eleven_digits) return "length";
  if (!c.check_digits) return "default";
  return c.date ? nullptr : "date";
}

class PersonIdChecksumCheck final : public Check {
 public:
  explicit PersonIdChecksumCheck(std::vector<std::unique_ptr<RE2>> extract) : m_extract(std::move(extract)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& value = ctx.yaml().scalar(target.node);
    for (const auto& re : m_extract) {
      re2::StringPiece input(value), number;
      bool found = false;
      for (const char* before = input.data(); RE2::FindAndConsume(&input, *re, &number); before = input.data()) {
        found = true;
        if (input.data() == before && !input.empty()) input.remove_prefix(1);  // an empty match moves on
        const std::string_view id(number.data(), number.size());
        if (has_placeholder(id)) continue;
        const char* variant = failed_check(id);
        if (!variant) continue;
        Finding f = finding_at(ctx, target, variant);
        f.range = sub_range(ctx, target.node, static_cast<std::size_t>(number.data() - value.data()), number.size());
        f.args["number"] = std::string(id);
        out.push_back(std::move(f));
      }
      if (found) return;  // the first pattern that finds identifiers decides
    }
  }

 private:
  // The source bytes of value[begin, begin + size) when the scalar is written without escapes.
  static ByteRange sub_range(const CheckContext& ctx, NodeId node, std::size_t begin, std::size_t size) {
    const YamlNode& n = ctx.yaml().node(ctx.yaml().resolve(node));
    const std::size_t skip = n.quoted ? 1 : 0;
    const auto raw =
        ctx.doc.source.text().substr(std::min(n.range.begin + skip, ctx.doc.source.size()), n.value.size());
    if (raw != n.value) return n.range;
    return {n.range.begin + skip + begin, n.range.begin + skip + begin + size};
  }

  std::vector<std::unique_ptr<RE2>> m_extract;
};

}  // namespace

std::unique_ptr<Check> make_person_id_checksum(Options& options, const Catalog&) {
  std::vector<std::unique_ptr<RE2>> extract;
  const auto patterns = options.list("extract", true);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    RE2::Options re_options;
    re_options.set_log_errors(false);
    auto re = std::make_unique<RE2>(patterns[i], re_options);
    if (!re->ok()) options.fail(options.node("extract"), "invalid regular expression in 'extract': " + re->error());
    if (re->NumberOfCapturingGroups() != 1 || RE2::FullMatch("", *re))
      options.fail(options.node("extract"),
                   "each 'extract' pattern must have exactly one capturing group and not match an empty value");
    extract.push_back(std::move(re));
  }
  return std::make_unique<PersonIdChecksumCheck>(std::move(extract));
}

}  // namespace lint
