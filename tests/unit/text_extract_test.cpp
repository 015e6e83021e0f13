// Unit tests for lint::text parity extraction (numbers, URLs, e-mail addresses) and number normalisation.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/text/extract.h"
#include "lint/text/markdown.h"

using namespace lint::text;

namespace {

std::vector<std::string> items(const std::string& text) {
  std::vector<std::string> out;
  for (const ParityItem& i : extract_parity_items(text, analyse_markdown(text))) {
    const char* kind = i.kind == ParityKind::number ? "n:" : i.kind == ParityKind::url ? "u:" : "e:";
    out.push_back(kind + i.value);
  }
  return out;
}

}  // namespace

TEST_CASE("text/extract: normalise_number", "[text][extract]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"90", "90"},
      {"10 000", "10000"},
      {"10,000", "10000"},
      {"10.000", "10000"},
      {"1,5", "1.5"},
      {"1.5", "1.5"},
      {"1.234,56", "1234.56"},
      {"1,234.56", "1234.56"},
      {"1 500 000", "1500000"},
      {"01.02.2026", "01.02.2026"},
      {"1234.56.78903", "1234.56.78903"},
      {"2.0", "2.0"},
      {"1.2.3", "1.2.3"},
      {"1,2,3", "1,2,3"},
      {"1.234.567,8", "1234567.8"},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(normalise_number(c.in) == c.out);
  }
}

TEST_CASE("text/extract: normalise_url", "[text][extract]") {
  CHECK(normalise_url("HTTPS://WWW.Altinn.NO/Path/") == "https://www.altinn.no/Path");
  CHECK(normalise_url("https://altinn.no/") == "https://altinn.no");
  CHECK(normalise_url("www.altinn.no") == "www.altinn.no");
  CHECK(normalise_url("mailto:Post@Bank.no") == "post@bank.no");
  CHECK(normalise_url("https://x.no/?a=B") == "https://x.no/?a=B");
}

TEST_CASE("text/extract: parity items of language versions", "[text][extract]") {
  struct Case {
    const char* text;
    std::vector<std::string> items;
  };
  const Case cases[] = {
      {"Ingen tall her.", {}},
      {"Samtykket gjelder i 90 dager.", {"n:90"}},
      {"The consent is valid for ninety days.", {}},
      {"1. Første punkt med 90 dager\n2. Andre punkt", {"n:90"}},  // list numbers are markup
      {"Lån opp til 10 000 kr, renten er 5,5 %.", {"n:10000", "n:5.5"}},
      {"Loans up to NOK 10,000, interest 5.5%.", {"n:10000", "n:5.5"}},
      {"Beløp: 1\u00A0500\u00A0000 kr", {"n:1500000"}},
      {"Se [Altinn](https://www.altinn.no/) eller skriv til Post@Bank.no.",
       {"u:https://www.altinn.no", "e:post@bank.no"}},
      {"Gjelder fra 1. januar 2026.", {"n:1", "n:2026"}},
      {"# Versjon 2\nTelefon 22 07 70 00", {"n:2", "n:22", "n:07", "n:70", "n:00"}},
      {"`90 dager` <!-- 30 -->", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(items(c.text) == c.items);
  }
}

TEST_CASE("text/extract: spans cover the number as written", "[text][extract]") {
  const std::string text = "Opp til 10 000 kr";
  const auto found = extract_parity_items(text, analyse_markdown(text));
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "10 000");
}
