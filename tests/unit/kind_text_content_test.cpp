// Table-driven tests of kind text-content (TXT007–TXT011): a text says what a consent text should say.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"
#include "text_samples.h"

using lint::testing::kEn;
using lint::testing::kNb;
using lint::testing::kNn;
using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

namespace {

// The data tables every text-content rule names, as rules/texts.yaml gives them.
const std::string kData =
    "phrases: text/phrases, abbreviations: text/abbreviations, profiles: text/language_profiles, slots: text/languages";
// What `require: [institution]` needs besides.
const std::string kInstitution = "institution_field: institution.name, suffixes: institution_suffixes, ";

std::string options(const std::string& require) {
  const bool institution = require.find("institution") != std::string::npos;
  return "{require: [" + require + "], " + (institution ? kInstitution : "") + kData + "}";
}

Findings content(const std::string& require, const std::string& slot, const std::string& text,
                 const std::string& config = lint::testing::kTextConfig, const std::string& extra = "") {
  return run_text_rule(rule("text-content", options(require)), {{slot, text}}, slot, config, extra);
}

std::string without(std::string s, const std::string& what, const std::string& with = "") {
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
  return s;
}

}  // namespace

TEST_CASE("kind text-content: the samples say everything, in all three languages") {
  for (const char* require :
       {"institution", "source", "claims_and_payments", "duration", "withdrawal, withdrawal_place"}) {
    INFO(require);
    CHECK(content(require, "nb", kNb).empty());
    CHECK(content(require, "nn", kNn).empty());
    CHECK(content(require, "en", kEn).empty());
  }
}

TEST_CASE("kind text-content") {
  auto [require, slot, text, expected] = GENERATE(table<std::string, std::string, std::string, Findings>({
      // TXT007: the institution, legal suffix optional, genitive accepted.
      {"institution", "nb", "# Samtykke\n\nVi ber om samtykke til å hente krav fra Skatteetaten.\n", {"1:1 default"}},
      {"institution", "nb", "Eksempelbankens kunder kan gi samtykke.\n", {}},
      {"institution", "en", "Eksempelbanken ASA asks for your consent.\n", {}},
      {"institution", "nn", "Eksempel banken ber om samtykke.\n", {"1:1 default"}},  // near miss: two words
      // TXT008: Skatteetaten as the source.
      {"source", "nb", "Banken henter krav og betalinger.\n", {"1:1 default"}},
      {"source", "nn", "Banken hentar krav frå Skatteetaten.\n", {}},
      {"source", "en", "We fetch data from the Norwegian Tax Administration.\n", {}},
      {"source", "en", "We fetch data from the tax office.\n", {"1:1 default"}},
      // TXT009: claims and payments, inflected and compounded.
      {"claims_and_payments", "nb", "Vi henter skattekrav og innbetalinger fra Skatteetaten.\n", {}},
      {"claims_and_payments", "nb", "Vi henter opplysninger fra Skatteetaten.\n", {"1:1 default"}},
      {"claims_and_payments", "nn", "Vi hentar krava og betalingane dine.\n", {}},
      {"claims_and_payments", "en", "We fetch your claims and payments.\n", {}},
      {"claims_and_payments", "en", "We fetch information about you.\n", {"1:1 default"}},
      // TXT010: how long it lasts.
      {"duration", "nb", "Samtykket er gyldig i 90 dager.\n", {}},
      {"duration", "nb", "Samtykket gjelder bedriften.\n", {"1:1 default"}},
      {"duration", "nn", "Samtykket varer i 90 dagar.\n", {}},
      {"duration", "en", "The consent expires after 90 days.\n", {}},
      {"duration", "en", "You give your consent in Altinn.\n", {"1:1 default"}},
      // TXT011: withdrawal, and where; «Altinn» in a heading counts.
      {"withdrawal, withdrawal_place",
       "nb",
       "Du kan trekke samtykket tilbake når som helst.\n",
       {"1:1 withdrawal_place"}},
      {"withdrawal, withdrawal_place", "nb", "Les mer om samtykket i Altinn.\n", {"1:1 withdrawal"}},
      {"withdrawal, withdrawal_place", "nb", "Les mer om samtykket på nettsidene.\n", {"1:1 default"}},
      {"withdrawal, withdrawal_place", "nb", "## Altinn\n\nDu kan trekke samtykket tilbake der.\n", {}},
      {"withdrawal, withdrawal_place", "nn", "Du kan trekkje samtykket attende i Altinn.\n", {}},
      {"withdrawal, withdrawal_place", "en", "You can revoke the consent in Altinn.\n", {}},
      {"withdrawal, withdrawal_place", "en", "You can withdraw it at any time.\n", {"1:1 withdrawal_place"}},
  }));
  CHECK(content(require, slot, text) == expected);
}

TEST_CASE("kind text-content: a text in the wrong language is left to TXT006") {
  const std::string nb = without(kNb, " i Altinn");
  CHECK(content("withdrawal, withdrawal_place", "nb", nb) == Findings{"1:1 withdrawal_place"});
  CHECK(content("withdrawal, withdrawal_place", "nn", nb).empty());  // bokmål in nn: TXT006's finding
  CHECK(content("source", "en", without(kNb, "Skatteetaten", "etaten")).empty());
}

TEST_CASE("kind text-content: texts without a config or a language") {
  CHECK(content("institution", "nb", "Vi ber om samtykke.\n", "").empty());  // no config: no name to look for
  CHECK(content("source", "nb", "Banken henter krav.\n", "") == Findings{"1:1 default"});  // language from the name
  CHECK(content("source", "xx", "Banken henter krav.\n", "").empty());  // no language: the phrasings are unknown
  const std::string no_name = "version: 1\nservice: krav-og-betalinger\n";
  CHECK(content("institution", "nb", "Vi ber om samtykke.\n", no_name).empty());
}

TEST_CASE("kind text-content: a bank adds phrasings with a bank/phrases table") {
  const std::string text = "Vi henter krav fra skattemyndighetene.\n";
  const std::string bank = "data: bank/phrases\ncontent:\n  lists:\n    source:\n      nb: [\"skattemyndighet*\"]\n";
  CHECK(content("source", "nb", text) == Findings{"1:1 default"});
  CHECK(content("source", "nb", text, lint::testing::kTextConfig, bank).empty());
  CHECK(content("source", "en", "We fetch data from the tax office.\n", lint::testing::kTextConfig, bank) ==
        Findings{"1:1 default"});  // only for nb
}

TEST_CASE("kind text-content: options") {
  auto [opts, message] = GENERATE_REF(table<std::string, std::string>({
      {options("purpose"), "'purpose' is neither"},
      {"{" + kData + "}", "missing option 'require'"},
      {"{require: [source], phrases: text/none, abbreviations: text/abbreviations}", "no data table 'text/none'"},
      // Every data table is named by the rule: none has a default.
      {"{require: [source], abbreviations: text/abbreviations, profiles: text/language_profiles, slots: "
       "text/languages}",
       "missing option 'phrases'"},
      {"{require: [source], phrases: text/phrases, profiles: text/language_profiles, slots: text/languages}",
       "missing option 'abbreviations'"},
      {"{require: [source], phrases: text/phrases, abbreviations: text/abbreviations, slots: text/languages}",
       "missing option 'profiles'"},
      {"{require: [source], phrases: text/phrases, abbreviations: text/abbreviations, profiles: "
       "text/language_profiles}",
       "missing option 'slots'"},
      // The institution's field and suffixes: required with `institution`, meaningless without it.
      {"{require: [institution], suffixes: institution_suffixes, " + kData + "}", "missing option 'institution_field'"},
      {"{require: [institution], institution_field: institution.name, " + kData + "}", "missing option 'suffixes'"},
      {"{require: [institution], institution_field: institution.name, suffixes: nothing, " + kData + "}",
       "'nothing' is not a phrase list"},
      {"{require: [source], suffixes: institution_suffixes, " + kData + "}",
       "'suffixes' applies only when 'require' has 'institution'"},
  }));
  const std::string error = load_error(rule("text-content", opts));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
