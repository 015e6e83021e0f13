// Rule metadata: `verified: YYYY-MM` and `description` as one English text or `{en, nb}`.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "lint/kinds/registry.h"

using lint::testing::load_error;
using lint::testing::rule;

namespace {

// The one rule of a catalog made from `rule_yaml`.
const lint::Rule& loaded(const std::unique_ptr<lint::Catalog>& catalog) { return *catalog->find("TST001"); }

std::string with(std::string r, const std::string& from, const std::string& to) {
  r.replace(r.find(from), from.size(), to);
  return r;
}

}  // namespace

TEST_CASE("rule loader: verified is the month the facts were checked") {
  const auto catalog =
      lint::load_catalog(lint::testing::sources_with_rule(rule("pattern", "{match: x}") + "verified: 2026-12\n"));
  CHECK(loaded(catalog).verified == "2026-12");
  const auto without = lint::load_catalog(lint::testing::sources_with_rule(rule("pattern", "{match: x}")));
  CHECK(loaded(without).verified.empty());  // a bank's rule may leave it out
  for (const char* bad : {"2026-13", "2026-1", "2026-12-01", "December 2026"}) {
    INFO(bad);
    const std::string error = load_error(rule("pattern", "{match: x}") + "verified: " + bad + "\n");
    CHECK(error.find("rule.yaml:") != std::string::npos);
    CHECK(error.find("'verified' must be a month YYYY-MM") != std::string::npos);
  }
}

TEST_CASE("rule loader: description is one English text or {en, nb}") {
  const std::string plain = rule("pattern", "{match: x}");
  const auto one = lint::load_catalog(lint::testing::sources_with_rule(plain));
  CHECK(loaded(one).description == "d");
  CHECK(loaded(one).description_in(lint::Language::Nb) == "d");  // no bokmål: the English one
  const std::string both = with(plain, "description: d\n", "description: {en: In English., nb: På bokmål.}\n");
  const auto two = lint::load_catalog(lint::testing::sources_with_rule(both));
  CHECK(loaded(two).description_in(lint::Language::En) == "In English.");
  CHECK(loaded(two).description_in(lint::Language::Nb) == "På bokmål.");
  CHECK(load_error(with(plain, "description: d\n", "description: {en: Only English.}\n")).find("'nb'") !=
        std::string::npos);
  CHECK(load_error(with(plain, "description: d\n", "description: {en: a, nb: b, nn: c}\n")).find("nn") !=
        std::string::npos);
}
