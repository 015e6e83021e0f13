// Kind keyed-value: the value expected for another field's value (and the environment).
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/template_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using lint::testing::run_with_config;
using Findings = std::vector<std::string>;

namespace {

const std::string kHosts =
    "{key: 'environments.{env}.api', compare: host, expected: {a3: {test: p.tt02.no, prod: p.no}, a2: {test: tt02.no, "
    "prod: www.no}}}";
const std::string kResources =
    "{key: 'environments.{env}.api', join: [Code, Edition], expected: {a3: res-ok, a2: '5928_202301'}, "
    "special: {'5929_202301': older, sysuser: system-user}}";

}  // namespace

TEST_CASE("kind keyed-value: hosts by key and environment") {
  const auto r = rule("keyed-value", kHosts, "[environments.*.url]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"environments:\n  test: {api: a3, url: 'https://p.tt02.no'}\n", {}},
      {"environments:\n  prod: {api: a3, url: 'https://p.no/x'}\n", {}},
      {"environments:\n  test: {api: a3, url: 'https://p.no'}\n", {"2:24 other-env"}},
      {"environments:\n  test: {api: a3, url: 'https://tt02.no'}\n", {"2:24 other-key"}},
      {"environments:\n  test: {api: a3, url: 'https://example.no'}\n", {"2:24 default"}},
      {"environments:\n  test: {api: a3, url: 'not a url'}\n", {}},           // DSOP005's concern
      {"environments:\n  test: {api: a4, url: 'https://example.no'}\n", {}},  // unknown key value
      {"environments:\n  test: {url: 'https://tt02.no'}\n", {}},              // no key: any API's host
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind keyed-value: joined fields, special values, templates with and without a config") {
  const auto r = rule("keyed-value", kResources, "[environments.*.res, R.*, V]");
  const std::string a3 = "environments:\n  test: {api: a3}\n";
  const std::string a2 = "environments:\n  test: {api: a2}\n";
  auto [doc, config, expected] = GENERATE_REF(table<std::string, std::string, Findings>({
      {"V: res-ok\n", a3, {}},
      {"V: '5928_202301'\n", a3, {"1:4 other-key"}},
      {"V: '5928_202301'\n", "", {}},  // a template on its own: either API's resource
      {"V: sysuser\n", "", {"1:4 system-user"}},
      {"V: '{{resource}}'\n", a3, {}},
      {"R:\n  - {Code: '5928', Edition: 202301}\n", a2, {}},
      {"R:\n  - {Code: '5929', Edition: 202301}\n", a2, {"2:12 older"}},
      {"R:\n  - {Code: '5928'}\n", a2, {}},  // a missing part is the template-shape rule's concern
      {"R:\n  - {Code: '4628', Edition: 1}\n", a2, {"2:12 default"}},
  }));
  CHECK(run_with_config(r, doc, config) == expected);
}

TEST_CASE("kind keyed-value: a config's own values") {
  const auto r = rule("keyed-value", kResources, "[environments.*.res]");
  CHECK(run_rule(r, "environments:\n  test: {api: a2, res: '5928_202301'}\n").empty());
  CHECK(run_rule(r, "environments:\n  test: {api: a2, res: res-ok}\n") == Findings{"2:24 other-key"});
}

TEST_CASE("kind keyed-value: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{expected: {a: b}}", "missing option 'key'"},
      {"{key: k, expected: [a]}", "'expected' must map each value of 'key'"},
      {"{key: k, expected: {a: b}, compare: url}", "expected one of: exact, host"},
      {"{key: k, expected: {a: b}, special: [x]}", "'special' must map a value to the variant"},
      {"{key: k, expected: {a: b}, special: {x: ''}}", "a 'special' value must name a variant"},
      {"{key: k, expected: {a: b}, seperator: '-'}", "unknown option 'seperator' (did you mean 'separator'?)"},
  }));
  const std::string error = load_error(rule("keyed-value", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
