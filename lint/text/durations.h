// Duration extraction from consent texts: «90 dager», «nitti dagar», «3 måneder», «ninety days» → days.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/text/phrases.h"
#include "lint/text/types.h"
#include "lint/text/word_map.h"
#include "lint/text/word_pattern.h"

namespace lint::text {

/// A unit word ("dager", "månader", "weeks") and what it means.
struct DurationUnit {
  WordPattern word;  ///< usually exact; "dagers*"-style prefixes are allowed
  std::string unit;  ///< "day", "week", "month", "year"
  long days = 0;     ///< days per unit: 1, 7, 30, 365 (from the data's factors)
};

/// The vocabulary of one language.
struct DurationWords {
  WordMap<long> numbers;  ///< folded number words: "nitti" → 90, "tre" → 3
  std::vector<DurationUnit> units;
};

/// Vocabularies by language ("nb", "nn", "en"); loaded from rules/data/text/durations.yaml.
struct DurationData {
  std::map<std::string, DurationWords> languages;
};

struct Duration {
  Span span;              ///< from the amount to the unit word
  long days = 0;          ///< amount × days per unit (month = 30, week = 7, year = 365)
  long amount = 0;        ///< 90 for «90 dager» and «nitti dagar»
  std::string unit;       ///< "day", "week", "month", "year"
  std::string unit_word;  ///< the unit as written, folded ("dagar")
};

/// Finds an amount directly followed by a unit word in the same sentence: the amount is a prose
/// word that is either ASCII digits only (1–6 of them) or a number word of the vocabulary.
/// Numbers in URLs and e-mail addresses are not prose; dates («01.02.2025») and account numbers
/// («1234.56.78903») are single number words that are not plain digits; so none of these counts,
/// and neither does a number without a unit.
std::vector<Duration> extract_durations(const TextModel& model, const DurationWords& vocabulary);

/// True when a word can say how long something lasts: a number ICU classes as such (digits, a
/// date such as «31.12.2026»), a number word or a unit word of the vocabulary («nitti», «måned»).
bool is_amount_word(const Word& word, const DurationWords& vocabulary);

/// The first match of `phrases` that such a word follows in the same sentence, with at most
/// `within` other words between: «gjelder i 90 dager», «valid until 31 March 2027», «varer i en
/// måned» (with "gjelder i", "valid until", "varer i" and within 1), but not «gjelder for bedriften».
std::optional<PhraseMatch> find_stated_duration(const TextModel& model, const PhraseList& phrases,
                                                const DurationWords& vocabulary, std::size_t within);

/// The same with the vocabulary of `lang`; no durations when `data` has no such language.
std::vector<Duration> extract_durations(const TextModel& model, const DurationData& data, std::string_view lang);

}  // namespace lint::text
