// Table-driven tests of kind text-duration (TXT012): durations in a text agree with the config's valid_days.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"
#include "text_samples.h"

using lint::testing::kTextConfig;
using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

namespace {

// test: 30 days, prod: 90 days; prod's valid_days is on line 12.
const std::string kTwoEnvs =
    "version: 1\nservice: krav-og-betalinger\ninstitution:\n  name: Eksempelbanken ASA\n  orgnr: '910000004'\n"
    "environments:\n  test:\n    altinn:\n      valid_days: 30\n  prod:\n    altinn:\n      valid_days: 90\n";

// The options every text-duration rule gives besides `context`, as rules/texts.yaml gives them.
const std::string kData =
    "durations: text/durations, phrases: text/phrases, abbreviations: text/abbreviations, slots: text/languages";
const std::string kProd = "field: altinn.valid_days, prefer_env: prod, " + kData;

// `options` are the flow mapping's entries other than kData.
Findings duration(const std::string& slot, const std::string& text, const std::string& config = kTextConfig,
                  const std::string& options = "field: altinn.valid_days, prefer_env: prod, context: [duration]") {
  return run_text_rule(rule("text-duration", "{" + options + ", " + kData + "}"), {{slot, text}}, slot, config);
}

}  // namespace

TEST_CASE("kind text-duration") {
  auto [slot, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", lint::testing::kNb, {}},
      {"nn", lint::testing::kNn, {}},
      {"en", lint::testing::kEn, {}},
      {"nb", "Samtykket varer i 30 dager.\n", {"1:19 default -> dsop.yaml:9:19"}},
      {"nb", "Samtykket varer i 3 måneder.\n", {}},  // 3 × 30 = 90
      {"nb", "Samtykket varer i 2 måneder.\n", {"1:19 converted -> dsop.yaml:9:19"}},
      {"nb", "Samtykket er gyldig i nitti dager.\n", {}},
      {"nb", "Samtykket er gyldig i tretti dager.\n", {"1:23 default -> dsop.yaml:9:19"}},
      {"nn", "Samtykket varer i 30 dagar.\n", {"1:19 default -> dsop.yaml:9:19"}},
      {"nn", "Samtykket er gyldig i tre månader.\n", {}},
      {"en", "The consent is valid for 30 days.\n", {"1:26 default -> dsop.yaml:9:19"}},
      {"en", "The consent is valid for ninety days.\n", {}},
      {"en", "The consent expires after 12 weeks.\n", {"1:27 converted -> dsop.yaml:9:19"}},  // 84 days
      // Near misses: "30" in a URL is no duration; a period that is not the consent's is left alone.
      {"nb", "Samtykket varer i 90 dager. Les mer på https://bank.no/30-dager.\n", {}},
      {"nb", "Du ser krav fra de siste 12 månedene. Samtykket varer i 90 dager.\n", {}},
      {"en", "You see payments of the last 30 days. The consent lasts 90 days.\n", {}},
  }));
  CHECK(duration(slot, text) == expected);
}

TEST_CASE("kind text-duration: test and prod differ: the text is compared with prod") {
  CHECK(duration("nb", "Samtykket varer i 90 dager.\n", kTwoEnvs).empty());
  CHECK(duration("nb", "Samtykket varer i 30 dager.\n", kTwoEnvs) == Findings{"1:19 default -> dsop.yaml:12:19"});
  CHECK(duration("nb", "Samtykket varer i 30 dager.\n", kTwoEnvs,
                 "field: altinn.valid_days, context: [duration], prefer_env: test")
            .empty());
  // "90" in a URL is not a duration, even in a sentence about the consent's validity.
  CHECK(duration("nb", "Samtykket varer i 30 dager, se https://bank.no/samtykke/90-dager.\n", kTwoEnvs,
                 "field: altinn.valid_days, context: [duration], prefer_env: test")
            .empty());
}

TEST_CASE("kind text-duration: without context every duration counts; no config or no value, no finding") {
  CHECK(duration("nb", "Du ser krav fra de siste 12 månedene.\n", kTextConfig,
                 "field: altinn.valid_days, prefer_env: prod") == Findings{"1:26 converted -> dsop.yaml:9:19"});
  CHECK(duration("nb", "Samtykket varer i 30 dager.\n", "").empty());
  CHECK(duration("nb", "Samtykket varer i 30 dager.\n",
                 "version: 1\nenvironments:\n  test:\n    altinn: {valid_days: '30x'}\n")
            .empty());
  CHECK(duration("xx", "Samtykket varer i 30 dager.\n").empty());
  CHECK(
      load_error(rule("text-duration", "{context: [forever], " + kProd + "}")).find("'forever' is not a phrase list") !=
      std::string::npos);
}

TEST_CASE("kind text-duration: the config field, the preferred environment and the data tables are required") {
  auto [options, message] = GENERATE_REF(table<std::string, std::string>({
      {"{prefer_env: prod, " + kData + "}", "missing option 'field'"},
      {"{field: altinn.valid_days, " + kData + "}", "missing option 'prefer_env'"},
      {"{field: altinn.valid_days, prefer_env: prod, phrases: text/phrases, abbreviations: text/abbreviations, slots: "
       "text/languages}",
       "missing option 'durations'"},
      {"{field: altinn.valid_days, prefer_env: prod, durations: text/durations, abbreviations: text/abbreviations, "
       "slots: text/languages}",
       "missing option 'phrases'"},
      {"{field: altinn.valid_days, prefer_env: prod, durations: text/durations, phrases: text/phrases, slots: "
       "text/languages}",
       "missing option 'abbreviations'"},
      {"{field: altinn.valid_days, prefer_env: prod, durations: text/durations, phrases: text/phrases, abbreviations: "
       "text/abbreviations}",
       "missing option 'slots'"},
  }));
  const std::string error = load_error(rule("text-duration", options));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
