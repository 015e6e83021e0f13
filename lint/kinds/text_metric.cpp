// Kind `text-metric`: a consent text's LIX readability index or its length stays within a limit.
#include <cmath>
#include <cstdio>
#include <optional>

#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

enum class Metric { lix, length };

class TextMetricCheck final : public Check {
 public:
  TextMetricCheck(Metric metric, double max, std::shared_ptr<const text::SentenceRules> sentences)
      : m_metric(metric), m_max(max), m_sentences(std::move(sentences)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    std::string_view src = ctx.doc.source.text();
    double value = 0;
    std::string shown;
    if (m_metric == Metric::lix) {
      value = text::lix(text_model(ctx.doc, *m_sentences));
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.0f", std::floor(value + 0.5));
      shown = buf;
    } else {
      // User-perceived characters of the text as written (Markdown included), without its final line end.
      while (!src.empty() && (src.back() == '\n' || src.back() == '\r')) src.remove_suffix(1);
      value = static_cast<double>(text::grapheme_count(src));
      shown = std::to_string(static_cast<long long>(value));
    }
    if (value <= m_max) return;
    Finding f = text_finding(first_line(ctx.doc));
    f.args["value"] = shown;
    f.args["max"] = number_text(m_max);
    out.push_back(std::move(f));
  }

  static std::string number_text(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
  }

 private:
  Metric m_metric;
  double m_max;
  std::shared_ptr<const text::SentenceRules> m_sentences;
};

}  // namespace

std::unique_ptr<Check> make_text_metric(Options& options, const Catalog& catalog) {
  const Metric metric = options.choice("metric", {"lix", "length"}) == "lix" ? Metric::lix : Metric::length;
  const std::optional<double> max = options.number("max");
  if (!max) options.fail(options.self(), "missing option 'max'");
  if (*max < 0) options.fail(options.node("max"), "'max' must not be negative");
  // Only LIX needs sentences; the length is counted on the text as written.
  auto sentences = metric == Metric::lix ? load_sentence_rules(options, catalog) : nullptr;
  return std::make_unique<TextMetricCheck>(metric, *max, std::move(sentences));
}

}  // namespace lint
