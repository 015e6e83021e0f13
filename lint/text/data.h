// Loading the text module's language data (rules/data/text/*.yaml) from yaml-cpp nodes into plain structs.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "lint/text/durations.h"
#include "lint/text/language.h"
#include "lint/text/markdown.h"
#include "lint/text/phrases.h"
#include "lint/text/placeholders.h"

namespace YAML {
class Node;
}

namespace lint::text {

/// A data node does not have the documented shape; what() names the path and the 1-based line.
class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// abbreviations.yaml: `abbreviations: {<lang>: [f.eks., bl.a., …]}`; every entry ends in '.'.
/// The languages are merged (sentence splitting runs before the language is known).
SentenceRules load_sentence_rules(const YAML::Node& root);

/// placeholders.yaml: `patterns: [{id, regex, description?}, …]`; every regex must compile with RE2.
PlaceholderPatterns load_placeholder_patterns(const YAML::Node& root);

/// language_profiles.yaml: optional `min_score`, `min_margin`, `min_stem`; `languages:` maps a
/// language to a sequence of groups `{weight: <number>, words: [...], patterns: [...]}` (either
/// list optional). A word in several groups of one language gets the largest weight. Other
/// top-level keys (e.g. `shared:` lists used through YAML anchors) are ignored.
LanguageProfiles load_language_profiles(const YAML::Node& root);

/// A sequence of phrase strings ("samtykke*", "trekk* ... tilbake").
PhraseList load_phrase_list(const YAML::Node& sequence);

/// phrases.yaml: `lists: {<name>: {<lang or all>: [phrase, …]}}`.
PhraseCatalogue load_phrase_catalogue(const YAML::Node& root);

/// languages.yaml: `slots: [nb, nn, en]`, the language slots of a consent text; each a non-empty
/// name of ASCII lower-case letters, none twice.
std::vector<std::string> load_language_slots(const YAML::Node& root);

/// durations.yaml: `factors: {day: 1, week: 7, month: 30, year: 365}` and
/// `languages: {<lang>: {numbers: {<word>: <int>}, units: {<unit>: [word, …]}}}`; every unit named
/// under `units` needs a factor.
DurationData load_duration_data(const YAML::Node& root);

}  // namespace lint::text
