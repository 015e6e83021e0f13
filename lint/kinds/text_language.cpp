// Kind `text-language`: a consent text is written in the language of its slot (nb, nn or en).
#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

class TextLanguageCheck final : public Check {
 public:
  TextLanguageCheck(std::shared_ptr<const text::SentenceRules> sentences, LanguageJudge judge,
                    std::shared_ptr<const LanguageSlots> slots)
      : m_sentences(std::move(sentences)), m_judge(std::move(judge)), m_slots(std::move(slots)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const std::string slot = text_slot(ctx.doc, *m_slots);
    if (slot.empty()) return;  // no slot, no expected language
    const text::TextModel& model = text_model(ctx.doc, *m_sentences);
    const std::string detected = m_judge.other_language(ctx.doc, model, slot);
    if (detected.empty()) return;
    // The variant is named after the language the text reads as, so its message can name it.
    Finding f = text_finding(first_line(ctx.doc), detected);
    f.args["slot"] = slot;
    f.args["detected"] = detected;
    out.push_back(std::move(f));
  }

 private:
  std::shared_ptr<const text::SentenceRules> m_sentences;
  LanguageJudge m_judge;
  std::shared_ptr<const LanguageSlots> m_slots;
};

}  // namespace

std::unique_ptr<Check> make_text_language(Options& options, const Catalog& catalog) {
  auto sentences = load_sentence_rules(options, catalog);
  return std::make_unique<TextLanguageCheck>(std::move(sentences), LanguageJudge(options, catalog),
                                             load_language_slots(options, catalog));
}

}  // namespace lint
