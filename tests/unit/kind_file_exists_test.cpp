// Table-driven tests of the kind `file-exists`: a path names a file that exists.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

namespace {
const std::string kSource = DSOPLINT_SOURCE_DIR;  // an absolute folder, so the test runs from anywhere
}

TEST_CASE("kind file-exists") {
  const auto r = rule("file-exists", "", "[p.a]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"p:\n  a: " + kSource + "/rules/README.md\n", {}},
      {"p:\n  a: " + kSource + "/rules\n", {}},  // exists but is a folder: the file-unreadable rule's concern
      {"p:\n  a: " + kSource + "/rules/no-such-file.pdf\n", {"2:6 default"}},
      {"p:\n  a: ${REPORT_PATH}\n", {}},  // a reference: nothing to look at
      {"p:\n  a: [x]\n", {}},             // not a path: the value-type rule's concern
      {"p:\n  b: 1\n", {}},               // absent: not reported by default
      {"p:\n  a:\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind file-exists: report_missing") {
  const auto r = rule("file-exists", "{report_missing: true}", "[p.a]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"p:\n  a: " + kSource + "/rules/README.md\n", {}},
      {"p:\n  b: 1\n", {"1:1 missing"}},
      {"p:\n  a:\n", {"2:3 missing"}},
      {"p:\n  a: ''\n", {"2:6 missing"}},
      {"x: 1\n", {}},  // no parent mapping: nothing to point at
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind file-exists: option errors") {
  auto [options, expected] = GENERATE(table<std::string, std::string>({
      {"{report_missing: yes}", "option 'report_missing' must be true or false, not 'yes'"},
      {"{missing: true}", "unknown option 'missing'"},
  }));
  const std::string error = load_error(rule("file-exists", options, "[a]"));
  INFO(error);
  CHECK(error.find(expected) != std::string::npos);
}
