// TXT010 on realistic consent texts in nb, nn and en: a duration phrasing followed by an amount (a
// number with or without a unit word, or a date) states how long the consent lasts; a phrasing alone does not.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"
#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

namespace fs = std::filesystem;
using Findings = std::vector<std::string>;

// The built-in TXT010 on one text linted on its own as samtykke.<lang>.md: its findings as "line:col".
Findings txt010(const std::string& lang, const std::string& text) {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  const fs::path dir = fs::temp_directory_path() / ("dsoplint-txt010-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / ("samtykke." + lang + ".md");
  std::ofstream(file, std::ios::binary) << text;
  lint::LintOptions options;
  options.today = *lint::parse_date("2026-12-15");
  Findings out;
  for (const auto& d : lint::Engine(*catalog, options).lint({lint::Input{file.string(), "", false}}))
    if (d.rule_id == "TXT010")
      out.push_back(std::to_string(d.location.start.line) + ":" + std::to_string(d.location.start.column));
  fs::remove_all(dir);
  return out;
}

// A realistic text around one sentence about the duration.
std::string nb_text(const std::string& duration) {
  return "# Samtykke til å hente krav og betalinger\n\nFjordbanken ber om samtykke til å hente opplysninger om krav og "
         "betalinger for bedriften din fra Skatteetaten. " +
         duration + " Du kan når som helst trekke samtykket tilbake i Altinn.\n";
}
std::string nn_text(const std::string& duration) {
  return "# Samtykke til å hente krav og innbetalingar\n\nFjordbanken ber om samtykke til å hente opplysningar om krav "
         "og innbetalingar for verksemda di frå Skatteetaten. " +
         duration + " Du kan når som helst trekkje samtykket tilbake i Altinn.\n";
}
std::string en_text(const std::string& duration) {
  return "# Consent to fetch claims and payments\n\nFjordbanken asks for your consent to fetch information about your "
         "business's claims and payments from Skatteetaten. " +
         duration + " You can withdraw your consent at any time in Altinn.\n";
}

const Findings kStated{};
const Findings kNotStated{"1:1"};

}  // namespace

TEST_CASE("rule TXT010: bokmål phrasings of how long the consent lasts") {
  auto [sentence, expected] = GENERATE(table<std::string, Findings>({
      {"Samtykket varer i 90 dager.", kStated},
      {"Samtykket gjelder i 90 dager fra du godkjenner det.", kStated},
      {"Samtykket gjelder 90 dager.", kStated},
      {"Samtykket gjelder til 31.12.2026.", kStated},  // a date, no unit word
      {"Samtykket gjelder til og med 31. mars 2027.", kStated},
      {"Samtykket er gyldig i tre måneder.", kStated},  // a number word
      {"Samtykket utløper etter 90 dager.", kStated},
      {"Samtykket utløper automatisk etter 90 dager.", kStated},  // one word between
      {"Samtykket ditt varer i inntil 90 dager.", kStated},
      {"Samtykket varer i en måned.", kStated},  // «en» is no number word, but «måned» is a unit
      {"Samtykkets varighet er 90 dager.", kStated},
      {"Du gir samtykke for 90 dager.", kStated},
      {"Samtykket varer i 90.", kStated},    // a number without a unit word
      {"Samtykket er gyldig.", kNotStated},  // says that, not how long
      {"Samtykket er gyldig til du trekker det tilbake.", kNotStated},
      {"Samtykket gjelder for bedriften din.", kNotStated},
      {"Vi henter krav for de siste 12 månedene.", kNotStated},  // a duration, but not the consent's
  }));
  INFO(sentence);
  CHECK(txt010("nb", nb_text(sentence)) == expected);
}

TEST_CASE("rule TXT010: nynorsk phrasings of how long the consent lasts") {
  auto [sentence, expected] = GENERATE(table<std::string, Findings>({
      {"Samtykket varer i 90 dagar.", kStated},
      {"Samtykket gjeld i 90 dagar.", kStated},
      {"Samtykket gjeld til 31.12.2026.", kStated},
      {"Samtykket er gyldig i tre månader.", kStated},
      {"Samtykket går ut etter 90 dagar.", kStated},
      {"Samtykket varar i 90 dagar.", kStated},
      {"Samtykket gjeld til og med 31. mars 2027.", kStated},
      {"Samtykket er gyldig.", kNotStated},
      {"Samtykket gjeld for verksemda di.", kNotStated},
  }));
  INFO(sentence);
  CHECK(txt010("nn", nn_text(sentence)) == expected);
}

TEST_CASE("rule TXT010: English phrasings of how long the consent lasts") {
  auto [sentence, expected] = GENERATE(table<std::string, Findings>({
      {"The consent lasts 90 days.", kStated},
      {"The consent is valid for 90 days.", kStated},
      {"Your consent expires after 90 days.", kStated},
      {"The consent is valid until 31 March 2027.", kStated},  // a date, no unit word
      {"The consent is valid for three months.", kStated},
      {"The consent is valid for a month.", kStated},
      {"You give your consent for 90 days.", kStated},
      {"The consent remains valid until you withdraw it.", kNotStated},
      {"The consent is valid.", kNotStated},
      {"You give your consent in Altinn.", kNotStated},
  }));
  INFO(sentence);
  CHECK(txt010("en", en_text(sentence)) == expected);
}

TEST_CASE("kind text-content: amount_after, a phrase that counts only where an amount follows") {
  const std::string options =
      "{require: [duration_statement], amount_after: [duration_statement], amount_within: 0, "
      "durations: text/durations, phrases: text/phrases, abbreviations: text/abbreviations, profiles: "
      "text/language_profiles, slots: text/languages}";
  const auto run = [&](const std::string& o, const std::string& text) {
    return lint::testing::run_text_rule(lint::testing::rule("text-content", o), {{"nb", text}}, "nb");
  };
  CHECK(run(options, "Samtykket varer 90 dager.\n").empty());
  CHECK(run(options, "Samtykket varer i 90 dager.\n") == Findings{});  // «varer i» is a phrase of its own
  CHECK(run(options, "Samtykket varer inntil 90 dager.\n") == Findings{"1:1 default"});  // within 0: no word between
  CHECK(run(options, "Samtykket varer.\n90 dager er lenge.\n") == Findings{"1:1 default"});  // another sentence
  using lint::testing::load_error;
  using lint::testing::rule;
  CHECK(load_error(rule("text-content",
                        "{require: [source], amount_after: [duration_statement], amount_within: 1, "
                        "durations: text/durations, phrases: text/phrases, abbreviations: text/abbreviations, "
                        "profiles: text/language_profiles, slots: text/languages}"))
            .find("not one of 'require'") != std::string::npos);
  CHECK(load_error(rule("text-content",
                        "{require: [duration_statement], amount_after: [duration_statement], "
                        "durations: text/durations, phrases: text/phrases, abbreviations: text/abbreviations, "
                        "profiles: text/language_profiles, slots: text/languages}"))
            .find("amount_within") != std::string::npos);
  CHECK(load_error(rule("text-content",
                        "{require: [duration_statement], amount_after: [duration_statement], "
                        "amount_within: 1, phrases: text/phrases, abbreviations: text/abbreviations, profiles: "
                        "text/language_profiles, slots: text/languages}"))
            .find("'durations'") != std::string::npos);
}
