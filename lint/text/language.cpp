// Language identification of consent texts (bokmål, nynorsk, English) from weighted word profiles given as
// data.
#include "lint/text/language.h"

#include <algorithm>

namespace lint::text {
namespace {

double pattern_weight(const LanguageProfile& p, const std::string& word, std::size_t min_stem) {
  double best = 0;
  for (const WeightedPattern& wp : p.patterns)
    if (wp.weight > best && word_matches(wp.pattern, word, min_stem)) best = wp.weight;
  return best;
}

void add_weights(const LanguageProfiles& profiles, const std::string& word, double* weights) {
  const std::vector<double>* listed = profiles.listed.find(word);
  for (std::size_t k = 0; k < profiles.languages.size(); ++k)
    weights[k] = listed ? (*listed)[k] : pattern_weight(profiles.languages[k], word, profiles.min_stem);
}

// Each word's weight per language (word-major), looked up once per distinct word: the model's
// word index puts equal words next to each other.
std::vector<double> word_weights(const TextModel& model, const LanguageProfiles& profiles) {
  const std::size_t langs = profiles.languages.size();
  const std::vector<Word>& words = model.words;
  std::vector<double> weights(words.size() * langs);
  if (model.by_word.size() != words.size()) {
    for (std::size_t i = 0; i < words.size(); ++i) add_weights(profiles, words[i].lower, &weights[i * langs]);
    return weights;
  }
  const std::vector<std::uint32_t>& order = model.by_word;
  for (std::size_t i = 0, j; i < order.size(); i = j) {
    const std::string& word = words[order[i]].lower;
    double* first = &weights[order[i] * langs];
    add_weights(profiles, word, first);
    for (j = i + 1; j < order.size() && words[order[j]].lower == word; ++j)
      std::copy(first, first + langs, &weights[order[j] * langs]);
  }
  return weights;
}

}  // namespace

void LanguageProfiles::index_words() {
  listed.clear();
  for (std::size_t k = 0; k < languages.size(); ++k)
    for (const auto& [word, weight] : languages[k].words) {
      auto& weights = listed.try_emplace(word, std::vector<double>(languages.size(), 0.0));
      weights[k] = weight;
    }
}

double LanguageGuess::score_of(std::string_view lang) const {
  for (const LanguageScore& s : scores)
    if (s.lang == lang) return s.score;
  return 0;
}

LanguageGuess detect_language(const TextModel& model, const LanguageProfiles& profiles) {
  const bool unindexed = profiles.listed.empty() && std::any_of(profiles.languages.begin(), profiles.languages.end(),
                                                                [](const LanguageProfile& p) { return !p.words.empty(); });
  if (unindexed) {  // profiles built by hand rather than loaded
    LanguageProfiles indexed = profiles;
    indexed.index_words();
    return detect_language(model, indexed);
  }
  LanguageGuess guess;
  for (const LanguageProfile& p : profiles.languages) guess.scores.push_back({p.lang, 0});
  const std::size_t langs = profiles.languages.size();
  const std::vector<double> weights = word_weights(model, profiles);
  for (std::size_t i = 0; i < model.words.size(); ++i)  // summed in text order, as one lookup per word would
    if (!model.words[i].numeric)
      for (std::size_t k = 0; k < langs; ++k) guess.scores[k].score += weights[i * langs + k];
  double best = 0, second = 0;
  for (const LanguageScore& s : guess.scores) {
    if (s.score > best) {
      second = best;
      best = s.score;
      guess.best = s.lang;
    } else if (s.score > second) {
      second = s.score;
    }
  }
  guess.reliable = !guess.best.empty() && best >= profiles.min_score && best - second >= profiles.min_margin;
  return guess;
}

}  // namespace lint::text
