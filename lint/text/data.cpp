// Loading the text module's language data (rules/data/text/*.yaml) from yaml-cpp nodes into plain structs.
#include "lint/text/data.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

[[noreturn]] void fail(const YAML::Node& node, const std::string& path, const std::string& what) {
  std::string msg = path + ": " + what;
  if (node.IsDefined() && !node.Mark().is_null()) msg += " (line " + std::to_string(node.Mark().line + 1) + ")";
  throw DataError(msg);
}

const YAML::Node& expect(const YAML::Node& node, YAML::NodeType::value type, const std::string& path) {
  static const char* const names[] = {"undefined", "null", "a scalar", "a sequence", "a mapping"};
  if (!node.IsDefined()) fail(node, path, "missing");
  if (node.Type() != type) fail(node, path, std::string("expected ") + names[type]);
  return node;
}

YAML::Node child(const YAML::Node& map, const char* key, const std::string& path) {
  expect(map, YAML::NodeType::Map, path);
  return map[key];
}

std::string text_of(const YAML::Node& node, const std::string& path) {
  std::string s = expect(node, YAML::NodeType::Scalar, path).Scalar();
  if (s.empty()) fail(node, path, "empty string");
  return s;
}

template <typename T>
T number_of(const YAML::Node& node, const std::string& path) {
  expect(node, YAML::NodeType::Scalar, path);
  try {
    return node.as<T>();
  } catch (const YAML::Exception&) {
    fail(node, path, "expected a number");
  }
}

void for_each_item(const YAML::Node& seq, const std::string& path,
                   const std::function<void(const YAML::Node&, const std::string&)>& f) {
  expect(seq, YAML::NodeType::Sequence, path);
  std::size_t k = 0;
  for (const YAML::Node& item : seq) f(item, path + "[" + std::to_string(k++) + "]");
}

void for_each_entry(const YAML::Node& map, const std::string& path,
                    const std::function<void(const std::string&, const YAML::Node&, const std::string&)>& f) {
  expect(map, YAML::NodeType::Map, path);
  for (const auto& kv : map) {
    const std::string key = text_of(kv.first, path);
    f(key, kv.second, path + "." + key);
  }
}

template <typename F>
auto guarded(const char* file, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const DataError&) {
    throw;
  } catch (const YAML::Exception& e) {
    throw DataError(std::string(file) + ": " + e.what());
  }
}

void load_profile_group(const YAML::Node& group, const std::string& path, LanguageProfile& profile) {
  const double weight = number_of<double>(child(group, "weight", path), path + ".weight");
  if (group["words"]) {
    for_each_item(group["words"], path + ".words", [&](const YAML::Node& w, const std::string& p) {
      double& slot = profile.words[detail::fold_word(text_of(w, p))];
      if (weight > slot) slot = weight;
    });
  }
  if (group["patterns"]) {
    for_each_item(group["patterns"], path + ".patterns", [&](const YAML::Node& w, const std::string& p) {
      profile.patterns.push_back({parse_word_pattern(text_of(w, p)), weight});
    });
  }
}

void load_units(const YAML::Node& units, const std::string& path, const std::map<std::string, long>& factors,
                DurationWords& out) {
  for_each_entry(units, path, [&](const std::string& unit, const YAML::Node& words, const std::string& p) {
    const auto factor = factors.find(unit);
    if (factor == factors.end()) fail(words, p, "no factor for unit '" + unit + "'");
    for_each_item(words, p, [&](const YAML::Node& w, const std::string& wp) {
      out.units.push_back({parse_word_pattern(text_of(w, wp)), unit, factor->second});
    });
  });
}

DurationWords load_duration_language(const YAML::Node& lang, const std::string& path,
                                     const std::map<std::string, long>& factors) {
  DurationWords words;
  for_each_entry(child(lang, "numbers", path), path + ".numbers",
                 [&](const std::string& word, const YAML::Node& value, const std::string& p) {
                   words.numbers.set(detail::fold_word(word), number_of<long>(value, p));
                 });
  load_units(child(lang, "units", path), path + ".units", factors, words);
  return words;
}

PhraseList phrase_list_at(const YAML::Node& sequence, const std::string& path) {
  PhraseList list;
  for_each_item(sequence, path, [&](const YAML::Node& item, const std::string& p) {
    Phrase phrase = parse_phrase(text_of(item, p));
    if (phrase.words.empty()) fail(item, p, "a phrase needs a word");
    list.phrases.push_back(std::move(phrase));
  });
  return list;
}

}  // namespace

SentenceRules load_sentence_rules(const YAML::Node& root) {
  return guarded("abbreviations", [&] {
    SentenceRules rules;
    for_each_entry(child(root, "abbreviations", "abbreviations"), "abbreviations",
                   [&](const std::string&, const YAML::Node& list, const std::string& path) {
                     for_each_item(list, path, [&](const YAML::Node& item, const std::string& p) {
                       std::string a = text_of(item, p);
                       if (a.back() != '.') fail(item, p, "an abbreviation ends in '.'");
                       rules.abbreviations.push_back(detail::fold_word(a));
                     });
                   });
    rules.stems = abbreviation_stems(rules.abbreviations);
    return rules;
  });
}

PlaceholderPatterns load_placeholder_patterns(const YAML::Node& root) {
  return guarded("placeholders", [&] {
    PlaceholderPatterns out;
    for_each_item(
        child(root, "patterns", "placeholders"), "patterns", [&](const YAML::Node& item, const std::string& p) {
          PlaceholderPattern pat{
              text_of(child(item, "id", p), p + ".id"), text_of(child(item, "regex", p), p + ".regex"), {}, nullptr};
          if (item["description"]) pat.description = text_of(item["description"], p + ".description");
          pat.compiled = compile_placeholder_regex(pat.regex);  // compiled once: checked and kept
          if (!pat.compiled->ok()) fail(item["regex"], p + ".regex", "invalid RE2 pattern: " + pat.compiled->error());
          out.patterns.push_back(std::move(pat));
        });
    index_placeholders(out);
    return out;
  });
}

LanguageProfiles load_language_profiles(const YAML::Node& root) {
  return guarded("language_profiles", [&] {
    LanguageProfiles out;
    expect(root, YAML::NodeType::Map, "language_profiles");
    if (root["min_score"]) out.min_score = number_of<double>(root["min_score"], "min_score");
    if (root["min_margin"]) out.min_margin = number_of<double>(root["min_margin"], "min_margin");
    if (root["min_stem"]) out.min_stem = number_of<std::size_t>(root["min_stem"], "min_stem");
    for_each_entry(child(root, "languages", "language_profiles"), "languages",
                   [&](const std::string& lang, const YAML::Node& groups, const std::string& path) {
                     LanguageProfile profile{lang, {}, {}};
                     for_each_item(groups, path, [&](const YAML::Node& g, const std::string& p) {
                       load_profile_group(g, p, profile);
                     });
                     out.languages.push_back(std::move(profile));
                   });
    out.index_words();
    return out;
  });
}

PhraseList load_phrase_list(const YAML::Node& sequence) {
  return guarded("phrases", [&] { return phrase_list_at(sequence, "phrases"); });
}

PhraseCatalogue load_phrase_catalogue(const YAML::Node& root) {
  return guarded("phrases", [&] {
    PhraseCatalogue out;
    for_each_entry(child(root, "lists", "phrases"), "lists",
                   [&](const std::string& name, const YAML::Node& langs, const std::string& path) {
                     for_each_entry(langs, path,
                                    [&](const std::string& lang, const YAML::Node& seq, const std::string& p) {
                                      out.lists[name][lang] = phrase_list_at(seq, p);
                                    });
                   });
    return out;
  });
}

std::vector<std::string> load_language_slots(const YAML::Node& root) {
  return guarded("languages", [&] {
    std::vector<std::string> slots;
    for_each_item(child(root, "slots", "languages"), "slots", [&](const YAML::Node& item, const std::string& p) {
      std::string slot = text_of(item, p);
      for (char c : slot)
        if (c < 'a' || c > 'z') fail(item, p, "a language slot is written in lower-case letters a-z");
      for (const auto& other : slots)
        if (other == slot) fail(item, p, "language slot '" + slot + "' is listed twice");
      slots.push_back(std::move(slot));
    });
    if (slots.empty()) fail(root["slots"], "slots", "no language slot is listed");
    return slots;
  });
}

DurationData load_duration_data(const YAML::Node& root) {
  return guarded("durations", [&] {
    DurationData out;
    std::map<std::string, long> factors;
    for_each_entry(child(root, "factors", "durations"), "factors",
                   [&](const std::string& unit, const YAML::Node& value, const std::string& p) {
                     factors[unit] = number_of<long>(value, p);
                   });
    for_each_entry(child(root, "languages", "durations"), "languages",
                   [&](const std::string& lang, const YAML::Node& node, const std::string& p) {
                     out.languages[lang] = load_duration_language(node, p, factors);
                   });
    return out;
  });
}

}  // namespace lint::text
