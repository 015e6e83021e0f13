// Kind `text-languages-present`: a config's `texts.<name>` entry has every required language version.
#include <algorithm>

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

class TextLanguagesPresentCheck final : public Check {
 public:
  TextLanguagesPresentCheck(std::vector<std::string> languages, std::vector<std::string> reference)
      : m_languages(std::move(languages)), m_reference(std::move(reference)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    if (target.node == kNoNode) return;
    const NodeId entry = y.resolve(target.node);
    const bool empty = y.node(entry).kind == NodeKind::Null;
    if (!empty && !y.is_mapping(entry)) return;  // not a map of languages: the schema rules' concern
    std::vector<std::string> missing;
    bool reference_missing = false;
    for (const std::string& lang : m_languages) {
      const NodeId file = empty ? kNoNode : y.get(entry, lang);
      const bool absent = file == kNoNode || y.node(y.resolve(file)).kind == NodeKind::Null ||
                          (y.is_scalar(file) && y.scalar(y.resolve(file)).empty());
      if (!absent) continue;
      missing.push_back(lang);
      if (std::find(m_reference.begin(), m_reference.end(), lang) != m_reference.end()) reference_missing = true;
    }
    if (missing.empty()) return;
    // One finding per text, at its key, naming every missing language.
    Finding f = finding_at(ctx, target, reference_missing ? "reference" : "default");
    if (y.node(target.node).key != kNoNode) f.range = y.node(y.node(target.node).key).range;
    f.args.erase("value");
    f.args["name"] = target.field;
    std::string list;
    for (const auto& lang : missing) list += (list.empty() ? "" : ", ") + lang;
    f.args["missing"] = list;
    out.push_back(std::move(f));
  }

 private:
  std::vector<std::string> m_languages;
  std::vector<std::string> m_reference;
};

}  // namespace

std::unique_ptr<Check> make_text_languages_present(Options& options, const Catalog& catalog) {
  auto languages = options.list("languages", true);
  const auto slots = load_language_slots(options, catalog);
  for (const auto& lang : languages)
    if (std::find(slots->begin(), slots->end(), lang) == slots->end())
      options.fail(options.node("languages"),
                   "'" + lang + "' is not a language slot of '" + options.text("slots") + "'");
  auto reference = options.list("reference");
  for (const auto& r : reference)
    if (std::find(languages.begin(), languages.end(), r) == languages.end())
      options.fail(options.node("reference"), "reference language '" + r + "' is not one of 'languages'");
  return std::make_unique<TextLanguagesPresentCheck>(std::move(languages), std::move(reference));
}

}  // namespace lint
