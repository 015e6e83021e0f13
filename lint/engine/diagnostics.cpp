// make_diagnostic: positions, the message in the chosen language, secrets masked, a stable fingerprint.
#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "lint/engine/diagnostics.h"

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

// The line with each character of the secrets on it shown as one '*', so columns stay right.
// `secrets` is sorted by begin.
std::string masked_line(const SourceFile& src, std::size_t line, const std::vector<ByteRange>& secrets) {
  const std::string_view raw = src.line_text(line);
  const std::size_t begin = src.line_start(line);
  std::string out;
  out.reserve(raw.size());
  std::size_t covered = 0;  // the end of the secrets that start at or before the character
  auto next = secrets.begin();
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t len = std::max<std::size_t>(1, utf8_sequence_length(raw, i));
    for (; next != secrets.end() && next->begin <= begin + i; ++next) covered = std::max(covered, next->end);
    if (begin + i < covered)
      out += '*';
    else
      out.append(raw.substr(i, len));
    i += len;
  }
  return printable_line(out);
}

// A secret's text as a message would quote it: without the quotes around it in the source.
std::string_view unquoted(std::string_view secret) {
  if (secret.size() >= 2 && (secret.front() == '"' || secret.front() == '\'') && secret.back() == secret.front())
    secret = secret.substr(1, secret.size() - 2);
  return secret;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// The secrets of one line: the masked line, and their texts (by length, longest first) to take
// out of the messages of the findings on it.
struct LineSecrets {
  SourceLine masked;
  std::unordered_set<std::string_view> texts;
  std::vector<std::size_t> lengths;
};

// Replaces each secret text of the line that stands as a word of its own (the longest where two
// start at one place) with "***": one pass over the message, however many secrets the line holds.
void scrub(std::string& message, const LineSecrets& line) {
  for (std::size_t at = 0; at < message.size(); ++at) {
    if (at > 0 && word_char(message[at - 1])) continue;
    for (const std::size_t n : line.lengths) {
      const std::size_t after = at + n;
      if (after > message.size() || (after < message.size() && word_char(message[after]))) continue;
      if (!line.texts.count(std::string_view(message).substr(at, n))) continue;
      message.replace(at, n, "***");
      at += 2;  // the loop steps past the last '*'
      break;
    }
  }
}

// `on_line`: the secrets of one file that cover the line.
LineSecrets line_secrets(std::size_t line, const std::vector<const SecretSpan*>& on_line) {
  LineSecrets out;
  std::vector<ByteRange> ranges;
  for (const SecretSpan* s : on_line) {
    ranges.push_back(s->range);
    const std::string_view bytes = s->doc->source.text();
    const std::string_view text = unquoted(bytes.substr(s->range.begin, s->range.end - s->range.begin));
    if (text.empty() || !out.texts.insert(text).second) continue;
    if (std::find(out.lengths.begin(), out.lengths.end(), text.size()) == out.lengths.end())
      out.lengths.push_back(text.size());
  }
  std::sort(out.lengths.rbegin(), out.lengths.rend());
  std::sort(ranges.begin(), ranges.end(), [](ByteRange a, ByteRange b) { return a.begin < b.begin; });
  out.masked = masked_line(on_line.front()->doc->source, line, ranges);
  return out;
}

}  // namespace

SecretSpan secret_span(const Document& doc, ByteRange range) {
  const std::size_t last = range.end > range.begin ? range.end - 1 : range.begin;
  return {&doc, range, doc.source.line_of(range.begin), doc.source.line_of(last)};
}

void mask_secrets(std::vector<Diagnostic>& diagnostics, const std::vector<SecretSpan>& secrets) {
  if (secrets.empty()) return;
  std::map<std::string_view, std::vector<const SecretSpan*>> by_file;
  for (const SecretSpan& s : secrets) by_file[s.doc->source.path()].push_back(&s);
  // Per file and line: its secrets, or none (a line without a secret is looked at once too).
  std::map<std::pair<std::string_view, std::size_t>, std::optional<LineSecrets>> lines;
  for (Diagnostic& d : diagnostics) {
    const auto file = by_file.find(d.location.path);
    if (file == by_file.end()) continue;
    const std::size_t line = d.location.start.line;
    auto [at, fresh] = lines.try_emplace({file->first, line});
    if (fresh) {
      std::vector<const SecretSpan*> on_line;
      for (const SecretSpan* s : file->second)
        if (line >= s->first_line && line <= s->last_line) on_line.push_back(s);
      if (!on_line.empty()) at->second = line_secrets(line, on_line);
    }
    if (!at->second) continue;
    scrub(d.message, *at->second);
    d.source_line = at->second->masked;
  }
}

SourceLine SourceLines::of(const SourceFile& source, std::size_t line) {
  auto [at, fresh] = m_lines.try_emplace({&source, line});
  if (fresh) at->second = printable_line(source.line_text(line));
  return at->second;
}

Diagnostic make_diagnostic(const Rule& rule, const Document& doc, const Finding& finding, Language language,
                           SourceLines& lines) {
  const Document& at = finding.in ? *finding.in : doc;
  Diagnostic d;
  d.rule_id = rule.id;
  d.slug = rule.slug;
  d.severity = rule.severity_of(finding.variant);
  const Message& m = rule.variant(finding.variant).message;
  Args args = finding.args;
  if (finding.secret) args.erase("value");  // a secret is never part of a message
  d.message = render(language == Language::Nb ? m.nb : m.en, args);
  d.location = locate(at, finding.range);
  if (!finding.secret) d.source_line = lines.of(at.source, d.location.start.line);
  d.yaml_path = finding.path;
  for (const auto& [rdoc, range] : finding.related) d.related.push_back({locate(*rdoc, range), ""});
  return d;
}

}  // namespace lint
