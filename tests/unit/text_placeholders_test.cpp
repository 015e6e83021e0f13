// Unit tests for lint::text::find_placeholders with the default patterns of
// rules/data/text/placeholders.yaml.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/text/data.h"
#include "lint/text/placeholders.h"

using namespace lint::text;

namespace {

const PlaceholderPatterns& default_patterns() {
  static const PlaceholderPatterns p = load_placeholder_patterns(
      YAML::LoadFile(std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/placeholders.yaml"));
  return p;
}

}  // namespace

TEST_CASE("text/placeholders: draft markers are found, near misses are not", "[text][placeholders]") {
  struct Case {
    const char* input;
    std::vector<std::string> found;  // "id=text"
  };
  const Case cases[] = {
      {"Samtykket varer i 90 dager og gjelder Eksempelbanken ASA.", {}},
      {"Hei {{kundenavn}}, vi henter krav.", {"mustache={{kundenavn}}"}},
      {"Hei {{ kunde.navn }}!", {"mustache={{ kunde.navn }}"}},
      {"Beløp ${BELOP} kr", {"dollar-brace=${BELOP}"}},
      {"Gjelder i %d dager for %s.", {"printf=%d", "printf=%s"}},
      {"Positional %1$s here", {"printf=%1$s"}},
      {"TODO: skriv ferdig", {"todo=TODO"}},
      {"todo skriv ferdig", {"todo=todo"}},
      {"FIXME", {"todo=FIXME"}},
      {"Gjelder til TBD.", {"tbd=TBD"}},
      {"Kontonummer XXX", {"xxx=XXX"}},
      {"Ring xxxx xx xxx", {"xxx=xxxx", "xxx=xxx"}},
      {"Lorem ipsum dolor sit amet", {"lorem-ipsum=Lorem ipsum"}},
      {"LOREM\nIPSUM", {"lorem-ipsum=LOREM\nIPSUM"}},
      {"Vi i [sett inn bankens navn] henter", {"fill-in=[sett inn bankens navn]"}},
      {"{{TODO}}", {"mustache={{TODO}}"}},  // one finding per defect
      // near misses
      {"Størrelse XXXL og XXL", {}},
      {"Renten er 5 % som regel, 100 %-andel", {}},
      {"Vi har mange todos og en todolist", {}},
      {"lorem alene, ipsum alene", {}},
      {"Pris $100 og {enkel} klamme og {{ uten slutt", {}},
      {"Se [vilkårene](https://bank.no)", {}},
  };
  REQUIRE(default_patterns().any);  // the loader indexes the patterns in one set
  PlaceholderPatterns unindexed = default_patterns();
  unindexed.any = nullptr;  // every pattern runs: the set must only skip what cannot match
  PlaceholderPatterns eager = default_patterns();
  index_placeholders(eager, 0);  // the set from the first text on
  PlaceholderPatterns after_two = default_patterns();
  index_placeholders(after_two, 2);  // pattern by pattern for two texts, then the set
  for (const Case& c : cases) {
    INFO(c.input);
    for (const PlaceholderPatterns* patterns : {&default_patterns(), static_cast<const PlaceholderPatterns*>(&unindexed),
                                                static_cast<const PlaceholderPatterns*>(&eager),
                                                static_cast<const PlaceholderPatterns*>(&after_two)}) {
      std::vector<std::string> found;
      for (const PlaceholderFinding& f : find_placeholders(c.input, *patterns)) found.push_back(f.id + "=" + f.text);
      CHECK(found == c.found);
    }
  }
}

TEST_CASE("text/placeholders: spans and custom patterns", "[text][placeholders]") {
  const std::string text = "Kjære {{navn}}";
  const auto found = find_placeholders(text, default_patterns());
  REQUIRE(found.size() == 1);
  CHECK(found[0].span == Span{7, 15});

  PlaceholderPatterns custom{{{"ok", "(?i)\\bbankens? navn\\b", "", nullptr}, {"broken", "(unclosed", "", nullptr}},
                             nullptr};
  const auto mine = find_placeholders("Skriv BANKENS NAVN her", custom);
  REQUIRE(mine.size() == 1);
  CHECK(mine[0].id == "ok");
  CHECK(find_placeholders("", custom).empty());
  std::string error;
  CHECK_FALSE(valid_placeholder_regex("(unclosed", error));
  CHECK_FALSE(error.empty());
}
