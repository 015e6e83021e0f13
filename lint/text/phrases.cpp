// Content phrase matching: finds the first place a text says something, given word-sequence phrases as data.
#include "lint/text/phrases.h"

#include <algorithm>

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

constexpr std::size_t no_match = static_cast<std::size_t>(-1);
constexpr std::size_t max_gap = 3;

// Splits one whitespace-free chunk into word patterns ("e-post*" → "e", "post*").
void append_chunk(std::string_view chunk, std::vector<WordPattern>& out) {
  WordPattern whole = parse_word_pattern(chunk);
  if (whole.kind == WordPattern::Kind::gap) {
    out.push_back(whole);
    return;
  }
  const std::vector<detail::Token> tokens = detail::word_tokens(whole.stem);
  const bool lead = whole.kind == WordPattern::Kind::suffix || whole.kind == WordPattern::Kind::contains;
  const bool trail = whole.kind == WordPattern::Kind::prefix || whole.kind == WordPattern::Kind::contains;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const bool l = lead && k == 0, t = trail && k + 1 == tokens.size();
    using K = WordPattern::Kind;
    const K kind = l && t ? K::contains : l ? K::suffix : t ? K::prefix : K::exact;
    out.push_back({kind, whole.stem.substr(tokens[k].span.begin, tokens[k].span.size())});
  }
}

class Matcher {
 public:
  explicit Matcher(const std::vector<Word>& words) : words_(words) {}

  // One past the last word matched by patterns [pi, end) starting at word wi, or no_match.
  std::size_t match(const std::vector<WordPattern>& pats, std::size_t pi, std::size_t wi, std::size_t sentence) const {
    if (pi == pats.size()) return wi;
    if (pats[pi].kind == WordPattern::Kind::gap) return match_gap(pats, pi, wi, sentence);
    if (wi >= words_.size() || words_[wi].sentence != sentence) return no_match;
    if (!word_matches(pats[pi], words_[wi].lower)) return no_match;
    return match(pats, pi + 1, wi + 1, sentence);
  }

 private:
  std::size_t match_gap(const std::vector<WordPattern>& pats, std::size_t pi, std::size_t wi,
                        std::size_t sentence) const {
    for (std::size_t skip = 0; skip <= max_gap; ++skip) {
      if (skip > 0 && (wi + skip > words_.size() || words_[wi + skip - 1].sentence != sentence)) break;
      const std::size_t r = match(pats, pi + 1, wi + skip, sentence);
      if (r != no_match && r > wi) return r;
    }
    return no_match;
  }

  const std::vector<Word>& words_;
};

std::optional<PhraseMatch> match_at(const Matcher& m, const TextModel& model, const PhraseList& list, std::size_t wi) {
  for (std::size_t pi = 0; pi < list.phrases.size(); ++pi) {
    const std::vector<WordPattern>& pats = list.phrases[pi].words;
    if (pats.empty() || pats.front().kind == WordPattern::Kind::gap) continue;
    const std::size_t end = m.match(pats, 0, wi, model.words[wi].sentence);
    if (end != no_match && end > wi)
      return PhraseMatch{Span{model.words[wi].span.begin, model.words[end - 1].span.end}, pi};
  }
  return std::nullopt;
}

// The words (indices, ascending) whose folded form a pattern matches, found in the model's index:
// false when the pattern needs a scan (a suffix or contains pattern, or a model without an index).
bool indexed_matches(const TextModel& model, const WordPattern& pattern, std::vector<std::size_t>& out) {
  using K = WordPattern::Kind;
  if ((pattern.kind != K::exact && pattern.kind != K::prefix) ||
      model.by_word.size() != model.words.size())
    return false;
  const auto& words = model.words;
  const std::string_view stem = pattern.stem;
  auto it = std::lower_bound(model.by_word.begin(), model.by_word.end(), stem,
                             [&](std::uint32_t w, std::string_view s) { return words[w].lower < s; });
  for (; it != model.by_word.end() && word_matches(pattern, words[*it].lower); ++it) out.push_back(*it);
  return true;
}

// The words a phrase of the list may start at, ascending; every word when one phrase needs a scan.
std::vector<std::size_t> possible_starts(const TextModel& model, const PhraseList& list) {
  std::vector<std::size_t> starts;
  for (const Phrase& p : list.phrases) {
    if (p.words.empty() || p.words.front().kind == WordPattern::Kind::gap) continue;  // match_at skips it
    if (indexed_matches(model, p.words.front(), starts)) continue;
    starts.resize(model.words.size());
    for (std::size_t i = 0; i < starts.size(); ++i) starts[i] = i;
    return starts;
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

bool is_suffix(std::string_view word, const PhraseList& suffixes) {
  for (const Phrase& p : suffixes.phrases)
    if (p.words.size() == 1 && word_matches(p.words.front(), word)) return true;
  return false;
}

}  // namespace

PhraseList PhraseCatalogue::get(std::string_view name, std::string_view lang) const {
  PhraseList out;
  const auto list = lists.find(std::string(name));
  if (list == lists.end()) return out;
  for (std::string_view key : {lang, std::string_view("all")}) {
    const auto it = list->second.find(std::string(key));
    if (it == list->second.end()) continue;
    out.phrases.insert(out.phrases.end(), it->second.phrases.begin(), it->second.phrases.end());
    if (key == "all") break;
  }
  return out;
}

void PhraseCatalogue::bake() {
  m_baked.clear();
  for (const auto& [name, by_lang] : lists)
    for (const auto& [lang, list] : by_lang) m_baked[name][lang] = get(name, lang);
}

const PhraseList& PhraseCatalogue::of(std::string_view name, std::string_view lang) const {
  static const PhraseList kNone;
  const auto list = m_baked.find(name);
  if (list == m_baked.end()) return kNone;
  auto it = list->second.find(lang);
  if (it == list->second.end()) it = list->second.find(std::string_view("all"));  // only the "all" entries
  return it == list->second.end() ? kNone : it->second;
}

Phrase parse_phrase(std::string_view text) {
  Phrase p{std::string(text), {}};
  for (std::size_t pos = 0; pos < text.size();) {
    while (pos < text.size() && detail::is_ascii_space(text[pos])) ++pos;
    std::size_t end = pos;
    while (end < text.size() && !detail::is_ascii_space(text[end])) ++end;
    if (end > pos) append_chunk(text.substr(pos, end - pos), p.words);
    pos = end;
  }
  return p;
}

std::optional<PhraseMatch> find_phrase(const TextModel& model, const PhraseList& phrases) {
  const Matcher m(model.words);
  for (std::size_t wi : possible_starts(model, phrases))
    if (auto found = match_at(m, model, phrases, wi)) return found;
  return std::nullopt;
}

std::vector<PhraseMatch> find_all_phrases(const TextModel& model, const PhraseList& phrases) {
  std::vector<PhraseMatch> all;
  const Matcher m(model.words);
  for (std::size_t wi : possible_starts(model, phrases)) {
    if (!all.empty() && model.words[wi].span.begin < all.back().span.end) continue;  // inside the last match
    if (const auto found = match_at(m, model, phrases, wi)) all.push_back(*found);
  }
  return all;
}

Phrase institution_phrase(std::string_view name, const PhraseList& legal_suffixes) {
  Phrase p = parse_phrase(name);
  p.words.erase(std::remove_if(p.words.begin(), p.words.end(),
                               [](const WordPattern& w) { return w.kind == WordPattern::Kind::gap; }),
                p.words.end());
  for (WordPattern& w : p.words) w.kind = WordPattern::Kind::exact;  // names are literal
  while (p.words.size() > 1 && is_suffix(p.words.back().stem, legal_suffixes)) p.words.pop_back();
  if (!p.words.empty() && !is_suffix(p.words.back().stem, legal_suffixes))
    p.words.back().kind = WordPattern::Kind::prefix;
  return p;
}

}  // namespace lint::text
