// Word patterns written in data files: "krav" (exact), "samtykke*" (prefix), "*krav" (suffix), "*krav*"
// (contains), "..." (gap).
#include "lint/text/word_pattern.h"

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

// Whether `stem` is where the pattern kind wants it in `word` (at least as long as the stem). The
// edge byte is compared first: most words fail there, without a call to memcmp.
bool stem_found(WordPattern::Kind kind, std::string_view word, std::string_view stem) {
  if (stem.empty()) return true;
  switch (kind) {
    case WordPattern::Kind::prefix:
      return word.front() == stem.front() && word.starts_with(stem);
    case WordPattern::Kind::suffix:
      return word.back() == stem.back() && word.ends_with(stem);
    default:
      return word.find(stem) != std::string_view::npos;
  }
}

}  // namespace

WordPattern parse_word_pattern(std::string_view text) {
  if (text == "..." || text == "\u2026" || text == "*") return {WordPattern::Kind::gap, {}};
  const bool lead = !text.empty() && text.front() == '*';
  if (lead) text.remove_prefix(1);
  const bool trail = !text.empty() && text.back() == '*';
  if (trail) text.remove_suffix(1);
  using K = WordPattern::Kind;
  const K kind = lead && trail ? K::contains : lead ? K::suffix : trail ? K::prefix : K::exact;
  return {kind, detail::fold_word(text)};
}

bool word_matches(const WordPattern& pattern, std::string_view word, std::size_t min_rest) {
  const std::string_view stem = pattern.stem;
  if (pattern.kind == WordPattern::Kind::gap) return true;
  if (pattern.kind == WordPattern::Kind::exact) return word == stem;
  if (word.size() < stem.size() || !stem_found(pattern.kind, word, stem)) return false;
  return min_rest == 0 || count_code_points(word) >= count_code_points(stem) + min_rest;
}

}  // namespace lint::text
