// Kind `text-parity`: numbers, URLs and e-mail addresses agree between a text and its reference language.
#include <map>

#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

using Items = std::vector<text::ParityItem>;

// The items of `mine` that `theirs` lacks (as a multiset of kind and value), in text order.
Items unmatched(const Items& mine, const Items& theirs) {
  std::map<std::pair<text::ParityKind, std::string>, int> left;
  for (const auto& i : theirs) ++left[{i.kind, i.value}];
  Items out;
  for (const auto& i : mine)
    if (left[{i.kind, i.value}]-- <= 0) out.push_back(i);
  return out;
}

class TextParityCheck final : public Check {
 public:
  TextParityCheck(std::string reference, std::shared_ptr<const text::SentenceRules> sentences)
      : m_reference(std::move(reference)), m_sentences(std::move(sentences)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    // Only the language versions of one `texts.<name>` entry are compared, each against the reference.
    const Document* config = ctx.config();
    if (!config || !config->yaml || ctx.doc.reference.node == kNoNode || ctx.doc.reference.field == m_reference) return;
    const YamlDocument& y = *config->yaml;
    const NodeId entry = y.node(ctx.doc.reference.node).parent;
    if (entry == kNoNode || !y.is_mapping(entry)) return;
    const NodeId ref_value = y.get(entry, m_reference);
    const Document* ref = ref_value == kNoNode ? nullptr : ctx.referenced(*config, ref_value);
    if (!ref || ref->kind != DocKind::Text || ref == &ctx.doc) return;
    const Items mine = items(ctx.doc), theirs = items(*ref);
    const Items extra = unmatched(mine, theirs), missing = unmatched(theirs, mine);
    std::vector<bool> paired(missing.size(), false);
    for (const auto& e : extra) {
      // A value that differs is paired with the first unmatched reference value of the same kind.
      Finding f = text_finding(to_range(e.span), "extra");
      f.args["value"] = text_of(ctx.doc, e.span);
      f.args["reference"] = m_reference;
      for (std::size_t m = 0; m < missing.size(); ++m) {
        if (paired[m] || missing[m].kind != e.kind) continue;
        paired[m] = true;
        describe(f, *ref, missing[m]);
        f.variant = "default";
        break;
      }
      out.push_back(std::move(f));
    }
    for (std::size_t m = 0; m < missing.size(); ++m) {
      if (paired[m]) continue;
      Finding f = text_finding(first_line(ctx.doc), "missing");
      describe(f, *ref, missing[m]);
      out.push_back(std::move(f));
    }
  }

 private:
  // The items of a text; person identifiers are left out (ID003 owns them, and they are never shown).
  Items items(const Document& doc) const {
    const std::string_view src = doc.source.text();
    Items all = text::extract_parity_items(src, text_model(doc, *m_sentences));
    // Digit groups split by one space («22 00 00 00», a phone number) are one value.
    Items merged;
    for (auto& i : all) {
      if (!merged.empty() && merged.back().kind == text::ParityKind::number && i.kind == text::ParityKind::number) {
        const std::string_view gap = src.substr(merged.back().span.end, i.span.begin - merged.back().span.end);
        if (gap == " " || gap == "\u00A0" || gap == "\u202F") {
          merged.back().span.end = i.span.end;
          merged.back().value += i.value;
          continue;
        }
      }
      merged.push_back(std::move(i));
    }
    all = std::move(merged);
    const auto ids = text::find_person_ids(src);
    std::erase_if(all, [&](const text::ParityItem& i) {
      for (const auto& id : ids)
        if (i.span.begin < id.span.end && id.span.begin < i.span.end) return true;
      return false;
    });
    return all;
  }

  static std::string text_of(const Document& doc, text::Span s) {
    return std::string(doc.source.text().substr(s.begin, s.size()));
  }

  void describe(Finding& f, const Document& ref, const text::ParityItem& item) const {
    f.related.emplace_back(&ref, to_range(item.span));
    f.args["expected"] = text_of(ref, item.span);
    f.args["reference"] = m_reference;
    f.args["reference_line"] = std::to_string(ref.source.position(item.span.begin).line);
  }

  std::string m_reference;
  std::shared_ptr<const text::SentenceRules> m_sentences;
};

}  // namespace

std::unique_ptr<Check> make_text_parity(Options& options, const Catalog& catalog) {
  const std::string reference = options.text("reference");
  auto sentences = load_sentence_rules(options, catalog);
  return std::make_unique<TextParityCheck>(reference, std::move(sentences));
}

}  // namespace lint
