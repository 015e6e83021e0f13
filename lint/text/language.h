// Language identification of consent texts (bokmål, nynorsk, English) from weighted word profiles given as
// data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lint/text/types.h"
#include "lint/text/word_map.h"
#include "lint/text/word_pattern.h"

namespace lint::text {

struct WeightedPattern {
  WordPattern pattern;  ///< usually a suffix such as "*ane" (nynorsk definite plural)
  double weight = 0;
};

/// Evidence for one language: words (folded) with weights, and word patterns used for words that
/// are not listed in any profile.
struct LanguageProfile {
  std::string lang;  ///< "nb", "nn", "en"
  std::unordered_map<std::string, double> words;
  std::vector<WeightedPattern> patterns;
};

/// The profiles and the thresholds for a reliable guess; loaded from
/// rules/data/text/language_profiles.yaml.
struct LanguageProfiles {
  std::vector<LanguageProfile> languages;
  double min_score = 3.0;    ///< the best language needs at least this much evidence
  double min_margin = 1.5;   ///< ... and this much more than the runner-up
  std::size_t min_stem = 3;  ///< a pattern needs this many code points of the word outside its stem

  /// Every word some profile lists, with its weight in each profile (in `languages` order, 0 where
  /// a profile does not list it), so that a word of the text costs one lookup. Made by
  /// index_words(), which load_language_profiles calls.
  WordMap<std::vector<double>> listed;
  void index_words();
};

struct LanguageScore {
  std::string lang;
  double score = 0;
};

struct LanguageGuess {
  std::string best;                   ///< highest-scoring language ("" when no evidence at all)
  bool reliable = false;              ///< best meets min_score and min_margin
  std::vector<LanguageScore> scores;  ///< one per profile, in profile order

  /// The score of `lang`, 0 when unknown.
  double score_of(std::string_view lang) const;
};

/// Scores every profile over the letter words of `model`: a word listed in a profile adds that
/// profile's weight for it; a word listed in no profile adds, per profile, the largest weight of
/// its matching patterns. Common Norwegian words are listed in both nb and nn (they separate
/// Norwegian from English); the distinctive ones (ikkje/ikke, eg/jeg, frå/fra, kva/hva …) separate
/// bokmål from nynorsk. Ties keep profile order.
LanguageGuess detect_language(const TextModel& model, const LanguageProfiles& profiles);

}  // namespace lint::text
