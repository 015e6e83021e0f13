// Kind `text-content`: a consent text says something (names the institution, a phrase list matches).
#include <algorithm>
#include <utility>

#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

// Phrase lists that count only where an amount follows (option `amount_after`): «gjelder i 90 dager».
struct AmountAfter {
  std::vector<std::string> lists;
  std::size_t within = 0;        // other words allowed between the phrase and the amount
  text::DurationData durations;  // number and unit words per language
};

class TextContentCheck final : public Check {
 public:
  TextContentCheck(std::vector<std::string> require, std::string institution_field, std::string suffixes,
                   text::PhraseCatalogue phrases, std::shared_ptr<const text::SentenceRules> sentences,
                   LanguageJudge judge, AmountAfter amount_after, std::shared_ptr<const LanguageSlots> slots)
      : m_require(std::move(require)),
        m_institution_field(std::move(institution_field)),
        m_suffixes(std::move(suffixes)),
        m_phrases(std::move(phrases)),
        m_sentences(std::move(sentences)),
        m_judge(std::move(judge)),
        m_amount_after(std::move(amount_after)),
        m_slots(std::move(slots)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const std::string slot = text_slot(ctx.doc, *m_slots);
    if (slot.empty()) return;  // the phrasings are per language
    const text::TextModel& model = text_model(ctx.doc, *m_sentences);
    if (!m_judge.other_language(ctx.doc, model, slot).empty()) return;  // TXT006 reports it; nothing to add
    std::vector<std::string> missing;
    std::size_t judged = 0;
    std::string name;
    for (const std::string& item : m_require) {
      text::PhraseList institution;
      const text::PhraseList* list = &institution;
      if (item == "institution") {
        name = config_scalar(ctx.config(), m_institution_field);
        if (name.empty()) continue;  // no config or no name: nothing to look for
        institution.phrases.push_back(text::institution_phrase(name, phrases_for(m_phrases, m_suffixes, slot)));
      } else {
        list = &phrases_for(m_phrases, item, slot);
      }
      ++judged;
      if (!says(model, item, *list, slot)) missing.push_back(item);
    }
    if (missing.empty()) return;
    // All missing: the default message; some: the variant named after the first missing item.
    Finding f = text_finding(first_line(ctx.doc), missing.size() == judged ? "default" : missing.front());
    f.args["slot"] = slot;
    f.args["name"] = name;
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    f.args["missing"] = list;
    out.push_back(std::move(f));
  }

 private:
  // The text says the item: a phrase of its list matches (followed by an amount, for `amount_after` lists).
  bool says(const text::TextModel& model, const std::string& item, const text::PhraseList& list,
            const std::string& slot) const {
    const auto& lists = m_amount_after.lists;
    if (std::find(lists.begin(), lists.end(), item) == lists.end()) return text::find_phrase(model, list).has_value();
    const auto words = m_amount_after.durations.languages.find(slot);
    const text::DurationWords none;
    return text::find_stated_duration(model, list,
                                      words == m_amount_after.durations.languages.end() ? none : words->second,
                                      m_amount_after.within)
        .has_value();
  }

  std::vector<std::string> m_require;
  std::string m_institution_field;
  std::string m_suffixes;
  text::PhraseCatalogue m_phrases;
  std::shared_ptr<const text::SentenceRules> m_sentences;
  LanguageJudge m_judge;
  AmountAfter m_amount_after;
  std::shared_ptr<const LanguageSlots> m_slots;
};

// The config field with the institution's name and the phrase list of its legal suffixes: required
// when `require` has `institution`, and meaningless otherwise.
std::pair<std::string, std::string> institution_options(Options& options, const std::vector<std::string>& require) {
  if (std::find(require.begin(), require.end(), "institution") != require.end())
    return {options.text("institution_field"), options.text("suffixes")};
  for (const char* key : {"institution_field", "suffixes"})
    if (options.node(key) != kNoNode)
      options.fail(options.node(key), std::string("'") + key + "' applies only when 'require' has 'institution'");
  return {};
}

AmountAfter load_amount_after(Options& options, const Catalog& catalog, const std::vector<std::string>& require) {
  AmountAfter a;
  a.lists = options.list("amount_after");
  const auto within = options.number("amount_within");
  if (a.lists.empty()) return a;
  for (const auto& name : a.lists)
    if (std::find(require.begin(), require.end(), name) == require.end())
      options.fail(options.node("amount_after"), "'" + name + "' in 'amount_after' is not one of 'require'");
  if (!within || *within < 0 || *within > 5 || *within != static_cast<double>(static_cast<std::size_t>(*within)))
    options.fail(options.node("amount_within"),
                 "'amount_after' needs 'amount_within', a whole number of words from 0 to 5");
  if (options.node("durations") == kNoNode)
    options.fail(options.node("amount_after"), "'amount_after' needs 'durations', the table of number and unit words");
  a.within = static_cast<std::size_t>(*within);
  a.durations =
      *shared_text_data(options, catalog, "durations", [](const YAML::Node& n) { return text::load_duration_data(n); });
  return a;
}

}  // namespace

std::unique_ptr<Check> make_text_content(Options& options, const Catalog& catalog) {
  const auto require = options.list("require", true);
  text::PhraseCatalogue phrases = load_phrases(options, catalog);
  for (const auto& item : require)
    if (item != "institution" && !phrases.lists.count(item))
      options.fail(options.node("require"), "'" + item + "' is neither 'institution' nor a phrase list");
  auto [field, suffixes] = institution_options(options, require);
  if (!suffixes.empty() && !phrases.lists.count(suffixes))
    options.fail(options.node("suffixes"), "'" + suffixes + "' is not a phrase list");
  auto sentences = load_sentence_rules(options, catalog);
  AmountAfter amount_after = load_amount_after(options, catalog, require);
  return std::make_unique<TextContentCheck>(require, std::move(field), std::move(suffixes), std::move(phrases),
                                            std::move(sentences), LanguageJudge(options, catalog),
                                            std::move(amount_after), load_language_slots(options, catalog));
}

}  // namespace lint
