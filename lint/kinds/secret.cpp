// Kind `secret`: values that look like secrets (by pattern, or under a secret-named key); never shown.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <set>
#include <utility>

#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace {

struct ValuePattern {
  std::string variant;
  std::unique_ptr<RE2> re;
  std::unique_ptr<RE2> grouped;  // the same pattern as one capturing group, to find each match in a text
};

class SecretCheck final : public Check {
 public:
  SecretCheck(std::vector<ValuePattern> values, std::unique_ptr<RE2> names, std::unique_ptr<RE2> not_secret,
              std::vector<std::string> skip)
      : m_values(std::move(values)),
        m_names(std::move(names)),
        m_not_secret(std::move(not_secret)),
        m_skip(std::move(skip)),
        m_any_value(any_of(m_values)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    if (!ctx.doc.yaml) return scan_text(ctx, out);
    const YamlDocument& y = ctx.yaml();
    std::set<NodeId> skipped;
    std::vector<Target> scratch;
    for (const auto& s : m_skip)
      for (const Target& t : targets_in(ctx, s, scratch)) skipped.insert(y.resolve(t.node));
    for_each_value(y, [&](NodeId value, NodeId key) {
      if (skipped.count(value)) return;
      const std::string& text = y.scalar(value);
      if (text.empty()) return;
      std::string variant = value_variant(text);
      if (variant.empty() && key != kNoNode && m_names && RE2::FullMatch(y.scalar(key), *m_names)) variant = "named";
      // Last, as it matters only for a value that would be reported.
      if (variant.empty() || (m_not_secret && RE2::FullMatch(text, *m_not_secret))) return;
      Finding f = finding_at_node(ctx, value, node_path(y, value), variant);
      f.secret = true;
      f.args.erase("value");
      f.args["field"] = key == kNoNode ? "" : y.scalar(key);
      f.args["path"] = f.path;
      out.push_back(std::move(f));
    });
  }

 private:
  // All value patterns in one RE2::Set, so that a value or a text is scanned once to learn whether
  // any of them matches (almost never); null when there are none or the set does not compile.
  static std::unique_ptr<RE2::Set> any_of(const std::vector<ValuePattern>& values) {
    if (values.empty()) return nullptr;
    auto set = std::make_unique<RE2::Set>(values.front().re->options(), RE2::UNANCHORED);
    for (const auto& p : values)
      if (set->Add(p.re->pattern(), nullptr) < 0) return nullptr;
    return set->Compile() ? std::move(set) : nullptr;
  }

  bool may_match(std::string_view text) const {
    return !m_any_value || m_any_value->Match(re2::StringPiece(text.data(), text.size()), nullptr);
  }

  std::string value_variant(const std::string& text) const {
    if (!may_match(text)) return "";
    for (const auto& p : m_values)
      if (RE2::PartialMatch(text, *p.re)) return p.variant;
    return "";
  }

  // A document without YAML (a text, or a YAML or JSON file that did not parse): every match of a
  // value pattern, and in a file that did not parse every secret-named key's value too.
  void scan_text(const CheckContext& ctx, std::vector<Finding>& out) const {
    const std::string_view text = ctx.doc.source.text();
    const std::size_t first = out.size();
    if (ctx.doc.kind != DocKind::Text) scan_named_lines(text, out);
    if (!may_match(text)) return;
    for (const auto& p : m_values) {
      re2::StringPiece input(text.data(), text.size()), match;
      while (RE2::FindAndConsume(&input, *p.grouped, &match)) {
        if (match.empty()) break;
        const std::size_t begin = static_cast<std::size_t>(match.data() - text.data()), end = begin + match.size();
        const auto overlaps = [&](const Finding& o) { return o.range.begin < end && begin < o.range.end; };
        // One finding per secret: a match inside one already reported (a JWT after "Bearer") is the same.
        if (std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), overlaps)) continue;
        Finding f;
        f.variant = p.variant;
        f.secret = true;
        f.range = {begin, end};
        out.push_back(std::move(f));
      }
    }
  }

  // Without a tree, a key is any name before a colon ("password:", "\"apiKey\":"); its value is a
  // quoted string up to its closing quote, or else the rest of the line, so a secret there is
  // masked whatever the syntax error.
  void scan_named_lines(std::string_view text, std::vector<Finding>& out) const {
    static const RE2 key(R"(([A-Za-z0-9_.-]+)["']?[ \t]*:[ \t]*)");
    if (!m_names) return;
    re2::StringPiece input(text.data(), text.size()), name;
    while (RE2::FindAndConsume(&input, key, &name)) {
      if (!RE2::FullMatch(name, *m_names)) continue;
      const std::size_t begin = static_cast<std::size_t>(input.data() - text.data());
      const std::size_t end = value_end(text, begin);
      if (end == begin || (m_not_secret && RE2::FullMatch(unquoted(text.substr(begin, end - begin)), *m_not_secret)))
        continue;
      Finding f;
      f.variant = "named";
      f.secret = true;
      f.range = {begin, end};
      f.args["field"] = std::string(name.data(), name.size());
      out.push_back(std::move(f));
    }
  }

  // Where a value that starts at `begin` ends: after its closing quote, or at the line end.
  static std::size_t value_end(std::string_view text, std::size_t begin) {
    const std::size_t line_end = std::min(text.find_first_of("\r\n", begin), text.size());
    if (begin == line_end || (text[begin] != '"' && text[begin] != '\'')) return line_end;
    const char quote = text[begin];
    for (std::size_t i = begin + 1; i < line_end; ++i) {
      if ((quote == '"' && text[i] == '\\') ||
          (quote == '\'' && text[i] == '\'' && i + 1 < line_end && text[i + 1] == '\''))
        ++i;  // an escaped character, or '' in a single-quoted string
      else if (text[i] == quote)
        return i + 1;
    }
    return line_end;
  }

  // A value without its surrounding quotes.
  static re2::StringPiece unquoted(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    return {value.data(), value.size()};
  }

  std::vector<ValuePattern> m_values;
  std::unique_ptr<RE2> m_names, m_not_secret;
  std::vector<std::string> m_skip;
  std::unique_ptr<RE2::Set> m_any_value;
};

}  // namespace

std::unique_ptr<Check> make_secret(Options& options, const Catalog&) {
  std::vector<ValuePattern> values;
  const NodeId vs = options.node("values");
  if (vs != kNoNode) {
    if (!options.yaml().is_mapping(vs)) options.fail(vs, "'values' must map a variant name to an RE2 pattern");
    Options per_variant(options.file(), options.yaml().resolve(vs));
    for (auto [k, v] : options.yaml().entries(vs)) {
      const std::string& variant = options.yaml().scalar(k);
      auto re = compile_regex(per_variant, variant, true);
      if (!re || RE2::FullMatch("", *re))
        options.fail(v, "the pattern for '" + variant + "' must not match an empty value");
      auto grouped = std::make_unique<RE2>("(" + re->pattern() + ")", re->options());
      values.push_back({variant, std::move(re), std::move(grouped)});
    }
  }
  auto names = compile_regex(options, "names", false);
  if (values.empty() && !names) options.fail(kNoNode, "a secret rule needs 'values' or 'names'");
  auto not_secret = compile_regex(options, "not_secret", true);
  return std::make_unique<SecretCheck>(std::move(values), std::move(names), std::move(not_secret),
                                       options.list("skip"));
}

}  // namespace lint
