// Bare URL and e-mail address recognition in running text (GitHub-style autolinks).
#include <array>
#include <string_view>

#include "lint/text/markdown_scan.h"
#include "lint/text/unicode_util.h"

namespace lint::text::detail {
namespace {

// `prefix` is lower case; compared byte by byte, with no copy (this runs at every position of a text).
bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (pos > s.size() || s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = s[pos + i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[i]) return false;
  }
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Trailing characters that end a sentence or close a quote rather than belong to the URL.
std::size_t trailing_punctuation(std::string_view url) {
  static constexpr std::array<std::string_view, 4> multi = {"\u00BB", "\u201D", "\u2019", "\u2026"};
  for (std::string_view m : multi)
    if (ends_with(url, m)) return m.size();
  if (url.empty()) return 0;
  const char c = url.back();
  if (std::string_view(".,:;!?'\"*_~").find(c) != std::string_view::npos) return 1;
  if (c == ')' || c == ']') {
    const char open = c == ')' ? '(' : '[';
    std::size_t opens = 0, closes = 0;
    for (char ch : url) {
      opens += ch == open;
      closes += ch == c;
    }
    return closes > opens ? 1 : 0;
  }
  return 0;
}

bool local_char(char c) { return is_ascii_alnum(c) || std::string_view("._%+-").find(c) != std::string_view::npos; }
bool domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

bool plausible_domain(std::string_view domain) {
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return false;
  for (char c : domain.substr(dot + 1))
    if (!is_ascii_alpha(c)) return false;
  return domain.front() != '.' && domain.front() != '-';
}

}  // namespace

std::size_t url_scheme_length(std::string_view s, std::size_t pos) {
  static constexpr std::array<std::string_view, 5> schemes = {"https://", "http://", "ftp://", "www.", "mailto:"};
  for (std::string_view scheme : schemes)
    if (starts_with_ci(s, pos, scheme)) return scheme.size();
  return 0;
}

bool is_mailto(std::string_view target) { return starts_with_ci(target, 0, "mailto:"); }

std::size_t scan_bare_url(MarkdownScan& sc, std::size_t pos, std::size_t begin, std::size_t end) {
  if (pos > begin && is_ascii_alnum(sc.src[pos - 1])) return pos + 1;
  const std::size_t scheme = url_scheme_length(sc.src, pos);
  if (scheme == 0) return pos + 1;
  std::size_t stop = pos;
  while (stop < end && !is_ascii_space(sc.src[stop]) && sc.src[stop] != '<' && !sc.is_hidden(stop)) ++stop;
  for (std::size_t cut; (cut = trailing_punctuation(sc.src.substr(pos, stop - pos))) > 0;) stop -= cut;
  if (stop <= pos + scheme) return pos + 1;
  const bool mail = is_mailto(sc.src.substr(pos, stop - pos));
  sc.add_link({pos, stop}, mail ? Link::Kind::email : Link::Kind::url, mail ? MarkupKind::email : MarkupKind::url);
  return stop;
}

void scan_bare_emails(MarkdownScan& sc, std::size_t begin, std::size_t end) {
  for (std::size_t at = sc.src.find('@', begin); at < end; at = sc.src.find('@', at + 1)) {
    if (sc.is_hidden(at)) continue;
    std::size_t left = at;
    while (left > begin && local_char(sc.src[left - 1]) && !sc.is_hidden(left - 1)) --left;
    while (left < at && sc.src[left] == '.') ++left;
    std::size_t right = at + 1;
    while (right < end && domain_char(sc.src[right]) && !sc.is_hidden(right)) ++right;
    while (right > at + 1 && (sc.src[right - 1] == '.' || sc.src[right - 1] == '-')) --right;
    if (left == at || !plausible_domain(sc.src.substr(at + 1, right - at - 1))) continue;
    sc.add_link({left, right}, Link::Kind::email, MarkupKind::email);
    at = right - 1;
  }
}

}  // namespace lint::text::detail
