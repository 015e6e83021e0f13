// Duration extraction from consent texts: «90 dager», «nitti dagar», «3 måneder», «ninety days» → days.
#include "lint/text/durations.h"

#include <algorithm>
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
  if (const long* n = vocabulary.numbers.find(w.lower)) return *n;
  return std::nullopt;
}

const DurationUnit* unit_of(const Word& w, const DurationWords& vocabulary) {
  for (const DurationUnit& u : vocabulary.units)
    if (word_matches(u.word, w.lower)) return &u;
  return nullptr;
}

// The index of the first word that starts at or after `offset`.
std::size_t word_from(const std::vector<Word>& words, std::size_t offset) {
  const auto it = std::lower_bound(words.begin(), words.end(), offset,
                                   [](const Word& w, std::size_t o) { return w.span.begin < o; });
  return static_cast<std::size_t>(it - words.begin());
}

}  // namespace

bool is_amount_word(const Word& word, const DurationWords& vocabulary) {
  return word.numeric || vocabulary.numbers.contains(word.lower) || unit_of(word, vocabulary) != nullptr;
}

std::optional<PhraseMatch> find_stated_duration(const TextModel& model, const PhraseList& phrases,
                                                const DurationWords& vocabulary, std::size_t within) {
  const std::vector<Word>& words = model.words;
  std::optional<PhraseMatch> earliest;
  // Phrase by phrase, so that a short phrase («gjelder») does not hide a longer one at the same
  // place («gjelder til og med») whose amount lies further on.
  for (std::size_t p = 0; p < phrases.phrases.size(); ++p) {
    for (PhraseMatch m : find_all_phrases(model, PhraseList{{phrases.phrases[p]}})) {
      if (earliest && earliest->span.begin <= m.span.begin) break;
      const std::size_t first = word_from(words, m.span.end);
      if (first == 0) continue;
      const std::size_t sentence = words[first - 1].sentence;
      bool amount = false;
      for (std::size_t i = first; !amount && i < words.size() && i <= first + within && words[i].sentence == sentence;
           ++i)
        amount = is_amount_word(words[i], vocabulary);
      if (!amount) continue;
      m.phrase = p;
      earliest = m;
      break;
    }
  }
  return earliest;
}

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
    found.push_back({Span{words[i].span.begin, next.span.end}, *amount * unit->days, *amount, unit->unit, next.lower});
    ++i;
  }
  return found;
}

std::vector<Duration> extract_durations(const TextModel& model, const DurationData& data, std::string_view lang) {
  const auto it = data.languages.find(std::string(lang));
  if (it == data.languages.end()) return {};
  return extract_durations(model, it->second);
}

}  // namespace lint::text
