// Kind `text-duration`: a duration stated in a consent text equals the config's consent validity.
#include <algorithm>
#include <charconv>
#include <set>

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

// The sentence of the word that starts at `begin` (every match and duration starts at a word).
std::size_t sentence_at(const text::TextModel& model, std::size_t begin) {
  auto it = std::lower_bound(model.words.begin(), model.words.end(), begin,
                             [](const text::Word& w, std::size_t b) { return w.span.begin < b; });
  return it != model.words.end() ? it->sentence : model.sentences.size();
}

class TextDurationCheck final : public Check {
 public:
  TextDurationCheck(std::string field, std::string prefer_env, std::vector<std::string> context,
                    text::DurationData durations, text::PhraseCatalogue phrases,
                    std::shared_ptr<const text::SentenceRules> sentences, std::shared_ptr<const LanguageSlots> slots)
      : m_field(std::move(field)),
        m_prefer_env(std::move(prefer_env)),
        m_context(std::move(context)),
        m_durations(std::move(durations)),
        m_phrases(std::move(phrases)),
        m_sentences(std::move(sentences)),
        m_slots(std::move(slots)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const std::string slot = text_slot(ctx.doc, *m_slots);
    const Document* config = ctx.config();
    if (slot.empty() || !config || !config->yaml) return;
    // The texts are shared by every environment: compare with prod's value when prod has one.
    const YamlDocument& y = *config->yaml;
    std::string env;
    NodeId value = kNoNode;
    long valid = 0;
    const NodeId envs = lookup_path(y, "environments");
    if (!y.is_mapping(envs)) return;
    for (auto [k, v] : y.entries(y.resolve(envs))) {
      const NodeId n = lookup_path(y, "environments." + y.scalar(k) + "." + m_field);
      long days = 0;
      if (n == kNoNode || !y.is_scalar(n) || y.node(y.resolve(n)).quoted) continue;
      const std::string& s = y.scalar(y.resolve(n));
      if (std::from_chars(s.data(), s.data() + s.size(), days).ptr != s.data() + s.size() || s.empty()) continue;
      if (value == kNoNode || y.scalar(k) == m_prefer_env) env = y.scalar(k), value = y.resolve(n), valid = days;
    }
    if (value == kNoNode) return;

    const text::TextModel& model = text_model(ctx.doc, *m_sentences);
    std::set<std::size_t> context_sentences;
    for (const auto& name : m_context)
      for (const auto& m : text::find_all_phrases(model, phrases_for(m_phrases, name, slot)))
        context_sentences.insert(sentence_at(model, m.span.begin));
    for (const text::Duration& d : text::extract_durations(model, m_durations, slot)) {
      if (d.days == valid) continue;
      if (!m_context.empty() && !context_sentences.count(sentence_at(model, d.span.begin))) continue;
      // A duration in days is shown as written; another unit also in days («3 måneder» = 90 days).
      Finding f = text_finding(to_range(d.span), d.unit == "day" ? "default" : "converted");
      f.related.emplace_back(config, y.node(value).range);
      f.args["stated"] = std::string(ctx.doc.source.text().substr(d.span.begin, d.span.size()));
      f.args["days"] = std::to_string(d.days);
      f.args["valid_days"] = std::to_string(valid);
      f.args["env"] = env;
      f.args["config_line"] = std::to_string(config->source.position(y.node(value).range.begin).line);
      out.push_back(std::move(f));
    }
  }

 private:
  std::string m_field;
  std::string m_prefer_env;
  std::vector<std::string> m_context;
  text::DurationData m_durations;
  text::PhraseCatalogue m_phrases;
  std::shared_ptr<const text::SentenceRules> m_sentences;
  std::shared_ptr<const LanguageSlots> m_slots;
};

}  // namespace

std::unique_ptr<Check> make_text_duration(Options& options, const Catalog& catalog) {
  const std::string field = options.text("field");
  const std::string prefer = options.text("prefer_env");
  const auto context = options.list("context");
  auto durations =
      *shared_text_data(options, catalog, "durations", [](const YAML::Node& n) { return text::load_duration_data(n); });
  text::PhraseCatalogue phrases = load_phrases(options, catalog);
  for (const auto& name : context)
    if (!phrases.lists.count(name)) options.fail(options.node("context"), "'" + name + "' is not a phrase list");
  auto sentences = load_sentence_rules(options, catalog);
  return std::make_unique<TextDurationCheck>(field, prefer, context, std::move(durations), std::move(phrases),
                                             std::move(sentences), load_language_slots(options, catalog));
}

}  // namespace lint
