// Unit tests for lint::text phrase matching (content checks) with rules/data/text/phrases.yaml.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "lint/text/data.h"
#include "lint/text/markdown.h"
#include "lint/text/phrases.h"

using namespace lint::text;

namespace {

const PhraseCatalogue& catalogue() {
  static const PhraseCatalogue c =
      load_phrase_catalogue(YAML::LoadFile(std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/phrases.yaml"));
  return c;
}

// The matched text, or "-" when nothing matches.
std::string matched(const std::string& text, const PhraseList& list) {
  const auto m = find_phrase(analyse_markdown(text), list);
  return m ? text.substr(m->span.begin, m->span.size()) : "-";
}

}  // namespace

TEST_CASE("text/phrases: word patterns", "[text][phrases]") {
  struct Case {
    const char* pattern;
    const char* word;
    bool match;
  };
  const Case cases[] = {
      {"krav", "krav", true},
      {"krav", "kravet", false},
      {"samtykke*", "samtykke", true},
      {"samtykke*", "samtykkeperioden", true},
      {"samtykke*", "samtykket", true},
      {"samtykke*", "samtykk", false},
      {"*krav", "skattekrav", true},
      {"*krav", "kravet", false},
      {"*betaling*", "innbetalingene", true},
      {"*betaling*", "betal", false},
      {"Altinn*", "altinns", true},
      {"ÆRLIG", "ærlig", true},
  };
  for (const Case& c : cases) {
    INFO(c.pattern << " ~ " << c.word);
    CHECK(word_matches(parse_word_pattern(c.pattern), c.word) == c.match);
  }
  CHECK(parse_word_pattern("...").kind == WordPattern::Kind::gap);
  CHECK_FALSE(word_matches(parse_word_pattern("*ane"), "ane", 3));
  CHECK(word_matches(parse_word_pattern("*ane"), "husane", 3));
}

TEST_CASE("text/phrases: parse_phrase splits like the text", "[text][phrases]") {
  const Phrase p = parse_phrase("  E-post*  ...   Krav ");
  REQUIRE(p.words.size() == 4);
  CHECK(p.words[0] == WordPattern{WordPattern::Kind::exact, "e"});
  CHECK(p.words[1] == WordPattern{WordPattern::Kind::prefix, "post"});
  CHECK(p.words[2].kind == WordPattern::Kind::gap);
  CHECK(p.words[3] == WordPattern{WordPattern::Kind::exact, "krav"});
  CHECK(parse_phrase("   ").words.empty());
}

TEST_CASE("text/phrases: content phrases per language", "[text][phrases]") {
  struct Case {
    const char* list;
    const char* lang;
    const char* text;
    const char* match;
  };
  const Case cases[] = {
      {"source", "nb", "Opplysningene kommer fra Skatteetaten.", "Skatteetaten"},
      {"source", "nb", "Vi leser **Skatteetatens** register.", "Skatteetatens"},
      {"source", "nb", "Opplysningene kommer fra Altinn.", "-"},
      {"source", "en", "Data from the Norwegian Tax Administration.", "Norwegian Tax Administration"},
      {"claims_and_payments", "nb", "Vi henter krav og betalinger.", "krav og betalinger"},
      {"claims_and_payments", "nb", "Vi henter skattekrav og innbetalinger.", "skattekrav og innbetalinger"},
      {"claims_and_payments", "nb", "Vi henter krav- og betalingsinformasjon.", "krav- og betalingsinformasjon"},
      {"claims_and_payments", "nb", "Vi henter kravene dine og betalingene.", "kravene dine og betalingene"},
      {"claims_and_payments", "nn", "Me hentar krava og betalingane dine.", "krava og betalingane"},
      {"claims_and_payments", "nb", "Vi henter krav. Betalinger henter vi ikke.", "-"},  // not across sentences
      {"claims_and_payments", "nb", "Vi henter krav fra fire ulike kilder om betalinger.", "-"},  // gap too wide
      {"claims_and_payments", "en", "We fetch claims and payments.", "claims and payments"},
      {"duration", "nb", "Samtykket gjelder i 90 dager.", "gjelder i"},
      {"duration", "en", "The consent expires after 90 days.", "expires"},
      {"withdrawal", "nb", "Du kan trekke samtykket ditt tilbake.", "trekke samtykket ditt tilbake"},
      {"withdrawal", "nb", "Du kan trekke tilbake samtykket.", "trekke tilbake"},
      {"withdrawal", "nn", "Du kan trekkje samtykket attende.", "trekkje samtykket attende"},
      {"withdrawal", "en", "You may withdraw your consent.", "withdraw"},
      {"withdrawal", "nb", "Du kan trekke opp et nytt lån og betale tilbake senere.", "-"},
      {"withdrawal_place", "nb", "# Trekk samtykket i Altinn\n\nTekst.", "Altinn"},  // a heading counts
      {"withdrawal_place", "en", "Go to altinn.no to withdraw.", "altinn.no"},
      {"withdrawal_place", "nb", "Gå til [Altinn](https://www.altinn.no).", "Altinn"},
      {"withdrawal_place", "nb", "Gå til https://www.altinn.no.", "-"},  // a URL is not prose
      {"withdrawal_place", "nb", "<!-- Altinn -->Gå til banken.", "-"},
  };
  for (const Case& c : cases) {
    INFO(c.list << "/" << c.lang << ": " << c.text);
    CHECK(matched(c.text, catalogue().get(c.list, c.lang)) == c.match);
  }
}

TEST_CASE("text/phrases: catalogue lookup merges 'all'", "[text][phrases]") {
  CHECK_FALSE(catalogue().get("institution_suffixes", "nb").phrases.empty());
  CHECK(catalogue().get("withdrawal_place", "nn").phrases.size() == 1);
  CHECK(catalogue().get("no-such-list", "nb").phrases.empty());
  CHECK(catalogue().get("source", "de").phrases.empty());
}

TEST_CASE("text/phrases: institution names with and without legal suffix", "[text][phrases]") {
  const PhraseList suffixes = catalogue().get("institution_suffixes", "nb");
  struct Case {
    const char* name;
    const char* text;
    const char* match;
  };
  const Case cases[] = {
      {"Eksempelbanken ASA", "Eksempelbanken ASA henter data.", "Eksempelbanken"},
      {"Eksempelbanken ASA", "Eksempelbanken henter data.", "Eksempelbanken"},
      {"Eksempelbanken ASA", "Eksempelbankens kunder.", "Eksempelbankens"},
      {"Sparebanken Fjord AS", "I **Sparebanken Fjord** henter vi.", "Sparebanken Fjord"},
      {"Sparebanken Fjord AS", "Sparebanken Vest henter.", "-"},
      {"Eksempelbanken ASA", "En annen bank ASA.", "-"},
      {"Bank-Norge AS", "Bank-Norge henter.", "Bank-Norge"},
  };
  for (const Case& c : cases) {
    INFO(c.name << ": " << c.text);
    const PhraseList list{{institution_phrase(c.name, suffixes)}};
    CHECK(matched(c.text, list) == c.match);
  }
  const Phrase only_suffix = institution_phrase("AS", suffixes);
  REQUIRE(only_suffix.words.size() == 1);
  CHECK(only_suffix.words[0].kind == WordPattern::Kind::exact);
}

TEST_CASE("text/phrases: all matches and first-match order", "[text][phrases]") {
  const TextModel m = analyse_markdown("Altinn her. Og Altinn der.");
  const PhraseList list{{parse_phrase("altinn"), parse_phrase("her")}};
  CHECK(find_all_phrases(m, list).size() == 3);
  const auto first = find_phrase(m, list);
  REQUIRE(first);
  CHECK(first->phrase == 0);
  CHECK(first->span == Span{0, 6});
  CHECK_FALSE(find_phrase(m, PhraseList{}));
  CHECK_FALSE(find_phrase(analyse_markdown(""), list));
}

TEST_CASE("text/phrases: the word index finds what a scan of every word finds", "[text][phrases]") {
  const char* texts[] = {
      "Samtykket gjelder i 90 dager. Du kan trekke samtykket tilbake i nettbanken. Samtykke til henting.",
      "Samtykket gjeld i 90 dagar. Du kan trekkje samtykket attende i nettbanken, når som helst.",
      "Your consent is valid for 90 days. You may withdraw your consent at any time in the online bank.",
      "Krav og betalinger: Skatteetaten, innbetalinger, skattekrav og kravet. Altinn Altinn altinn.",
      "",
  };
  const char* phrases[] = {"samtykke*", "gjelder ... dager", "kan trekke* ... tilbake", "*krav", "*betaling*",
                           "altinn", "withdraw ... consent", "i", "når som helst"};
  for (const char* text : texts) {
    const TextModel indexed = analyse_markdown(text);
    TextModel scanned = indexed;
    scanned.by_word.clear();  // without the index every word is tried
    INFO(text);
    CHECK(indexed.by_word.size() == indexed.words.size());
    PhraseList all;
    for (const char* phrase : phrases) {
      const PhraseList one{{parse_phrase(phrase)}};
      all.phrases.push_back(one.phrases.front());
      INFO(phrase);
      CHECK(find_all_phrases(indexed, one) == find_all_phrases(scanned, one));
      CHECK(find_phrase(indexed, one) == find_phrase(scanned, one));
    }
    CHECK(find_all_phrases(indexed, all) == find_all_phrases(scanned, all));
    CHECK(find_phrase(indexed, all) == find_phrase(scanned, all));
  }
}

TEST_CASE("text/phrases: a baked catalogue answers of() as get() does, without copies", "[text][phrases]") {
  PhraseCatalogue baked = catalogue();
  CHECK(baked.of("source", "nb").phrases.empty());  // not baked yet
  baked.bake();
  const auto texts = [](const PhraseList& l) {
    std::vector<std::string> out;
    for (const Phrase& p : l.phrases) out.push_back(p.text);
    return out;
  };
  std::size_t compared = 0;
  for (const auto& [name, by_lang] : baked.lists) {
    for (const std::string lang : {"nb", "nn", "en", "all", "se"}) {  // "se": in no list, only "all" applies
      CAPTURE(name, lang);
      CHECK(texts(baked.of(name, lang)) == texts(baked.get(name, lang)));
      CHECK(&baked.of(name, lang) == &baked.of(name, lang));
      ++compared;
    }
  }
  CHECK(compared >= 5 * 5);
  CHECK(baked.of("no-such-list", "nb").phrases.empty());
}

TEST_CASE("text/phrases: the word index orders words by their folded form, then by position", "[text][phrases]") {
  // Long words that share their first eight bytes, words of one to eight bytes, and letters above
  // ASCII (compared as unsigned bytes, so «å» sorts after «z»).
  const TextModel m = analyse_markdown(
      "Samtykket samtykker samtykke samtykkeerklæring samtykkeerklæringen a ab abc abcdefgh abcdefghi "
      "zebra Æble ærlig åpen øre samtykket a Samtykkeerklæring 12 12a.");
  REQUIRE(m.by_word.size() == m.words.size());
  std::vector<std::uint32_t> expected(m.words.size());
  for (std::uint32_t i = 0; i < expected.size(); ++i) expected[i] = i;
  std::stable_sort(expected.begin(), expected.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return m.words[a].lower < m.words[b].lower; });
  CHECK(m.by_word == expected);
}
