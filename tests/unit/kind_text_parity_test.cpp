// Table-driven tests of kind text-parity (TXT013): numbers, URLs and e-mail addresses agree with the nb version.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/text_harness.h"
#include "text_samples.h"

using lint::testing::rule;
using lint::testing::run_text_rule;
using Findings = std::vector<std::string>;

namespace {

const std::string kOptions = "{reference: nb, abbreviations: text/abbreviations}";
const std::string kNbShort = "Samtykket varer i 90 dager. Les mer på https://bank.no/samtykke.\n";

Findings parity(const std::string& slot, const std::string& text, const std::string& nb = kNbShort,
                const std::string& config = lint::testing::kTextConfig) {
  return run_text_rule(rule("text-parity", kOptions), {{"nb", nb}, {slot, text}}, slot, config);
}

}  // namespace

TEST_CASE("kind text-parity") {
  auto [slot, text, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"en", "The consent lasts 90 days. Read more at https://bank.no/samtykke.\n", {}},
      {"nn", "Samtykket varer i 90 dagar. Les meir på https://bank.no/samtykke.\n", {}},
      // A value that differs: at the value, with the nb value as related location.
      {"en",
       "The consent lasts 30 days. Read more at https://bank.no/samtykke.\n",
       {"1:19 default -> consent.nb.md:1:19"}},
      {"nn",
       "Samtykket varer i 90 dagar. Les meir på https://bank.no/samtykkje.\n",
       {"1:41 default -> consent.nb.md:1:40"}},
      // A value the nb version lacks, and one this version lacks.
      {"en",
       "The consent lasts 90 days. Read more at https://bank.no/samtykke or write to post@bank.no.\n",
       {"1:78 extra"}},
      {"en", "The consent lasts 90 days.\n", {"1:1 missing -> consent.nb.md:1:40"}},
      // Near misses: same values written differently or in another order.
      {"en", "Read more at HTTPS://Bank.no/samtykke/. The consent lasts 90 days.\n", {}},
      {"nn", "Samtykket varer i nitti dagar, sjå https://bank.no/samtykke. 90.\n", {}},
  }));
  CHECK(parity(slot, text) == expected);
}

TEST_CASE("kind text-parity: thousands separators, the samples, and person identifiers") {
  CHECK(parity("en", "Loans up to 10,000 kroner.\n", "Lån opp til 10 000 kroner.\n").empty());
  CHECK(parity("en", "Loans up to 10,500 kroner.\n", "Lån opp til 10 000 kroner.\n") ==
        Findings{"1:13 default -> consent.nb.md:1:13"});
  // A phone number written in groups is one value, reported once.
  CHECK(parity("en", "Call 22 00 00 00.\n", "Ring 22 00 00 00.\n").empty());
  CHECK(parity("en", "Call 22 00 00 00.\n", "Ring oss.\n") == Findings{"1:6 extra"});
  CHECK(parity("en", lint::testing::kEn, lint::testing::kNb).empty());
  CHECK(parity("nn", lint::testing::kNn, lint::testing::kNb).empty());
  // A fødselsnummer is ID003's: it is not compared (and so never shown in a TXT013 message).
  CHECK(parity("en", "The consent lasts 90 days.\n", "Samtykket varer i 90 dager. 15038543226\n").empty());
}

TEST_CASE("kind text-parity: only versions of one text with an nb version are compared") {
  const auto r = rule("text-parity", kOptions);
  CHECK(run_text_rule(r, {{"nb", kNbShort}, {"en", "30 days\n"}}, "nb").empty());  // nb is the reference itself
  CHECK(run_text_rule(r, {{"nn", kNbShort}, {"en", "30 days\n"}}, "en").empty());  // no nb version: TXT001's
  CHECK(parity("en", "30 days\n", kNbShort, "").empty());                          // no config: no siblings
}

TEST_CASE("kind text-parity: the reference language and the sentence data are required") {
  using lint::testing::load_error;
  CHECK(load_error(rule("text-parity", "{abbreviations: text/abbreviations}")).find("missing option 'reference'") !=
        std::string::npos);
  CHECK(load_error(rule("text-parity", "{reference: nb}")).find("missing option 'abbreviations'") != std::string::npos);
}
