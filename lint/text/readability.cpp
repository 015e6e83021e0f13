// LIX readability index of a text's prose.
#include "lint/text/readability.h"

#include "lint/text/unicode_util.h"

namespace lint::text {

double lix(const TextModel& model) {
  const std::size_t words = model.words.size();
  if (words == 0 || model.sentences.empty()) return 0.0;
  std::size_t long_words = 0;
  for (const Word& w : model.words)
    if (detail::letter_count(w.lower) > 6) ++long_words;
  const auto n = static_cast<double>(words);
  return n / static_cast<double>(model.sentences.size()) + 100.0 * static_cast<double>(long_words) / n;
}

}  // namespace lint::text
