// Kind `text-hygiene`: placeholders, mojibake, invisible characters or non-NFC text, at the exact place.
#include "lint/core/utf8.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace {

enum class Hygiene { placeholders, mojibake, invisible, nfc };

class TextHygieneCheck final : public Check {
 public:
  TextHygieneCheck(Hygiene what, std::shared_ptr<const text::PlaceholderPatterns> patterns)
      : m_what(what), m_patterns(std::move(patterns)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const std::string_view src = ctx.doc.source.text();
    switch (m_what) {
      case Hygiene::placeholders:
        for (const auto& p : text::find_placeholders(src, *m_patterns)) {
          Finding f = text_finding(to_range(p.span));
          f.args["found"] = p.text;
          f.args["pattern"] = p.id;
          out.push_back(std::move(f));
        }
        break;
      case Hygiene::mojibake:
        for (const auto& m : text::find_mojibake(src)) {
          Finding f = text_finding(to_range(m.span));
          f.args["found"] = m.found;
          f.args["intended"] = m.intended;
          out.push_back(std::move(f));
        }
        break;
      case Hygiene::invisible:
        for (const auto& c : text::find_invisible(src)) {
          Finding f = text_finding(to_range(c.span), c.code_point == 0xFEFF && c.span.begin == 0 ? "bom" : "default");
          f.args["code"] = c.code;
          f.args["name"] = c.name;
          f.args["character"] = c.code + " " + c.name;
          out.push_back(std::move(f));
        }
        break;
      case Hygiene::nfc: {
        text::Span bad;
        if (text::is_nfc(src, &bad)) break;
        // One finding per text, at the first segment NFC would change, naming its code points.
        Finding f = text_finding(to_range(bad));
        const std::string segment(src.substr(bad.begin, bad.size()));
        std::string points;
        for (std::size_t i = 0; i < segment.size();) {
          const std::int32_t cp = decode_utf8(segment, i);
          if (cp < 0) continue;
          if (!points.empty()) points += ' ';
          points += text::code_point_notation(static_cast<char32_t>(cp));
        }
        f.args["found"] = segment;
        f.args["code_points"] = points;
        out.push_back(std::move(f));
        break;
      }
    }
  }

 private:
  Hygiene m_what;
  std::shared_ptr<const text::PlaceholderPatterns> m_patterns;  // null unless checking placeholders
};

}  // namespace

std::unique_ptr<Check> make_text_hygiene(Options& options, const Catalog& catalog) {
  const std::string check = options.choice("check", {"placeholders", "mojibake", "invisible", "nfc"});
  std::shared_ptr<const text::PlaceholderPatterns> patterns;
  Hygiene what = Hygiene::nfc;
  if (check == "placeholders") {
    what = Hygiene::placeholders;
    patterns = shared_text_data(options, catalog, "patterns",
                                [](const YAML::Node& n) { return text::load_placeholder_patterns(n); });
  } else if (check == "mojibake") {
    what = Hygiene::mojibake;
  } else if (check == "invisible") {
    what = Hygiene::invisible;
  }
  return std::make_unique<TextHygieneCheck>(what, std::move(patterns));
}

}  // namespace lint
