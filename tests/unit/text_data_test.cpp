// Unit tests for the lint::text data loaders: the shipped rules/data/text files and malformed data.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "lint/text/data.h"

using namespace lint::text;

namespace {

std::string data_path(const char* name) { return std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/" + name; }

std::string first_line(const char* name) {
  std::ifstream in(data_path(name));
  std::string line;
  std::getline(in, line);
  return line;
}

// The message of the DataError `f` throws, or "no error".
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("text/data: the shipped data files load and start with a comment", "[text][data]") {
  for (const char* name : {"abbreviations.yaml", "placeholders.yaml", "language_profiles.yaml", "phrases.yaml",
                           "durations.yaml", "languages.yaml"}) {
    INFO(name);
    CHECK(first_line(name).rfind("# ", 0) == 0);
  }
  const SentenceRules rules = load_sentence_rules(YAML::LoadFile(data_path("abbreviations.yaml")));
  CHECK(std::find(rules.abbreviations.begin(), rules.abbreviations.end(), "f.eks.") != rules.abbreviations.end());
  const PlaceholderPatterns patterns = load_placeholder_patterns(YAML::LoadFile(data_path("placeholders.yaml")));
  CHECK(patterns.patterns.size() >= 6);
  const LanguageProfiles profiles = load_language_profiles(YAML::LoadFile(data_path("language_profiles.yaml")));
  REQUIRE(profiles.languages.size() == 3);
  CHECK(profiles.languages[0].lang == "nb");
  CHECK(profiles.languages[1].words.at("ikkje") == Approx(3));
  CHECK(profiles.languages[1].words.at("og") == Approx(1));  // the shared list, through an anchor
  const PhraseCatalogue phrases = load_phrase_catalogue(YAML::LoadFile(data_path("phrases.yaml")));
  for (const char* list :
       {"institution_suffixes", "source", "claims_and_payments", "duration", "withdrawal", "withdrawal_place"})
    CHECK(phrases.lists.count(list) == 1);
  const DurationData durations = load_duration_data(YAML::LoadFile(data_path("durations.yaml")));
  REQUIRE(durations.languages.count("nn") == 1);
  CHECK(durations.languages.at("nn").numbers.at("nitti") == 90);
  CHECK(durations.languages.at("en").numbers.at("ninety") == 90);
  CHECK(load_language_slots(YAML::LoadFile(data_path("languages.yaml"))) == std::vector<std::string>{"nb", "nn", "en"});
}

TEST_CASE("text/data: malformed data is rejected with its path and line", "[text][data]") {
  struct Case {
    const char* yaml;
    int loader;  // 0 abbreviations, 1 placeholders, 2 profiles, 3 phrases, 4 durations, 5 language slots
    const char* message_part;
  };
  const Case cases[] = {
      {"{}", 0, "abbreviations: missing"},
      {"abbreviations: {nb: [ca]}", 0, "an abbreviation ends in '.'"},
      {"abbreviations: {nb: ca.}", 0, "expected a sequence"},
      {"abbreviations: [ca.]", 0, "expected a mapping"},
      {"patterns:\n  - id: x\n    regex: '(unclosed'", 1, "patterns[0].regex: invalid RE2 pattern"},
      {"patterns:\n  - regex: 'x'", 1, "patterns[0].id: missing"},
      {"patterns:\n  - id: ''\n    regex: 'x'", 1, "empty string"},
      {"languages:\n  nb:\n    - words: [ikke]", 2, "languages.nb[0].weight: missing"},
      {"languages:\n  nb:\n    - weight: tung\n      words: [ikke]", 2, "expected a number (line 3)"},
      {"min_score: x\nlanguages: {}", 2, "min_score: expected a number"},
      {"lists:\n  source:\n    nb: [\"   \"]", 3, "lists.source.nb[0]: a phrase needs a word"},
      {"lists:\n  source: [a]", 3, "lists.source: expected a mapping"},
      {"factors: {day: 1}\nlanguages:\n  nb:\n    numbers: {}\n    units: {month: [måned]}", 4,
       "no factor for unit 'month'"},
      {"factors: {day: 1}\nlanguages:\n  nb:\n    units: {}", 4, "languages.nb.numbers: missing"},
      {"factors: {day: en}\nlanguages: {}", 4, "factors.day: expected a number"},
      {"- a\n- b", 4, "expected a mapping"},
      {"{}", 5, "slots: missing"},
      {"slots: []", 5, "no language slot is listed"},
      {"slots: [nb, NN]", 5, "slots[1]: a language slot is written in lower-case letters a-z"},
      {"slots: [nb, nb.md]", 5, "lower-case letters"},
      {"slots: [nb, en, nb]", 5, "language slot 'nb' is listed twice (line 1)"},
      {"slots: nb", 5, "expected a sequence"},
  };
  for (const Case& c : cases) {
    INFO(c.yaml);
    const YAML::Node node = YAML::Load(c.yaml);
    const std::string message = error_of([&] {
      switch (c.loader) {
        case 0:
          load_sentence_rules(node);
          break;
        case 1:
          load_placeholder_patterns(node);
          break;
        case 2:
          load_language_profiles(node);
          break;
        case 3:
          load_phrase_catalogue(node);
          break;
        case 5:
          load_language_slots(node);
          break;
        default:
          load_duration_data(node);
          break;
      }
    });
    CHECK_THAT(message, Catch::Contains(c.message_part));
  }
}

TEST_CASE("text/data: a phrase list on its own", "[text][data]") {
  const PhraseList list = load_phrase_list(YAML::Load("[\"trekk* ... tilbake\", Altinn]"));
  REQUIRE(list.phrases.size() == 2);
  CHECK(list.phrases[0].words.size() == 3);
  CHECK(list.phrases[1].text == "Altinn");
  CHECK_THAT(error_of([] { load_phrase_list(YAML::Load("{a: b}")); }), Catch::Contains("expected a sequence"));
}
