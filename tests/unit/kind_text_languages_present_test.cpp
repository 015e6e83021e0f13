// Table-driven tests of kind text-languages-present (TXT001): every language version of a text is listed.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind text-languages-present") {
  const auto r =
      rule("text-languages-present", "{languages: [nb, nn, en], reference: [nb], slots: text/languages}", "[texts.*]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"texts:\n  consent:\n    nb: a.nb.md\n    nn: a.nn.md\n    en: a.en.md\n", {}},
      {"texts:\n  consent:\n    nb: a.nb.md\n    nn: a.nn.md\n", {"2:3 default"}},    // en missing: warning
      {"texts:\n  consent:\n    nb: a.nb.md\n", {"2:3 default"}},                     // nn and en: one finding
      {"texts:\n  consent:\n    nn: a.nn.md\n    en: a.en.md\n", {"2:3 reference"}},  // nb missing: error
      {"texts:\n  consent:\n    nb: ''\n    nn: a.nn.md\n    en: a.en.md\n",
       {"2:3 reference"}},                          // empty counts as missing
      {"texts:\n  consent:\n", {"2:3 reference"}},  // an entry with nothing
      {"texts:\n  consent: {nb: a.nb.md, nn: a.nn.md, en: a.en.md}\n  other: {en: b.en.md}\n", {"3:3 reference"}},
      {"texts:\n  consent: a.md\n", {}},  // not a map: the schema's concern
      {"version: 1\n", {}},               // no texts at all
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind text-languages-present: the languages are the rule's, each a slot of the data") {
  const auto r = rule("text-languages-present", "{languages: [nb, en], slots: text/languages}", "[texts.*]");
  CHECK(run_rule(r, "texts:\n  c: {nb: a, nn: b}\n") == Findings{"2:3 default"});
  CHECK(run_rule(r, "texts:\n  c: {nb: a, en: c}\n").empty());  // nn is not required by this rule
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{slots: text/languages}", "missing option 'languages'"},
      {"{languages: [nb, nn, en]}", "missing option 'slots'"},
      {"{languages: [nb, de], slots: text/languages}", "'de' is not a language slot of 'text/languages'"},
      {"{languages: [nb, en], reference: [nn], slots: text/languages}", "reference language 'nn'"},
  }));
  const std::string error = load_error(rule("text-languages-present", options, "[texts.*]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
