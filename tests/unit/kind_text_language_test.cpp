// Table-driven tests of kind text-language (TXT006): a text is written in the language of its slot.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"
#include "text_samples.h"

using lint::testing::kEn;
using lint::testing::kNb;
using lint::testing::kNn;
using lint::testing::rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

namespace {

// The data tables the rule names, as rules/texts.yaml gives them.
const std::string kOptions =
    "{slots: text/languages, abbreviations: text/abbreviations, profiles: text/language_profiles}";

}  // namespace

TEST_CASE("kind text-language") {
  const auto r = rule("text-language", kOptions);
  auto [slot, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", kNb, {}},
      {"nn", kNn, {}},
      {"en", kEn, {}},
      {"nb", kNn, {"1:1 nn"}},  // nynorsk is not bokmål
      {"nn", kNb, {"1:1 nb"}},  // bokmål is not nynorsk
      {"en", kNb, {"1:1 nb"}},
      {"en", kNn, {"1:1 nn"}},
      {"nb", kEn, {"1:1 en"}},
      {"nn", kEn, {"1:1 en"}},
      // Too little evidence for a judgement: names only, or one shared word.
      {"en", "# Altinn\n\nSkatteetaten\n", {}},
      {"nn", "Samtykke\n", {}},
  }));
  CHECK(run_text_rule(r, {{slot, text}}, slot) == expected);
}

TEST_CASE("kind text-language: a text named on the command line takes its language from its name") {
  const auto r = rule("text-language", kOptions);
  CHECK(run_text_rule(r, {{"nn", kNb}}, "nn", "") == Findings{"1:1 nb"});
  CHECK(run_text_rule(r, {{"en", kEn}}, "en", "").empty());
  CHECK(run_text_rule(r, {{"xx", kNb}}, "xx", "").empty());  // no language in the name: nothing to compare
}

TEST_CASE("kind text-language: the language slots are data") {
  // A slot table without nn: a text in the nn slot, or named *.nn.md, has no language to judge.
  const std::string slots = "data: test/slots\ncontent: {slots: [nb, en]}\n";
  const auto r =
      rule("text-language", "{slots: test/slots, abbreviations: text/abbreviations, profiles: text/language_profiles}");
  CHECK(run_text_rule(r, {{"nn", kNb}}, "nn", lint::testing::kTextConfig, slots).empty());
  CHECK(run_text_rule(r, {{"nn", kNb}}, "nn", "", slots).empty());
  CHECK(run_text_rule(r, {{"en", kNb}}, "en", lint::testing::kTextConfig, slots) == Findings{"1:1 nb"});
  CHECK(lint::testing::load_error(
            rule("text-language", "{abbreviations: text/abbreviations, profiles: text/language_profiles}"))
            .find("missing option 'slots'") != std::string::npos);
}
