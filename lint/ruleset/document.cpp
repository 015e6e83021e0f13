// Document kind names, and a document's text analysis made on first use.
#include "lint/ruleset/document.h"

namespace lint {

const char* doc_kind_name(DocKind kind) {
  switch (kind) {
    case DocKind::Config:
      return "config";
    case DocKind::Template:
      return "template";
    case DocKind::Text:
      return "text";
    case DocKind::Yaml:
      return "yaml";
  }
  return "yaml";
}

std::optional<DocKind> parse_doc_kind(std::string_view name) {
  for (DocKind k : {DocKind::Config, DocKind::Template, DocKind::Text, DocKind::Yaml})
    if (name == doc_kind_name(k)) return k;
  return std::nullopt;
}

const text::TextModel& Document::text_model(const text::SentenceRules& rules) const {
  for (const auto& [with, model] : m_models)
    if (with == &rules) return *model;
  auto model = std::make_unique<text::TextModel>(text::analyse_markdown(source.text(), rules));
  return *m_models.emplace_back(&rules, std::move(model)).second;
}

const text::LanguageGuess& Document::language_guess(const text::TextModel& model,
                                                    const text::LanguageProfiles& profiles) const {
  for (const Guess& g : m_guesses)
    if (g.model == &model && g.profiles == &profiles) return g.guess;
  return m_guesses.emplace_back(Guess{&model, &profiles, text::detect_language(model, profiles)}).guess;
}

const text::TextModel& Document::markup_model() const {
  static const text::SentenceRules kNoAbbreviations;
  return m_models.empty() ? text_model(kNoAbbreviations) : *m_models.front().second;
}

}  // namespace lint
