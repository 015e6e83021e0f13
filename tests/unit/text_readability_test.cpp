// Unit tests for lint::text::lix (LIX readability index).
#include <catch2/catch.hpp>

#include <string>

#include "lint/text/markdown.h"
#include "lint/text/readability.h"

using namespace lint::text;

TEST_CASE("text/readability: LIX values", "[text][readability]") {
  struct Case {
    const char* text;
    double lix;
  };
  const Case cases[] = {
      {"", 0.0},
      {"Vi har det bra.", 4.0},                                   // 4 words, 1 sentence, 0 long
      {"Samtykket gjelder innhenting.", 3.0 + 100.0},             // all three have more than 6 letters
      {"Særlig. Blåbær.", 1.0},                                   // six letters each: not long
      {"Kortere ord her. Og her.", 2.5 + 100.0 / 5.0},            // «kortere» has 7 letters
      {"# Opplysninger\n\nDu får 90 dager.", 2.5 + 100.0 / 5.0},  // heading is a sentence; numbers are words
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(lix(analyse_markdown(c.text)) == Approx(c.lix));
  }
}

TEST_CASE("text/readability: long bureaucratic text scores higher than plain text", "[text][readability]") {
  const double plain = lix(analyse_markdown("Vi henter krav fra Skatteetaten. Du kan si nei. Det er lett."));
  const double heavy = lix(analyse_markdown(
      "Innhentingen av opplysninger om skattekrav og innbetalingsinformasjon gjennomføres i henhold til "
      "samtykkeerklæringen og tilhørende personvernbestemmelser for kredittvurderingsformål."));
  CHECK(plain < 30);
  CHECK(heavy > 50);
}
