// parse_directive: splits a `dsoplint:` comment into its action, rule names, expiry date and reason.
#include "lint/engine/suppression_directive.h"

#include "lint/yaml/yaml_comments.h"

namespace lint {

namespace {

constexpr std::string_view kPrefix = "dsoplint:";
constexpr std::string_view kUntil = "until=";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_separator(char c) { return is_space(c) || c == ','; }

// Words of [begin, end) separated by blanks and commas.
std::vector<RuleToken> words(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<RuleToken> out;
  for (std::size_t i = begin; i < end;) {
    while (i < end && is_separator(text[i])) ++i;
    const std::size_t start = i;
    while (i < end && !is_separator(text[i])) ++i;
    if (i > start) out.push_back({std::string(text.substr(start, i - start)), {start, i}});
  }
  return out;
}

// Where the reason's ` -- ` starts: the first "--" that begins a word; `end` when there is none.
std::size_t reason_separator(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i + 1 < end; ++i)
    if (text[i] == '-' && text[i + 1] == '-' && (i == begin || is_space(text[i - 1]))) return i;
  return end;
}

std::string trimmed(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

void read_action(Directive& d, const RuleToken& word) {
  d.action = word.name;
  d.action_range = word.range;
  if (word.name == "disable-line") {
    d.scope = Directive::Scope::Line;
  } else if (word.name == "disable-next-line") {
    d.scope = Directive::Scope::NextLine;
  } else {
    d.problem = Directive::Problem::UnknownAction;
  }
}

}  // namespace

std::optional<Directive> parse_directive(std::string_view text, ByteRange body, ByteRange comment) {
  std::size_t i = body.begin;
  while (i < body.end && is_space(text[i])) ++i;
  if (text.substr(i, std::min(kPrefix.size(), body.end - i)) != kPrefix) return std::nullopt;
  std::size_t end = body.end;
  while (end > i && is_space(text[end - 1])) --end;
  Directive d;
  d.comment = comment;
  d.range = {i, end};
  const std::size_t dashes = reason_separator(text, i + kPrefix.size(), end);
  if (dashes < end) d.reason = trimmed(text, dashes + 2, end);
  const std::vector<RuleToken> all = words(text, i + kPrefix.size(), dashes);
  if (all.empty()) {
    d.action_range = {i, i + kPrefix.size()};
    d.action = std::string(kPrefix);
    d.problem = Directive::Problem::UnknownAction;
    return d;
  }
  read_action(d, all.front());
  for (std::size_t w = 1; w < all.size(); ++w) {
    const RuleToken& word = all[w];
    if (word.name.rfind(kUntil, 0) == 0) {
      d.until = RuleToken{word.name.substr(kUntil.size()), {word.range.begin + kUntil.size(), word.range.end}};
    } else {
      d.rules.push_back(word);
    }
  }
  if (d.problem == Directive::Problem::None && d.rules.empty()) d.problem = Directive::Problem::NoRule;
  return d;
}

std::vector<Directive> yaml_directives(std::string_view text) {
  std::vector<Directive> out;
  if (text.find(kPrefix) == std::string_view::npos) return out;  // no directive: no comment scan
  for (const ByteRange& c : yaml_comments(text))
    if (auto d = parse_directive(text, {c.begin + 1, c.end}, c)) out.push_back(std::move(*d));
  return out;
}

std::vector<Directive> markdown_directives(std::string_view text, const text::TextModel& model) {
  std::vector<Directive> out;
  for (const text::Markup& m : model.markup) {
    if (m.kind != text::MarkupKind::html_comment) continue;
    const std::size_t begin = m.span.begin + 4;  // after "<!--"
    const bool closed = m.span.end >= begin + 3 && text.substr(m.span.end - 3, 3) == "-->";
    const std::size_t end = closed ? m.span.end - 3 : m.span.end;
    if (begin > end) continue;
    if (auto d = parse_directive(text, {begin, end}, {m.span.begin, m.span.end})) out.push_back(std::move(*d));
  }
  return out;
}

}  // namespace lint
