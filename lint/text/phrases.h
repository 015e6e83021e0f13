// Content phrase matching: finds the first place a text says something, given word-sequence phrases as data.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"
#include "lint/text/word_pattern.h"

namespace lint::text {

/// A sequence of word patterns, e.g. "trekk* ... tilbake" or "krav og betaling*".
struct Phrase {
  std::string text;                ///< as written in the data
  std::vector<WordPattern> words;  ///< never empty for a parsed phrase
};

/// Alternatives: a text "says it" when any phrase matches.
struct PhraseList {
  std::vector<Phrase> phrases;
};

/// Phrase lists by name and language ("source" → "nb" → …); the language "all" applies to every
/// language. Loaded from rules/data/text/phrases.yaml.
struct PhraseCatalogue {
  std::map<std::string, std::map<std::string, PhraseList>> lists;

  /// The list `name` for `lang`, with the "all" entries appended; empty when unknown.
  PhraseList get(std::string_view name, std::string_view lang) const;

  /// Makes every get() that `of` answers once, for each list and each of its languages. Call it
  /// after the last change to `lists`.
  void bake();
  /// get(name, lang) without a copy: valid while the catalogue lives. Empty until bake().
  const PhraseList& of(std::string_view name, std::string_view lang) const;

 private:
  std::map<std::string, std::map<std::string, PhraseList, std::less<>>, std::less<>> m_baked;
};

struct PhraseMatch {
  Span span;               ///< from the first to the last matched word
  std::size_t phrase = 0;  ///< index into PhraseList::phrases
  friend bool operator==(const PhraseMatch&, const PhraseMatch&) = default;
};

/// Parses "samtykke*", "trekk* ... tilbake", "e-post*": whitespace separates patterns; inside a
/// pattern the text is split into words the way the text is (ICU), a leading '*' applying to the
/// first word and a trailing '*' to the last. Returns a phrase with no words for blank text.
Phrase parse_phrase(std::string_view text);

/// The earliest match (by position of its first word; at equal positions the first phrase in the
/// list) of any phrase. Words of a match are consecutive words of one sentence, except where a
/// gap ("...") lets up to three words pass. Markup between words does not matter.
std::optional<PhraseMatch> find_phrase(const TextModel& model, const PhraseList& phrases);

/// Every non-overlapping match, in text order.
std::vector<PhraseMatch> find_all_phrases(const TextModel& model, const PhraseList& phrases);

/// A phrase for an institution's name with its trailing legal suffix removed ("Eksempelbanken ASA"
/// → "eksempelbanken*"), so that the name matches with or without the suffix and in the genitive
/// («Eksempelbankens»). `legal_suffixes` holds one-word phrases ("ASA", "AS"). A name that is only
/// a suffix is kept whole.
Phrase institution_phrase(std::string_view name, const PhraseList& legal_suffixes);

}  // namespace lint::text
