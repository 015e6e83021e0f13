// Unit tests for lint::text::detect_language (bokmål, nynorsk and English consent texts) and the guess a document keeps.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <string>

#include "lint/ruleset/document.h"
#include "lint/text/data.h"
#include "lint/text/language.h"
#include "lint/text/markdown.h"

using namespace lint::text;

namespace {

const LanguageProfiles& profiles() {
  static const LanguageProfiles p = load_language_profiles(
      YAML::LoadFile(std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/language_profiles.yaml"));
  return p;
}

LanguageGuess guess(const std::string& text) { return detect_language(analyse_markdown(text), profiles()); }

}  // namespace

TEST_CASE("text/language: realistic consent texts are identified reliably", "[text][language]") {
  struct Case {
    const char* lang;
    const char* text;
  };
  const Case cases[] = {
      {"nb",
       "# Samtykke til innhenting av opplysninger\n\n"
       "Når du søker om lån i Eksempelbanken ASA, ber vi om ditt samtykke til å hente opplysninger "
       "om krav og betalinger fra Skatteetaten. Vi bruker opplysningene bare til å vurdere søknaden din. "
       "Samtykket gjelder i 90 dager. Du kan når som helst trekke samtykket tilbake i Altinn."},
      {"nb",
       "Vi henter informasjon om skattekrav og innbetalinger fra Skatteetaten. Opplysningene lagres "
       "ikke lenger enn nødvendig. Hvis du ikke vil gi samtykke, kan vi ikke behandle søknaden."},
      {"nb",
       "Hva betyr samtykket? Banken får se hvilke krav du har hos Skatteetaten, og hvordan du har "
       "betalt dem. Samtykket varer i tre måneder. Du kan trekke det tilbake i Altinn."},
      {"nn",
       "# Samtykke til innhenting av opplysningar\n\n"
       "Når du søkjer om lån i Eksempelbanken ASA, ber vi om samtykket ditt til å hente opplysningar "
       "om krav og betalingar frå Skatteetaten. Vi brukar opplysningane berre til å vurdere søknaden "
       "din. Samtykket gjeld i 90 dagar. Du kan når som helst trekkje samtykket attende i Altinn."},
      {"nn",
       "Me hentar informasjon om skattekrav og innbetalingar frå Skatteetaten. Opplysningane vert "
       "ikkje lagra lenger enn naudsynt. Dersom du ikkje vil gje samtykke, kan me ikkje handsame "
       "søknaden."},
      {"nn",
       "Kva tyder samtykket? Banken får sjå kva krav du har hos Skatteetaten, og korleis du har betalt "
       "dei. Samtykket varer i tre månader. Du kan trekkje det attende i Altinn."},
      {"en",
       "# Consent to collect information\n\n"
       "When you apply for a loan with Eksempelbanken ASA, we ask for your consent to retrieve "
       "information about claims and payments from the Norwegian Tax Administration (Skatteetaten). "
       "We only use the information to assess your application. The consent is valid for 90 days. "
       "You can withdraw it at any time in Altinn."},
      {"en",
       "We fetch your tax claims and payments from Skatteetaten. The data is not stored longer than "
       "necessary. If you do not consent, we cannot process your application."},
      {"en",
       "What does the consent mean? The bank can see which claims you have with Skatteetaten and how "
       "you paid them. The consent lasts three months. You can withdraw it in Altinn."},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const LanguageGuess g = guess(c.text);
    CHECK(g.best == c.lang);
    CHECK(g.reliable);
    REQUIRE(g.scores.size() == 3);
  }
}

TEST_CASE("text/language: nynorsk is not bokmål, and the reverse", "[text][language]") {
  const LanguageGuess nn = guess(
      "Eg gjev samtykke til at banken hentar opplysningar frå Skatteetaten. "
      "Samtykket gjeld i 90 dagar, og eg kan trekkje det attende.");
  CHECK(nn.best == "nn");
  CHECK(nn.score_of("nn") > nn.score_of("nb") + 5);
  const LanguageGuess nb = guess(
      "Jeg gir samtykke til at banken henter opplysninger fra Skatteetaten. "
      "Samtykket gjelder i 90 dager, og jeg kan trekke det tilbake.");
  CHECK(nb.best == "nb");
  CHECK(nb.score_of("nb") > nb.score_of("nn") + 5);
}

TEST_CASE("text/language: mixed texts go to the dominant language", "[text][language]") {
  struct Case {
    const char* lang;
    const char* text;
  };
  const Case cases[] = {
      // nynorsk with a few bokmål forms slipped in
      {"nn",
       "Vi hentar opplysningar frå Skatteetaten. Samtykket gjeld i 90 dager. Du kan ikkje bruke tenesta "
       "utan samtykke, men du kan trekkje det attende."},
      // bokmål with one nynorsk word
      {"nb",
       "Vi henter opplysninger fra Skatteetaten. Samtykket gjelder i 90 dager. Du kan ikke bruke tjenesten "
       "uten samtykke, men du kan trekke det attende."},
      // bokmål with English product names
      {"nb",
       "Logg inn i Mobile Banking Plus. Der kan du gi samtykke, og vi henter opplysninger fra Skatteetaten "
       "om krav og betalinger. Samtykket gjelder i 90 dager."},
      // English with Norwegian names and a Norwegian term
      {"en",
       "Skatteetaten (the Norwegian Tax Administration) shares your «krav og betalinger» with us through "
       "Altinn. The consent is valid for 90 days and you can withdraw it at any time."},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(guess(c.text).best == c.lang);
  }
}

TEST_CASE("text/language: too little evidence is not reliable", "[text][language]") {
  const LanguageGuess empty = guess("");
  CHECK(empty.best.empty());
  CHECK_FALSE(empty.reliable);
  CHECK(empty.scores.size() == 3);
  CHECK_FALSE(guess("Skatteetaten Altinn 90").reliable);
  CHECK_FALSE(guess("Samtykke").reliable);  // Norwegian, but bokmål or nynorsk?
  CHECK(guess("Samtykke").score_of("en") == 0);
  CHECK(guess("Samtykke").score_of("xx") == 0);
}

TEST_CASE("text/language: patterns count for unlisted words only", "[text][language]") {
  LanguageProfiles p;
  p.languages.push_back({"nn", {{"ikkje", 3}}, {{parse_word_pattern("*ane"), 1}}});
  p.languages.push_back({"nb", {{"bilane", 0.5}}, {}});
  p.min_score = 1;
  p.min_margin = 1.0;
  const LanguageGuess g = detect_language(analyse_markdown("bilane husane ane"), p);
  CHECK(g.score_of("nn") == Approx(1.0));  // husane only: bilane is listed, "ane" has no stem
  CHECK(g.score_of("nb") == Approx(0.5));
  CHECK(g.best == "nn");
  CHECK_FALSE(g.reliable);
}

TEST_CASE("text/language: a document keeps one guess per text model and profiles", "[text][language]") {
  lint::Document doc;
  doc.kind = lint::DocKind::Text;
  doc.source = lint::SourceFile("samtykke.md", "Eg gjev samtykke til at banken hentar opplysningar om krav.\n");
  const SentenceRules rules;
  const TextModel& model = doc.text_model(rules);
  const LanguageGuess& first = doc.language_guess(model, profiles());
  CHECK(first.best == "nn");
  CHECK(first.reliable);
  CHECK(&doc.language_guess(model, profiles()) == &first);  // kept, not guessed again
  LanguageProfiles english_only;
  english_only.languages.push_back({"en", {{"the", 1}}, {}});
  const LanguageGuess& other = doc.language_guess(model, english_only);
  CHECK(&other != &first);
  CHECK(other.best.empty());
  CHECK(doc.language_guess(model, profiles()).best == "nn");
}

TEST_CASE("text/language: scores are the same whether each word or each distinct word is looked up", "[text][language]") {
  // With the word index, a word that repeats is weighed once; without it, every time.
  const TextModel indexed = analyse_markdown(
      "Banken henter krav og betalinger. Banken henter krav om skatt, og banken viser krav og betalinger. "
      "Me hentar krav. We fetch claims and payments 12 12 times.");
  TextModel scanned = indexed;
  scanned.by_word.clear();
  const LanguageGuess a = detect_language(indexed, profiles()), b = detect_language(scanned, profiles());
  REQUIRE(a.scores.size() == b.scores.size());
  for (std::size_t k = 0; k < a.scores.size(); ++k) {
    CHECK(a.scores[k].lang == b.scores[k].lang);
    CHECK(a.scores[k].score == b.scores[k].score);  // exactly: summed in one order
  }
  CHECK(a.best == b.best);
  CHECK(a.reliable == b.reliable);
}
