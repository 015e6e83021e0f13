// parse_yaml: node ranges, duplicate keys, limits, aliases and syntax errors.
#include <catch2/catch.hpp>

#include "lint/yaml/yaml_tree.h"

using namespace lint;

namespace {

ParsedYaml parse(const std::string& text, ParseLimits limits = {}) {
  static SourceFile keep;  // the parse refers to the source only while it runs
  keep = SourceFile("t.yaml", text);
  return parse_yaml(keep, limits);
}

std::string text_of(const std::string& text, ByteRange r) { return text.substr(r.begin, r.end - r.begin); }

}  // namespace

TEST_CASE("yaml tree: scalar ranges cover the written value") {
  auto [text, key, written] = GENERATE(table<std::string, std::string, std::string>({
      {"a: plain value  # comment\n", "a", "plain value"},
      {"a: \"quoted \\\" value\"\n", "a", "\"quoted \\\" value\""},
      {"a: 'it''s'\n", "a", "'it''s'"},
      {"a: |\n  block\n", "a", "|"},
      {"a: [x, yy]\n", "a", "[x, yy]"},
      {"æø: å\n", "æø", "å"},
  }));
  const auto parsed = parse(text);
  REQUIRE(parsed.issues.empty());
  const YamlDocument& d = parsed.documents.at(0);
  CHECK(text_of(text, d.node(d.get(d.root(), key)).range) == written);
}

TEST_CASE("yaml tree: a duplicate key is reported at its second occurrence") {
  const std::string text = "a: 1\nb:\n  c: 1\n  c: 2\n";
  const auto parsed = parse(text);
  REQUIRE(parsed.issues.size() == 1);
  CHECK(parsed.issues[0].kind == ParseIssue::Kind::DuplicateKey);
  CHECK(parsed.issues[0].range.begin == text.rfind("c:"));
  CHECK(parsed.issues[0].first_range.begin == text.find("c:"));
  CHECK_FALSE(parsed.stopped);
}

TEST_CASE("yaml tree: safety limits stop parsing with a Limit issue") {
  ParseLimits small;
  small.max_depth = 3;
  small.max_nodes = 50;
  small.max_alias_expansion = 20;
  auto [text, detail] = GENERATE(table<std::string, std::string>({
      {"a: {b: {c: {d: 1}}}\n", "nesting"},
      {"a: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a, *a, *a]\n", "aliases"},
      {"[" +
           std::string(60 * 3, ' ')
               .replace(0, 0,
                        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,"
                        "35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51") +
           "]\n",
       "nodes"},
  }));
  const auto parsed = parse(text, small);
  REQUIRE(parsed.stopped);
  REQUIRE(parsed.issues.back().kind == ParseIssue::Kind::Limit);
  CHECK(parsed.issues.back().detail.find(detail) != std::string::npos);
}

TEST_CASE("yaml tree: an alias bomb stops quickly with the default limits") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 12; ++i) {
    const std::string n = std::to_string(i);
    text.append("a").append(n).append(": &a").append(n).append(" [");
    for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  const auto parsed = parse(text);
  REQUIRE(parsed.stopped);
  CHECK(parsed.issues.back().kind == ParseIssue::Kind::Limit);
}

TEST_CASE("yaml tree: a syntax error carries the parser's position") {
  const std::string text = "a: [1, 2\nb: 3\n";
  const auto parsed = parse(text);
  REQUIRE(parsed.stopped);
  CHECK(parsed.issues.back().kind == ParseIssue::Kind::Syntax);
  CHECK(parsed.issues.back().first_range.begin == text.find('['));
}

TEST_CASE("yaml tree: a token yaml-cpp cannot read past is a syntax error there, not endless empty documents") {
  auto [text, offset, detail] = GENERATE(table<std::string, std::size_t, std::string>({
      {",\n", 0, "a ',' outside a flow collection"},
      {"- a\n- b\n,\n", 8, "a ',' outside a flow collection"},
      {"\"x\", \"y\"\n", 3, "a ',' outside a flow collection"},
      {"--- ,|0", 4, "a ',' outside a flow collection"},
      {"'s' x\n? a\n", 4, "this does not belong to the document above"},
  }));
  const auto parsed = parse(text);
  REQUIRE(parsed.stopped);
  REQUIRE(parsed.issues.size() == 1);
  CHECK(parsed.issues[0].kind == ParseIssue::Kind::Syntax);
  CHECK(parsed.issues[0].range.begin == offset);
  CHECK(parsed.issues[0].detail.find(detail) == 0);
}

TEST_CASE("yaml tree: merge keys are looked up") {
  const auto parsed = parse("base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n");
  const YamlDocument& d = parsed.documents.at(0);
  const NodeId c = d.get(d.root(), "c");
  CHECK(d.scalar(d.get(c, "x")) == "1");
  CHECK(d.scalar(d.get(c, "y")) == "2");
  CHECK(d.get(c, "z") == kNoNode);
}

TEST_CASE("yaml tree: quoted scalars are marked quoted") {
  const auto parsed = parse("a: '1'\nb: 1\n");
  const YamlDocument& d = parsed.documents.at(0);
  CHECK(d.node(d.get(d.root(), "a")).quoted);
  CHECK_FALSE(d.node(d.get(d.root(), "b")).quoted);
}

TEST_CASE("yaml tree: valid layouts yaml-cpp rejects are read through a respelling with the same offsets") {
  auto [text, key, value, value_offset] = GENERATE(table<std::string, std::string, std::string, std::size_t>({
      {"{\"foo\"\n: \"bar\"}\n", "foo", "bar", 9},
      {"{foo\n: bar}\n", "foo", "bar", 7},
      {"{ \"foo\" # comment\n  :bar }\n", "foo", "bar", 21},
      {"{ matches\n% : 20 }\n", "matches %", "20", 14},
      {"foo: 1\n\t\nbar: 2\n", "bar", "2", 14},
      {"k: |\n  {x\n  : y\nm: {a\n  : b}\n", "k", "{x\n: y\n", 3},
  }));
  const auto parsed = parse(text);
  REQUIRE(parsed.issues.empty());
  const auto& doc = parsed.documents.at(0);
  const NodeId v = doc.get(doc.root(), key);
  REQUIRE(v != kNoNode);
  CHECK(doc.scalar(v) == value);
  CHECK(doc.node(v).range.begin == value_offset);
}

TEST_CASE("yaml tree: the respelling leaves what it does not cover rejected") {
  auto text = GENERATE(as<std::string>{}, "[ \"key\"\n  :value ]\n", "{ a\n  b\n  c: d }\n", "{ a\n :b }\n");
  const auto parsed = parse(text);
  REQUIRE(!parsed.issues.empty());
  CHECK(parsed.issues[0].kind == ParseIssue::Kind::Syntax);
}
