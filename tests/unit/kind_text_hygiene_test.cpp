// Table-driven tests of kind text-hygiene (TXT002–TXT005): placeholders, mojibake, invisible characters, NFC.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

namespace {

// The options of a text-hygiene rule: placeholders name their pattern table, the other checks need none.
std::string options(const std::string& check) {
  return "{check: " + check + (check == "placeholders" ? ", patterns: text/placeholders}" : "}");
}

Findings hygiene(const std::string& check, const std::string& text, const std::string& lang = "nb") {
  return run_text_rule(rule("text-hygiene", options(check)), {{lang, text}}, lang);
}

}  // namespace

TEST_CASE("kind text-hygiene: placeholders and draft markers (TXT002)") {
  auto [lang, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", "Samtykket varer i {{valid_days}} dager.\n", {"1:19 default"}},
      {"nn", "Samtykket varer i ${DAGAR} dagar.\n", {"1:19 default"}},
      {"en", "The consent lasts %d days.\n", {"1:19 default"}},
      {"nb", "Vi må ha %s her.\n", {"1:10 default"}},  // columns count characters: «å» is one
      {"nb", "# Samtykke\n\nTODO: skriv ferdig. XXX\n", {"3:1 default", "3:21 default"}},
      {"en", "Lorem ipsum dolor sit amet.\n", {"1:1 default"}},
      {"nb", "Les mer [sett inn lenke].\n", {"1:9 default"}},
      {"nb", "{{TODO}}\n", {"1:1 default"}},  // one finding: the TODO is inside the placeholder
      // Near misses.
      {"nb", "Samtykket varer i 90 dager.\n", {}},
      {"nb", "Du får 50 % rabatt i XX-small og XL.\n", {}},
      {"en", "Read more at https://www.bank.no/a%20b.\n", {}},
  }));
  CHECK(hygiene("placeholders", text, lang) == expected);
}

TEST_CASE("kind text-hygiene: mojibake (TXT003)") {
  auto [lang, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", "Du kan nÃ¥r som helst trekke samtykket.\n", {"1:9 default"}},
      {"nn", "Du kan trekkje samtykket nÃ¥r som helst, og Ã¸nskjer du det.\n", {"1:27 default", "1:45 default"}},
      {"en", "Fjordbanken â€“ consent\n", {"1:13 default"}},
      {"nb", "Ærlig, åpen og Ø.\n", {}},  // real Norwegian letters are not mojibake
      {"en", "São Paulo, Zürich\n", {}},
  }));
  CHECK(hygiene("mojibake", text, lang) == expected);
}

TEST_CASE("kind text-hygiene: invisible characters (TXT004)") {
  auto [lang, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", "Samtykket\u200B varer.\n", {"1:10 default"}},
      {"nb", "\uFEFFSamtykket varer.\n", {"1:1 bom"}},
      {"nn", "Samtykket\uFEFF varer.\n", {"1:10 default"}},  // inside the text it is no BOM
      {"en", "abc\u202Edef\u2066x\n", {"1:4 default", "1:8 default"}},
      {"nb", "sam\u00ADtykke\n", {"1:4 default"}},
      {"nb", "Æ\u0007\n", {"1:2 default"}},
      // Near misses: visible spaces.
      {"nb", "90\u00A0dager og 10\u202F000 kroner\n", {}},
      {"en", "Tab\tseparated\r\nlines\n", {}},
  }));
  CHECK(hygiene("invisible", text, lang) == expected);
}

TEST_CASE("kind text-hygiene: not NFC (TXT005)") {
  auto [lang, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"nb", "Du kan na\u030Ar som helst.\n", {"1:9 default"}},
      {"nn", "Du kan na\u030Ar som helst og o\u0308nskjer.\n", {"1:9 default"}},  // one finding per text
      {"en", "Cafe\u0301\n", {"1:4 default"}},
      {"nb", "Du kan når som helst.\n", {}},
      {"en", "Café\n", {}},
  }));
  CHECK(hygiene("nfc", text, lang) == expected);
}

TEST_CASE("kind text-hygiene: a text without a config, and options") {
  // Hygiene needs no language: a text named on the command line without one is checked too.
  CHECK(run_text_rule(rule("text-hygiene", options("placeholders")), {{"xx", "TODO\n"}}, "xx", "") ==
        Findings{"1:1 default"});
  CHECK(run_rule(rule("text-hygiene", "{check: invisible}"), "a\u200Bb\n", "2026-11-27", "text") ==
        Findings{"1:2 default"});
  CHECK(load_error(rule("text-hygiene", "{check: spelling}")).find("check") != std::string::npos);
  CHECK(load_error(rule("text-hygiene", "{check: placeholders, patterns: text/nothing}")).find("no data table") !=
        std::string::npos);
  CHECK(load_error(rule("text-hygiene", "{check: placeholders, patterns: text/durations}")).find("invalid data") !=
        std::string::npos);
  CHECK(load_error(rule("text-hygiene", "{check: placeholders}")).find("missing option 'patterns'") !=
        std::string::npos);
  CHECK(
      load_error(rule("text-hygiene", "{check: nfc, patterns: text/placeholders}")).find("unknown option 'patterns'") !=
      std::string::npos);
}

TEST_CASE("text kinds: an empty text and a text of markup only") {
  const std::string sentences = "abbreviations: text/abbreviations";
  const std::string slots = "slots: text/languages";
  const std::vector<std::pair<std::string, std::string>> kinds = {
      {"text-hygiene", options("placeholders")},
      {"text-hygiene", options("mojibake")},
      {"text-hygiene", options("invisible")},
      {"text-hygiene", options("nfc")},
      {"text-language", "{" + slots + ", " + sentences + ", profiles: text/language_profiles}"},
      {"text-duration",
       "{field: altinn.valid_days, prefer_env: prod, context: [duration], durations: text/durations, "
       "phrases: text/phrases, " +
           sentences + ", " + slots + "}"},
      {"text-parity", "{reference: nb, " + sentences + "}"},
      {"text-metric", "{metric: lix, max: 50, " + sentences + "}"},
      {"text-metric", "{metric: length, max: 1500}"},
      {"person-id-in-text", ""}};
  for (const auto& [kind, options] : kinds)
    for (const std::string text : {"", "```\ncode\n```\n", "---\n| a |\n|---|\n"}) {
      INFO(kind << " " << options << " on '" << text << "'");
      CHECK(run_text_rule(rule(kind, options), {{"nb", text}, {"en", text}}, "en").empty());
    }
  // An empty text says nothing: the content rules report it.
  const std::string content =
      "{require: [source], phrases: text/phrases, " + sentences + ", profiles: text/language_profiles, " + slots + "}";
  CHECK(run_text_rule(rule("text-content", content), {{"nb", ""}}, "nb") == Findings{"1:1 default"});
}
