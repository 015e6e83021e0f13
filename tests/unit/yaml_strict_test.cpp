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

namespace {

// "line:col detail" of the syntax error parse_yaml reports, or "ok".
std::string judge_detail(const std::string& text) {
  static lint::SourceFile source;
  source = lint::SourceFile("t.yaml", text);
  const auto parsed = lint::parse_yaml(source);
  for (const auto& issue : parsed.issues) {
    if (issue.kind != lint::ParseIssue::Kind::Syntax) continue;
    const auto p = source.position(issue.range.begin);
    return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + issue.detail;
  }
  return "ok";
}

}  // namespace

TEST_CASE("yaml strict: documents, directives, tag handles, properties and block scalar indentation") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"- a\nb: c\n", "2:1 this does not belong to the document above; a new document must start with '---'"},
      {"word # comment\nmore\n",
       "2:1 this does not belong to the document above; a new document must start with '---'"},
      {"a: 1\n%YAML 1.2\n---\nb\n", "2:1 a directive after a document needs '...' to end that document first"},
      {"---\n%YAML 1.2\n---\n", "2:1 a directive after a document needs '...' to end that document first"},
      {"%TAG !e! tag:e.com,1:\n--- !e!a x\n--- !e!b y\n",
       "3:5 the tag handle '!e!' is not declared by a %TAG directive before this document"},
      {"!e!a x\n", "1:1 the tag handle '!e!' is not declared by a %TAG directive before this document"},
      {"key:\n&a\n- x\n", "2:1 node properties on their own line must be indented past the parent collection"},
      {"key: &a\n!!map\n  b: c\n", "2:1 node properties on their own line must be indented past the parent collection"},
      {"k: >\n \n   \n # x\n",
       "3:1 an empty line before a block scalar's first content line has more spaces than that line"},
  }));
  CHECK(judge_detail(text) == expected);
}

TEST_CASE("yaml strict: accepts valid documents, directives, handles and properties") {
  auto text = GENERATE(as<std::string>{}, "a\n...\nb\n", "a\n...\n# c\n%YAML 1.2\n---\nb\n", "a\n%b\n---\nc\n",
                       "%TAG !e! tag:e.com,1:\n--- !e!a x\n", "--- !!str a\n--- !local b\n", "key: &a\n- x\n",
                       "key:\n  &a\n  - x\n", "x:\n&a b: c\n", "- &a\n  - x\n", "k: >\n \n  x\n", "k: |2\n   \n  x\n",
                       "- k: |\n    \n  k2: v\n", "--- >\nline1\n# not a comment\nline3\n",
                       "--- |\n%!PS-Adobe-2.0\n...\n%YAML 1.2\n---\n");
  CHECK(judge_detail(text) == "ok");
}
