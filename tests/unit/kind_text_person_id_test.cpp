// Table-driven tests of kind person-id-in-text (ID003): valid fødselsnummer and D-nummer in texts and templates.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"

using lint::testing::rule;
using lint::testing::run_rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

// Numbers used (valid by DOMAIN §6.2): fødselsnummer 15038543226 and 01019012480, D-nummer 41019012393,
// synthetic (month + 80) 01899012395.
TEST_CASE("kind person-id-in-text: consent texts") {
  const auto r = rule("person-id-in-text", "");
  auto [slot, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", "Fødselsnummer: 15038543226\n", {"1:16 default"}},
      {"nn", "Fødselsnummeret ditt er 150385 43226.\n", {"1:25 default"}},  // "DDMMYY NNNNN"
      {"en", "National identity number 01019012480.\n", {"1:26 default"}},
      {"nb", "D-nummer 41019012393\n", {"1:10 d-number"}},
      {"en", "Test customer 01899012395\n", {"1:15 synthetic"}},
      // Near misses: a bank account number, a wrong check digit, numbers in URLs and e-mail addresses.
      {"nb", "Kontonummer 1503.85.43226\n", {}},
      {"nb", "Kontonummer 15038543227\n", {}},
      {"nn", "Sjå https://bank.no/kunde/15038543226 for meir.\n", {}},
      {"en", "See www.bank.no/15038543226 or [the page](https://bank.no/?id=15038543226).\n", {}},
      {"en", "Write to 15038543226@bank.no.\n", {}},
      {"nb", "Ordrenummer 150385432261\n", {}},  // twelve digits: another number
  }));
  CHECK(run_text_rule(r, {{slot, text}}, slot) == expected);
}

TEST_CASE("kind person-id-in-text: templates, comments included; placeholders are fine") {
  const auto r = rule("person-id-in-text", "");
  CHECK(run_rule(r, "{\"from\": \"urn:altinn:person:identifier-no:15038543226\"}\n", "2026-11-27", "template") ==
        Findings{"1:43 default"});
  CHECK(run_rule(r, "from: urn:altinn:person:identifier-no:{{customer_fnr}}\n", "2026-11-27", "template").empty());
  CHECK(run_rule(r, "# kunde 41019012393\nfrom: x\n", "2026-11-27", "template") == Findings{"1:9 d-number"});
  CHECK(run_rule(r, "redirectUrl: https://bank.no/retur?kunde=15038543226\n", "2026-11-27", "template").empty());
}

TEST_CASE("kind person-id-in-text: synthetic numbers can be left out") {
  const auto r = rule("person-id-in-text", "{report_synthetic: false}");
  CHECK(run_text_rule(r, {{"nb", "Test 01899012395 og 15038543226\n"}}, "nb") == Findings{"1:21 default"});
}
