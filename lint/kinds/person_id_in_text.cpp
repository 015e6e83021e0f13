// Kind `person-id-in-text`: a valid fødselsnummer or D-nummer written in a text or template.
#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

bool token_boundary(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '(' ||
         c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == ',';
}

// True when the number is part of a URL (its word holds "://" or starts with "www.") or is the
// local part of an e-mail address: a number in a link is an id of something else.
bool in_address(std::string_view s, text::Span span) {
  if (span.end < s.size() && s[span.end] == '@') return true;
  std::size_t begin = span.begin;
  while (begin > 0 && !token_boundary(s[begin - 1])) --begin;
  const std::string_view word = s.substr(begin, span.begin - begin);
  return word.find("://") != std::string_view::npos || word.rfind("www.", 0) == 0 || word.rfind("mailto:", 0) == 0;
}

class PersonIdInTextCheck final : public Check {
 public:
  explicit PersonIdInTextCheck(bool report_synthetic) : m_report_synthetic(report_synthetic) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    // The whole file once (comments included: they are committed too), from the root target.
    if (ctx.doc.yaml && target.node != ctx.doc.yaml->root()) return;
    const std::string_view src = ctx.doc.source.text();
    for (const text::PersonId& id : text::find_person_ids(src)) {
      if (in_address(src, id.span) || (id.synthetic && !m_report_synthetic)) continue;
      Finding f = text_finding(to_range(id.span), id.synthetic ? "synthetic" : id.d_number ? "d-number" : "default");
      // A real person's number is personal data: output masks it; a synthetic one may be shown.
      f.secret = !id.synthetic;
      if (id.synthetic) f.args["value"] = id.digits;
      out.push_back(std::move(f));
    }
  }

 private:
  bool m_report_synthetic;
};

}  // namespace

std::unique_ptr<Check> make_person_id_in_text(Options& options, const Catalog&) {
  return std::make_unique<PersonIdInTextCheck>(options.flag("report_synthetic", true));
}

}  // namespace lint
