/// Helpers shared by the consent-text kinds: a text's language slot, data tables, findings in a text.
#pragma once

#include <yaml-cpp/yaml.h>

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/rule_file.h"
#include "lint/text/text.h"

namespace lint {

class Catalog;

/// The language slots a consent text can be in (nb, nn, en): the data table of option `slots`.
using LanguageSlots = std::vector<std::string>;

/// The slots of the table named by the required option `slots` (e.g. `text/languages`).
std::shared_ptr<const LanguageSlots> load_language_slots(Options& options, const Catalog& catalog);

/// The slots of the data table `text/languages` in `catalog`, for the engine's folder search (which
/// has no rule options to name a table); empty when the table is not loaded or not valid.
LanguageSlots catalog_language_slots(const Catalog& catalog);

/// The language slot of a consent text: the key of its `texts.<name>.<lang>` entry, or for a text
/// named on the command line the language in its file name (`samtykke.nb.md`, `vilkar.nn.txt`);
/// "" when it is none of `slots`. Kinds that need a language skip a text without one.
std::string text_slot(const Document& doc, const LanguageSlots& slots);

/// The data table named by the required option `key` as a yaml-cpp node: the built-in file as a
/// whole, or the `content` of a `data:` file. The rule file fails at the option when no such table
/// is loaded.
YAML::Node data_node(Options& options, const Catalog& catalog, const std::string& key);

/// The data table named by option `key` (default `fallback`), as data_node; a null node when no
/// such table is loaded (a table a bank may add with `--rules`).
YAML::Node optional_data_node(Options& options, const Catalog& catalog, const std::string& key,
                              const std::string& fallback);

/// Runs a lint::text loader on a data node; a text::DataError fails the rule file at option `key`.
template <class Loader>
auto load_text_data(Options& options, const std::string& key, const YAML::Node& node, Loader load) {
  try {
    return load(node);
  } catch (const std::exception& e) {
    options.fail(options.node(key), std::string("invalid data for '") + key + "': " + e.what());
  }
}

/// load_text_data on the table of the required option `key`, run once per catalog for each table
/// and shared by every rule that reads it (a table that fails to load fails each rule at its option).
template <class Loader>
auto shared_text_data(Options& options, const Catalog& catalog, const std::string& key, Loader load) {
  const YAML::Node node = data_node(options, catalog, key);
  using Table = std::decay_t<decltype(load(node))>;
  std::string cache_key = "table:";
  cache_key.append(key).append(1, ':').append(options.text(key));
  return catalog.shared<Table>(cache_key, [&] { return load_text_data(options, key, node, load); });
}

/// The sentence rules (abbreviations) the text kinds parse with: the table of the required option
/// `abbreviations` (e.g. `text/abbreviations`).
std::shared_ptr<const text::SentenceRules> load_sentence_rules(Options& options, const Catalog& catalog);

/// The phrase catalogue of the required option `phrases` (e.g. `text/phrases`) with the lists of
/// the optional table of option `extra_phrases` (default `bank/phrases`, e.g. from `--rules`) appended.
text::PhraseCatalogue load_phrases(Options& options, const Catalog& catalog);

/// The phrase list `name` in language `lang` (with the "all" entries), from a catalogue that
/// load_phrases made.
const text::PhraseList& phrases_for(const text::PhraseCatalogue& catalogue, const std::string& name,
                                    const std::string& lang);

/// The Markdown model of a text document, analysed once and kept on the document, so every text
/// kind that runs on it shares one analysis.
const text::TextModel& text_model(const Document& doc, const text::SentenceRules& rules);

inline ByteRange to_range(text::Span span) { return {span.begin, span.end}; }

/// A finding in a text document at `range`.
Finding text_finding(ByteRange range, std::string variant = "default");

/// The text's first line (without its line end), where text-wide findings point.
ByteRange first_line(const Document& doc);

/// Decides TXT006: the language a text reads as when that is reliably not its slot. The content
/// kinds use it too, so a text in the wrong language is not also reported as lacking content.
class LanguageJudge {
 public:
  /// Loads the table of the required option `profiles` (e.g. `text/language_profiles`).
  LanguageJudge(Options& options, const Catalog& catalog);
  /// The language the text reads as, when the guess is reliable and differs from `slot`; else "".
  std::string other_language(const Document& doc, const text::TextModel& model, const std::string& slot) const;

 private:
  std::shared_ptr<const text::LanguageProfiles> m_profiles;
};

/// The config scalar at a dotted path from its root, or "" (for a text's config).
std::string config_scalar(const Document* config, const std::string& path);

}  // namespace lint
