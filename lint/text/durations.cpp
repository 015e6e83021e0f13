// Duration extraction from consent texts: «90 dager», «nitti dagar», «3 måneder», «ninety days» → days.
#include "lint/text/durations.h"

#include <optional>

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

constexpr std::size_t max_digits = 6;

std::optional<long> digits_value(const Word& w) {
  if (!w.numeric || w.lower.empty() || w.lower.size() > max_digits) return std::nullopt;
  long value = 0;
  for (char c : w.lower) {
    if (!detail::is_ascii_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<long> amount_of(const Word& w, const DurationWords& vocabulary) {
  if (w.numeric) return digits_value(w);
  const auto it = vocabulary.numbers.find(w.lower);
  if (it == vocabulary.numbers.end()) return std::nullopt;
  return it->second;
}

const DurationUnit* unit_of(const Word& w, const DurationWords& vocabulary) {
  for (const DurationUnit& u : vocabulary.units)
    if (word_matches(u.word, w.lower)) return &u;
  return nullptr;
}

}  // namespace

std::vector<Duration> extract_durations(const TextModel& model, const DurationWords& vocabulary) {
  std::vector<Duration> found;
  const std::vector<Word>& words = model.words;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& next = words[i + 1];
    if (next.sentence != words[i].sentence) continue;
    const std::optional<long> amount = amount_of(words[i], vocabulary);
    if (!amount) continue;
    const DurationUnit* unit = unit_of(next, vocabulary);
    if (unit == nullptr) continue;
    found.push_back(
        {Span{words[i].span.begin, next.span.end}, *amount * unit->days, *amount, unit->unit, next.lower});
    ++i;
  }
  return found;
}

std::vector<Duration> extract_durations(const TextModel& model, const DurationData& data,
                                        std::string_view lang) {
  const auto it = data.languages.find(std::string(lang));
  if (it == data.languages.end()) return {};
  return extract_durations(model, it->second);
}

}  // namespace lint::text
