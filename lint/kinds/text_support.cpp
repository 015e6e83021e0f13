// Helpers shared by the consent-text kinds: language slot, data tables, findings in a text.
#include "lint/kinds/text_support.h"

#include <algorithm>
#include <filesystem>

#include "lint/core/strings.h"
#include "lint/kinds/common.h"
#include "lint/ruleset/catalog.h"

namespace lint {

namespace {

// "kind:name", built by append: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string.
std::string shared_key(std::string kind, const std::string& name) { return kind.append(1, ':').append(name); }

bool is_slot(const LanguageSlots& slots, const std::string& s) {
  return std::find(slots.begin(), slots.end(), s) != slots.end();
}

// A `data: <name>` file holds the table under `content`; a built-in data file is the table.
YAML::Node table_of(const YAML::Node& root) {
  if (root.IsMap() && root["data"] && root["content"]) return root["content"];
  return root;
}

YAML::Node table_node(Options& options, const Catalog& catalog, const std::string& key, const std::string& name,
                      bool required) {
  const DataRef* ref = catalog.data(name);
  if (!ref) {
    if (!required) return YAML::Node();
    options.fail(options.node(key), "no data table '" + name + "' is loaded");
  }
  try {
    // Parsed once per catalog, however many rules read the table.
    const auto root = catalog.shared<YAML::Node>(shared_key("yaml", name),
                                                 [&] { return YAML::Load(std::string(ref->file->source.text())); });
    return table_of(*root);
  } catch (const YAML::Exception& e) {
    options.fail(options.node(key), "data table '" + name + "' cannot be read: " + e.what());
  }
}

}  // namespace

std::shared_ptr<const LanguageSlots> load_language_slots(Options& options, const Catalog& catalog) {
  const YAML::Node node = data_node(options, catalog, "slots");
  return catalog.shared<LanguageSlots>(shared_key("slots", options.text("slots")), [&] {
    return load_text_data(options, "slots", node, [](const YAML::Node& n) { return text::load_language_slots(n); });
  });
}

LanguageSlots catalog_language_slots(const Catalog& catalog) {
  const DataRef* ref = catalog.data("text/languages");
  if (!ref) return {};
  try {
    return text::load_language_slots(table_of(YAML::Load(std::string(ref->file->source.text()))));
  } catch (const std::exception&) {
    return {};  // a rule that names the table reports it when the rules load
  }
}

std::string text_slot(const Document& doc, const LanguageSlots& slots) {
  if (doc.config && is_slot(slots, doc.reference.field)) return doc.reference.field;
  // samtykke.nb.md, vilkar.nn.txt: the part before the extension.
  const std::string name = std::filesystem::path(doc.source.path()).filename().string();
  const std::size_t ext = name.rfind('.');
  if (ext == std::string::npos || ext == 0) return "";
  const std::size_t dot = name.rfind('.', ext - 1);
  if (dot == std::string::npos) return "";
  std::string lang = name.substr(dot + 1, ext - dot - 1);
  lang = ascii_lower(lang);
  return is_slot(slots, lang) ? lang : "";
}

YAML::Node data_node(Options& options, const Catalog& catalog, const std::string& key) {
  return table_node(options, catalog, key, options.text(key), true);
}

YAML::Node optional_data_node(Options& options, const Catalog& catalog, const std::string& key,
                              const std::string& fallback) {
  return table_node(options, catalog, key, options.text(key, fallback), false);
}

std::shared_ptr<const text::SentenceRules> load_sentence_rules(Options& options, const Catalog& catalog) {
  const YAML::Node node = data_node(options, catalog, "abbreviations");
  return catalog.shared<text::SentenceRules>(shared_key("sentences", options.text("abbreviations")), [&] {
    return load_text_data(options, "abbreviations", node,
                          [](const YAML::Node& n) { return text::load_sentence_rules(n); });
  });
}

text::PhraseCatalogue load_phrases(Options& options, const Catalog& catalog) {
  auto loader = [](const YAML::Node& n) { return text::load_phrase_catalogue(n); };
  text::PhraseCatalogue catalogue = *shared_text_data(options, catalog, "phrases", loader);
  const YAML::Node extra = optional_data_node(options, catalog, "extra_phrases", "bank/phrases");
  if (extra && !extra.IsNull())
    for (auto& [name, by_lang] : load_text_data(options, "extra_phrases", extra, loader).lists)
      for (auto& [lang, list] : by_lang) {
        auto& into = catalogue.lists[name][lang].phrases;
        into.insert(into.end(), list.phrases.begin(), list.phrases.end());
      }
  catalogue.bake();
  return catalogue;
}

const text::PhraseList& phrases_for(const text::PhraseCatalogue& catalogue, const std::string& name,
                                    const std::string& lang) {
  return catalogue.of(name, lang);
}

Finding text_finding(ByteRange range, std::string variant) {
  Finding f;
  f.range = range;
  f.variant = std::move(variant);
  return f;
}

ByteRange first_line(const Document& doc) {
  if (doc.source.line_count() == 0) return {0, 0};
  return {0, doc.source.line_text(1).size()};
}

LanguageJudge::LanguageJudge(Options& options, const Catalog& catalog)
    : m_profiles(shared_text_data(options, catalog, "profiles",
                                  [](const YAML::Node& n) { return text::load_language_profiles(n); })) {}

std::string LanguageJudge::other_language(const Document& doc, const text::TextModel& model,
                                          const std::string& slot) const {
  if (slot.empty()) return "";
  const text::LanguageGuess& guess = doc.language_guess(model, *m_profiles);
  return guess.reliable && !guess.best.empty() && guess.best != slot ? guess.best : "";
}

std::string config_scalar(const Document* config, const std::string& path) {
  if (!config || !config->yaml) return "";
  const NodeId n = lookup_path(*config->yaml, path);
  return n != kNoNode && config->yaml->is_scalar(n) ? config->yaml->scalar(config->yaml->resolve(n)) : "";
}

const text::TextModel& text_model(const Document& doc, const text::SentenceRules& rules) {
  return doc.text_model(rules);
}

}  // namespace lint
