// make_diagnostic: positions, the message in the chosen language, and a stable fingerprint.
#include <algorithm>

#include "lint/linter.h"

namespace lint {

namespace {

std::string render(const std::string& text, const Args& args) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string::npos) {
        auto it = args.find(text.substr(i + 1, close - i - 1));
        if (it != args.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

Location locate(const Document& doc, ByteRange range) {
  Location loc;
  loc.path = doc.source.path();
  range.end = std::max(range.end, range.begin);
  loc.bytes = range;
  loc.start = doc.source.position(range.begin);
  loc.end = doc.source.position(range.end);
  if (range.end == range.begin) loc.end.column = loc.start.column + 1;
  if (loc.end.line != loc.start.line && loc.end.column == 1 && range.end > range.begin) {
    // A range that ends with a line break ends at the end of its last line, not on the next.
    const Position before = doc.source.position(range.end - 1);
    loc.end = {before.line, before.column + 1};
  }
  return loc;
}

// The line as printable UTF-8: an invalid byte shows as U+FFFD and a control character as its
// symbol (NUL as U+2400), one character each, so columns and the caret stay right.
std::string printable_line(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t len = utf8_sequence_length(line, i);
    const auto c = static_cast<unsigned char>(line[i]);
    if (len == 1 && (c < 0x20 || c == 0x7F) && c != '\t') {
      const unsigned symbol = c == 0x7F ? 0x2421 : 0x2400 + c;
      out += static_cast<char>(0xE0 | (symbol >> 12));
      out += static_cast<char>(0x80 | ((symbol >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (symbol & 0x3F));
      ++i;
    } else if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(line.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace

Diagnostic make_diagnostic(const Rule& rule, const Document& doc, const Finding& finding, Language language) {
  const Document& at = finding.in ? *finding.in : doc;
  Diagnostic d;
  d.rule_id = rule.id;
  d.slug = rule.slug;
  d.severity = rule.severity_of(finding.variant);
  const Message& m = rule.variant(finding.variant).message;
  d.message = render(language == Language::Nb ? m.nb : m.en, finding.args);
  d.location = locate(at, finding.range);
  d.source_line = printable_line(at.source.line_text(d.location.start.line));
  d.fingerprint = rule.id + "|" + d.location.path + "|" +
                  (finding.path.empty() ? d.source_line : finding.path);
  for (const auto& [rdoc, range] : finding.related) d.related.push_back({locate(*rdoc, range), ""});
  return d;
}

}  // namespace lint
