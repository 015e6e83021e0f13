// Kind secret: values that look like secrets; and that no output format ever shows one.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/kind_harness.h"
#include "lint/cli/cli.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

namespace {

const std::string kSecret =
    "{skip: [a.api_key], not_secret: '\\$\\{[A-Za-z_]+\\}|\\{\\{[^{}]*\\}\\}|true|false', "
    "values: {private-key: '-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----', "
    "jwt: 'eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*', bearer: "
    "'(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{8,}=*'}, "
    "names: '[a-z0-9_.-]*(?:password|secret|token|api[_-]key)'}";

// A fresh, empty folder under the temporary folder.
std::filesystem::path scratch_dir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

struct CliRun {
  int rc;
  std::string out, err;
};

// dsoplint on one file, as the command line runs it, in `format` (text when empty).
CliRun lint_file(const std::string& path, const std::string& format = "") {
  std::vector<const char*> argv{"dsoplint", "--today", "2026-11-27"};
  if (!format.empty()) argv.insert(argv.end(), {"--format", format.c_str()});
  argv.push_back(path.c_str());
  std::ostringstream out, err;
  const int rc = lint::run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
  return {rc, out.str(), err.str()};
}

}  // namespace

TEST_CASE("kind secret in YAML documents") {
  const auto r = rule("secret", kSecret);
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a:\n  password: hunter2\n", {"2:13 named"}},
      {"a:\n  clientSecret: 'x'\n", {"2:17 named"}},
      {"a:\n  client_secret: ${CLIENT_SECRET}\n", {}},
      {"a:\n  token: '{{token}}'\n", {}},
      {"a:\n  token_endpoint: https://test.maskinporten.no/token\n", {}},
      {"a:\n  secret: false\n", {}},
      {"a:\n  api_key: abc123\n", {}},  // skipped: another rule owns it
      {"b:\n  api_key: abc123\n", {"2:12 named"}},
      {"a:\n  header: 'Bearer abcdefghijklmnop'\n", {"2:11 bearer"}},
      {"a:\n  - eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln\n", {"2:5 jwt"}},
      {"a:\n  token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln\n", {"2:10 jwt"}},  // one finding, the specific kind
      {"key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIE\n  -----END RSA PRIVATE KEY-----\n", {"1:6 private-key"}},
      {"a:\n  note: 'public key: -----BEGIN PUBLIC KEY-----'\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind secret in a text: each secret once") {
  const auto r = rule("secret", kSecret);
  CHECK(run_rule(r, "Hei\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln\n", "2026-11-27",
                 "text") == Findings{"2:23 jwt"});
  CHECK(run_rule(r, "-----BEGIN PRIVATE KEY-----\nMIIE\n", "2026-11-27", "text") == Findings{"1:1 private-key"});
  CHECK(run_rule(r, "password: hunter2\n", "2026-11-27", "text").empty());  // names need YAML
}

TEST_CASE("kind secret: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"", "a secret rule needs 'values' or 'names'"},
      {"{values: [x]}", "'values' must map a variant name to an RE2 pattern"},
      {"{values: {jwt: 'x*'}}", "must not match an empty value"},
      {"{names: '(password'}", "invalid regular expression in 'names'"},
      {"{names: password, skips: [a]}", "unknown option 'skips' (did you mean 'skip'?)"},
  }));
  const std::string error = load_error(rule("secret", options));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}

TEST_CASE("secrets never reach any output format") {
  const std::filesystem::path dir = scratch_dir("dsoplint-secret-test");
  std::filesystem::create_directories(dir / "consent");
  const std::string base = std::string(DSOPLINT_SOURCE_DIR) + "/tests/fixtures/base.yaml";
  std::ifstream in(base);
  std::stringstream config;
  config << in.rdbuf();
  std::string text = config.str();
  const std::string anchor = "      client_id: 5b6a3c1e-8f2d-4a7b-9c0e-1d2f3a4b5c6d\n";
  text.replace(text.find(anchor), anchor.size(),
               anchor + "      client_secret: Zq8-hemmelig-Zq8\n      password: Zq8-hemmelig-Zq8\n");
  const std::string altinn = "      presentation: redirect\n";
  text.replace(text.find(altinn), altinn.size(),
               altinn + "      api_key: Xk9-nokkel-Xk9\n      api_key: Yk9-nokkel-Yk9\n");
  std::ofstream(dir / "dsop.yaml") << text;
  for (const std::string format : {"text", "json", "sarif"}) {
    const CliRun run = lint_file((dir / "dsop.yaml").string(), format);
    INFO(format << "\n" << run.out);
    CHECK(run.rc == 1);
    CHECK(run.out.find("SEC001") != std::string::npos);
    CHECK(run.out.find("ALT008") != std::string::npos);
    CHECK(run.out.find("DSOP002") != std::string::npos);  // the repeated api_key line is masked too
    CHECK(run.out.find("hemmelig") == std::string::npos);
    CHECK(run.out.find("nokkel") == std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("every secret on a line stays hidden in every finding on it") {
  const std::filesystem::path dir = scratch_dir("dsoplint-secret-line-test");
  // A flow mapping and a minified template: two secrets share one line with other findings.
  auto [name, content, shown] = GENERATE(table<std::string, std::string, std::string>({
      {"flow.yaml", "{version: 1, service: krav-og-betalinger, password: Zq8-hemmelig-Zq8, token: Yq8-geheim-Yq8}\n",
       " 1 | {version: 1, service: krav-og-betalinger, password: ****************, token: **************}\n"},
      {"minified.json",
       "{\"consentRights\": [], \"a\": \"Bearer Zq8hemmeligZq8\", \"b\": \"Bearer Yq8geheimYq8\"}\n",
       " 1 | {\"consentRights\": [], \"a\": ***********************, \"b\": *********************}\n"},
      {"quoted.yaml",  // DSOP005 quotes the base_url it finds: the message shows '***'
       "{version: 1, service: krav-og-betalinger, environments: {test: {altinn: {base_url: \"Bearer Xq8geheimXq8\"}}}, "
       "password: Zq8-hemmelig-Zq8}\n",
       "must be of type url; found '***' [DSOP005 invalid-value]\n"},
  }));
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << content;
  for (const std::string format : {"text", "json", "sarif"}) {
    const CliRun run = lint_file(path, format);
    INFO(format << "\n" << run.out << run.err);
    CHECK(run.rc == 1);
    CHECK(run.out.find("SEC001") != std::string::npos);
    CHECK(run.out.find("hemmelig") == std::string::npos);
    CHECK(run.out.find("geheim") == std::string::npos);
    if (format == "text") CHECK(run.out.find(shown) != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("a file that does not parse or stops at its first finding still hides its secrets") {
  const std::filesystem::path dir = scratch_dir("dsoplint-secret-unparsed-test");
  auto [name, content, shown] = GENERATE(table<std::string, std::string, std::string>({
      {"utf8.yaml", "version: 1\npassword: Zq8-hemmelig-Zq8 \xff\n", " 2 | password: ******************"},
      {"control.yaml", "version: 1\nclient_secret: 'Zq8-hemmelig-Zq8'\x01\n",
       " 2 | client_secret: ******************\xE2\x90\x81"},
      {"syntax.yaml", "version: 1\npassword: \"Zq8-hemmelig-Zq8\" x: [\n", " 2 | password: ****************** x: ["},
      {"quotes.yaml", "version: 1\npassword: 'Zq8-''hemmelig-Zq8' x: [\n", " 2 | password: ******************** x: ["},
      {"syntax.json", "{\"consentRights\": [], \"apiKey\": \"Zq8-hemmelig-Zq8\", \"x\": [1}\n",
       " 1 | {\"consentRights\": [], \"apiKey\": ******************, \"x\": [1}"},
      {"bearer.json", "{\"consentRights\": [], \"h\": \"Bearer Zq8hemmeligZq8\", \"x\": [1}\n",
       " 1 | {\"consentRights\": [], \"h\": \"*********************\", \"x\": [1}"},
      {"version.yaml", "{version: 2, service: krav-og-betalinger, password: Zq8-hemmelig-Zq8}\n",
       " 1 | {version: 2, service: krav-og-betalinger, password: ****************}"},
      {"key.yaml",  // an Altinn API key written out: ALT008's secret, in a config that stops at its version
       "{version: 2, service: krav-og-betalinger, environments: {test: {altinn: {api_key: Zq8hemmeligZq8}}}}\n",
       " 1 | {version: 2, service: krav-og-betalinger, environments: {test: {altinn: {api_key: **************}}}}"},
  }));
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << content;
  const CliRun run = lint_file(path);
  INFO(run.out << run.err);
  CHECK(run.rc == 1);
  CHECK(run.out.find(shown + "\n") != std::string::npos);
  CHECK(run.out.find("hemmelig") == std::string::npos);
  CHECK(run.out.find("SEC001") == std::string::npos);  // only the one finding such a file gets
  std::filesystem::remove_all(dir);
}
