// Stricter YAML checks: what they reject (with position) and near misses they must accept.
#include <catch2/catch.hpp>

#include "lint/yaml/yaml_tree.h"

namespace {

// "ok", or "line:col" of the syntax error parse_yaml reports.
std::string judge(const std::string& text) {
  static lint::SourceFile source;
  source = lint::SourceFile("t.yaml", text);
  const auto parsed = lint::parse_yaml(source);
  for (const auto& issue : parsed.issues) {
    if (issue.kind != lint::ParseIssue::Kind::Syntax) continue;
    const auto p = source.position(issue.range.begin);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
  }
  return "ok";
}

}  // namespace

TEST_CASE("yaml strict: rejects what the grammar forbids") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"key: \"value\"# glued comment\n", "1:13"},
      {"[ a, b, ]#glued\n", "1:10"},
      {"[ , a ]\n", "1:3"},
      {"[ a, , b ]\n", "1:6"},
      {"[-]\n", "1:2"},
      {"- [a, -]\n", "1:7"},
      {"double: \"bad \\' escape\"\n", "1:14"},
      {"key: \"never closed\n", "1:6"},
      {"---\nkey: value\n... trailing\n", "3:5"},
      {"%YAML 1.2\n", "1:1"},
      {"block: ># comment\n  text\n", "1:9"},
      {"key: [a,\nb]\n", "2:1"},
      {"key: \"a\n\tb\"\n", "2:1"},
      {"[a]\nmore\n", "2:1"},
      {"key:\n - item\ninvalid\n", "3:1"},
  }));
  CHECK(judge(text) == expected);
}

TEST_CASE("yaml strict: accepts valid near misses") {
  auto text = GENERATE(as<std::string>{}, "key: value # a comment\n", "key: a#b\n", "[ a, b, c, ]\n", "[a, b]: c\n",
                       "- [a, -b]\n", "double: \"tab \\t and \\\" and \\u00e6\"\n", "single: 'it''s'\n",
                       "---\nkey: value\n...\n", "%YAML 1.2\n---\na: 1\n", "block: > # comment\n  text\n",
                       "key: [a,\n  b]\n", "[a,\nb]\n", "--- |\n%not a directive\n",
                       "key:\n  value continues\n  on the next line\n", "? a\n  b\n: c\n", "&anchor [\n a\n]\n",
                       "quoted: \"a\n  b\"\n", "url: https://x.no/#frag\n", "[a, {b: c}]\n");
  CHECK(judge(text) == "ok");
}
