// Table-driven tests of kind text-metric (TXT014, TXT015): LIX readability and length in user-perceived characters.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"
#include "text_samples.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind text-metric: LIX") {
  auto [slot, text, max, expected] = GENERATE(table<std::string, std::string, std::string, Findings>({
      {"nb", lint::testing::kNb, "50", {}},
      {"nn", lint::testing::kNn, "50", {}},
      {"en", lint::testing::kEn, "50", {}},
      {"nb",
       "Informasjonsinnhentingsprosessen forutsetter kredittvurderingsrelaterte samtykkeerklæringer.\n",
       "50",
       {"1:1 default"}},
      {"nn", "Opplysningsinnhentinga føreset kredittvurderingsrelaterte samtykkeerklæringar.\n", "50", {"1:1 default"}},
      {"en",
       "Notwithstanding aforementioned considerations, authorisation encompasses comprehensive retrieval.\n",
       "50",
       {"1:1 default"}},
      {"nb", "Du kan si nei.\n", "50", {}},
      {"nb", lint::testing::kNb, "10", {"1:1 default"}},  // the threshold is an option
  }));
  const std::string options = "{metric: lix, max: " + max + ", abbreviations: text/abbreviations}";
  CHECK(run_text_rule(rule("text-metric", options), {{slot, text}}, slot) == expected);
}

TEST_CASE("kind text-metric: length in user-perceived characters") {
  auto [text, max, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"ååååå ååååå\n", "11", {}},  // 11 characters, 22 bytes of letters
      {"ååååå ååååå\n", "10", {"1:1 default"}},
      {"e\u0301e\u0301e\u0301\n", "3", {}},  // a letter and its combining accent are one character
      {"\U0001F468\u200D\U0001F469\u200D\U0001F467 ok\n", "4", {}},  // an emoji family is one
      {"abc\r\n\r\n", "3", {}},                                      // the final line ends do not count
      {"# Tittel\n\nTekst\n", "14", {"1:1 default"}},                // Markdown counts: the text as written
  }));
  CHECK(run_text_rule(rule("text-metric", "{metric: length, max: " + max + "}"), {{"nb", text}}, "nb") == expected);
}

TEST_CASE("kind text-metric: the limit is inclusive, and a text without a config or a language is measured") {
  const std::string long_text(1501, 'a');
  const auto r = rule("text-metric", "{metric: length, max: 1500}");
  CHECK(run_text_rule(r, {{"en", long_text}}, "en") == Findings{"1:1 default"});
  CHECK(run_text_rule(r, {{"en", long_text.substr(1)}}, "en").empty());
  CHECK(run_text_rule(r, {{"xx", long_text}}, "xx", "") == Findings{"1:1 default"});
}

TEST_CASE("kind text-metric: options") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{metric: words, max: 5}", "metric"},
      {"{metric: lix, max: -1, abbreviations: text/abbreviations}", "negative"},
      {"{metric: lix, max: many, abbreviations: text/abbreviations}", "number"},
      {"{metric: length}", "missing option 'max'"},  // no limit is assumed
      {"{metric: lix, max: 50}", "missing option 'abbreviations'"},
      {"{metric: length, max: 1500, abbreviations: text/abbreviations}", "unknown option 'abbreviations'"},
  }));
  const std::string error = load_error(rule("text-metric", options));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
