// Word patterns written in data files: "krav" (exact), "samtykke*" (prefix), "*krav" (suffix), "*krav*"
// (contains), "..." (gap).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lint::text {

/// How one word of a phrase (or a language-profile entry) matches a word of the text.
/// Words of the text are lower-cased and NFC (Word::lower); the stem is folded the same way.
struct WordPattern {
  enum class Kind {
    exact,     ///< "krav": the word itself
    prefix,    ///< "samtykke*": «samtykke», «samtykket», «samtykkeperioden» (inflections, compounds)
    suffix,    ///< "*krav": «krav», «skattekrav» (compounds ending in the stem)
    contains,  ///< "*betaling*": «innbetalingene»
    gap,       ///< "...": zero to three arbitrary words of the same sentence (phrases only)
  };
  Kind kind = Kind::exact;
  std::string stem;
  friend bool operator==(const WordPattern&, const WordPattern&) = default;
};

/// Parses one pattern; the stem is lower-cased and NFC-normalised. "*" alone is a gap.
WordPattern parse_word_pattern(std::string_view text);

/// True when `word` (already folded) matches. For prefix, suffix and contains patterns at least
/// `min_rest` code points of `word` must lie outside the stem.
bool word_matches(const WordPattern& pattern, std::string_view word, std::size_t min_rest = 0);

}  // namespace lint::text
