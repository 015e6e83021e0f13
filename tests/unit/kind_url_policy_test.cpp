// Kind url-policy: absolute URLs; no insecure scheme, localhost or private address where strict.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/template_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using lint::testing::run_with_config;
using Findings = std::vector<std::string>;

namespace {

const std::string kPolicy =
    "{web_schemes: [https, http], insecure_schemes: [http], strict_envs: [prod], app_scheme: '[a-z][a-z0-9+.-]*', "
    "local_hosts: 'localhost|.+\\.local', private_networks: [10.0.0.0/8, 192.168.0.0/16, 127.0.0.0/8, '::1/128', "
    "'fc00::/7']}";

}  // namespace

TEST_CASE("kind url-policy in a config") {
  const auto r = rule("url-policy", kPolicy, "[environments.*.u]");
  auto [env, url, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"prod", "https://bank.no/retur", {}},
      {"prod", "bank://retur", {}},  // an app's own scheme
      {"prod", "/samtykke/retur", {"2:13 relative"}},
      {"prod", "bank.no/retur", {"2:13 relative"}},
      {"prod", "https:///retur", {"2:13 relative"}},
      {"prod", "http://bank.no/retur", {"2:13 insecure"}},
      {"test", "http://bank.no/retur", {"2:13 insecure-test"}},
      {"prod", "https://localhost:8443/r", {"2:13 local"}},
      {"prod", "https://intranett.local/r", {"2:13 local"}},
      {"prod", "https://10.1.2.3/r", {"2:13 local"}},
      {"prod", "https://192.168.0.10/r", {"2:13 local"}},
      {"prod", "https://[::1]/r", {"2:13 local"}},
      {"prod", "https://[fd12::1]/r", {"2:13 local"}},
      {"prod", "https://11.1.2.3/r", {}},
      {"prod", "http://localhost/r", {"2:13 local"}},  // one finding: the address
      {"test", "https://localhost/r", {}},             // local addresses are fine in test
      {"prod", "https://{{host}}/r", {}},
  }));
  CHECK(run_rule(r, "environments:\n  " + env + ": {u: '" + url + "'}\n") == expected);
}

TEST_CASE("kind url-policy in a template takes its config's environment") {
  const auto r = rule("url-policy", kPolicy, "[redirectUrl]");
  const std::string doc = "redirectUrl: http://bank.no/r\n";
  CHECK(run_with_config(r, doc, "environments: {prod: {}}\n", "prod") == Findings{"1:14 insecure"});
  CHECK(run_with_config(r, doc, "environments: {test: {}}\n", "test") == Findings{"1:14 insecure-test"});
  CHECK(run_with_config(r, doc, "") == Findings{"1:14 insecure-test"});  // on its own: the lenient policy
}

TEST_CASE("kind url-policy: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{insecure_schemes: [http]}", "missing option 'web_schemes'"},
      {"{web_schemes: [https], private_networks: [10.0.0.0]}", "'10.0.0.0' is not a network"},
      {"{web_schemes: [https], private_networks: [10.0.0.0/33]}", "'10.0.0.0/33' is not a network"},
      {"{web_schemes: [https], private_networks: [intranet/8]}", "'intranet/8' is not a network"},
      {"{web_schemes: [https], local_hosts: '(localhost'}", "invalid regular expression in 'local_hosts'"},
  }));
  const std::string error = load_error(rule("url-policy", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
