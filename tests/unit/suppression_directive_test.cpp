// Suppression comments: where YAML comments are, and how a `dsoplint:` directive is read from YAML
// and from Markdown HTML comments.
#include <catch2/catch.hpp>

#include "lint/engine/suppression_directive.h"
#include "lint/text/markdown.h"
#include "lint/yaml/yaml_comments.h"

namespace {

// The comments' texts, joined with '|'.
std::string comments(const std::string& text) {
  std::string out;
  for (const lint::ByteRange& c : lint::yaml_comments(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(c.begin, c.end - c.begin);
  }
  return out;
}

std::string slice(const std::string& text, lint::ByteRange r) { return text.substr(r.begin, r.end - r.begin); }

// A directive as one line: scope, rules, until, reason, problem.
std::string describe(const std::string& text, const lint::Directive& d) {
  using P = lint::Directive::Problem;
  std::string out = d.scope == lint::Directive::Scope::Line ? "line" : "next-line";
  out += " [";
  for (std::size_t i = 0; i < d.rules.size(); ++i) {
    out += (i ? "," : "") + d.rules[i].name;
    REQUIRE(slice(text, d.rules[i].range) == d.rules[i].name);  // each name is where it is written
  }
  out += "]";
  if (d.until) out += " until=" + d.until->name;
  out += " reason='" + d.reason + "'";
  if (d.problem == P::UnknownAction) out += " unknown-action '" + slice(text, d.action_range) + "'";
  if (d.problem == P::NoRule) out += " no-rule";
  return out;
}

std::string yaml(const std::string& text) {
  std::string out;
  for (const lint::Directive& d : lint::yaml_directives(text)) out += (out.empty() ? "" : " | ") + describe(text, d);
  return out;
}

std::string markdown(const std::string& text) {
  const lint::text::TextModel model = lint::text::analyse_markdown(text);
  std::string out;
  for (const lint::Directive& d : lint::markdown_directives(text, model))
    out += (out.empty() ? "" : " | ") + describe(text, d);
  return out;
}

}  // namespace

TEST_CASE("yaml comments: a '#' after a blank, outside quoted and block scalars") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"a: 1 # c\n", "# c"},
      {"# top\na: 1\n", "# top"},
      {"a: x#y\n", ""},
      {"url: https://example.no/#frag\n", ""},
      {"a: \"x # y\"\n", ""},
      {"a: 'x # y' # z\n", "# z"},
      {"a: 'it''s # x' # y\n", "# y"},
      {"a: \"say \\\" # still\" # out\n", "# out"},
      {"a: it's # c\n", "# c"},
      {"a: [x, 'y # z'] # c\n", "# c"},
      {"a: \"multi\n  # inside\" # out\n", "# out"},
      {"a: |\n  # not a comment\n  text\nb: 1 # c\n", "# c"},
      {"a: >-  # after the indicator\n  text # in the scalar\n\n  more\n", "# after the indicator"},
      {"- key: |\n    body # no\n  other: 1  # yes\n", "# yes"},
      {"--- |\n# content\n...\n# after\n", "# after"},
      {"a: 1 # c\r\nb: 2 # d\r\n", "# c|# d"},
      {"{\"a\": \"#1\"}\n", ""},
  }));
  INFO(text);
  CHECK(comments(text) == expected);
}

TEST_CASE("suppression directives in YAML comments") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"# dsoplint: disable-next-line MP003 -- the scope is granted later\n",
       "next-line [MP003] reason='the scope is granted later'"},
      {"client_id: x  # dsoplint: disable-line MP010, client-id until=2027-01-31 -- old client\n",
       "line [MP010,client-id] until=2027-01-31 reason='old client'"},
      {"#dsoplint:disable-line MP010 grant-lifetime --   spaces   \n", "line [MP010,grant-lifetime] reason='spaces'"},
      {"# dsoplint: disable-next-line MP003 MP010\n", "next-line [MP003,MP010] reason=''"},
      {"# dsoplint: disable-next-line MP003 --\n", "next-line [MP003] reason=''"},
      {"# dsoplint: disable-next-line MP003 -- a -- b\n", "next-line [MP003] reason='a -- b'"},
      {"# dsoplint: disable-nxt-line MP003 -- why\n",
       "next-line [MP003] reason='why' unknown-action 'disable-nxt-line'"},
      {"# dsoplint: disable-next-line -- why\n", "next-line [] reason='why' no-rule"},
      {"# dsoplint:\n", "next-line [] reason='' unknown-action 'dsoplint:'"},
      {"# a note that names dsoplint: not a directive\n", ""},
      {"a: \"# dsoplint: disable-line MP003 -- quoted\"\n", ""},
      {"a: '# dsoplint: disable-line MP003 -- quoted'\n", ""},
      {"a: |\n  # dsoplint: disable-line MP003 -- in a block scalar\n", ""},
      {"a: 1 # dsoplint: disable-line MP003 -- crlf\r\nb: 2\r\n", "line [MP003] reason='crlf'"},
  }));
  INFO(text);
  CHECK(yaml(text) == expected);
}

TEST_CASE("suppression directives: the comment range decides the lines") {
  const std::string text = "a: 1\n# dsoplint: disable-next-line MP003 -- r\r\nb: 2\n";
  const auto found = lint::yaml_directives(text);
  REQUIRE(found.size() == 1);
  CHECK(slice(text, found[0].comment) == "# dsoplint: disable-next-line MP003 -- r");
  CHECK(slice(text, found[0].range) == "dsoplint: disable-next-line MP003 -- r");
  CHECK(slice(text, found[0].action_range) == "disable-next-line");
}

TEST_CASE("suppression directives in Markdown HTML comments") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"<!-- dsoplint: disable-next-line TXT014 -- legal terms -->\nText.\n",
       "next-line [TXT014] reason='legal terms'"},
      {"Text. <!-- dsoplint: disable-line readability,TXT015 until=2027-06-30 -- approved by legal-->\n",
       "line [readability,TXT015] until=2027-06-30 reason='approved by legal'"},
      {"<!--\ndsoplint: disable-next-line TXT014\n  -- spread over lines\n-->\nText.\n",
       "next-line [TXT014] reason='spread over lines'"},
      {"<!-- dsoplint: disable-next-line TXT014 -->\n", "next-line [TXT014] reason=''"},
      {"<!-- an ordinary comment -->\nText.\n", ""},
      {"Code: `<!-- dsoplint: disable-line TXT014 -- r -->`\n", ""},
      {"```\n<!-- dsoplint: disable-line TXT014 -- r -->\n```\n", ""},
      {"<!-- dsoplint: disable-line TXT014 -- crlf -->\r\nText.\r\n", "line [TXT014] reason='crlf'"},
  }));
  INFO(text);
  CHECK(markdown(text) == expected);
}
