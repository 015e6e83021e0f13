// Parity items: the numbers, URLs and e-mail addresses of a text, normalised so language versions can be
// compared.
#include "lint/text/extract.h"

#include <algorithm>
#include <array>

#include "lint/core/strings.h"
#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

using detail::is_ascii_digit;

bool digits_and_separators(std::string_view s) {
  return !s.empty() && is_ascii_digit(s.front()) &&
         std::all_of(s.begin(), s.end(), [](char c) { return is_ascii_digit(c) || c == '.' || c == ',' || c == ' '; });
}

bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_digit); }

// True when the text between two number words is one digit-group separator.
bool group_separator(std::string_view gap) {
  static constexpr std::array<std::string_view, 3> seps = {" ", "\u00A0", "\u202F"};
  return std::find(seps.begin(), seps.end(), gap) != seps.end();
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (std::size_t pos = 0;;) {
    const std::size_t next = s.find(sep, pos);
    parts.push_back(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) return parts;
    pos = next + 1;
  }
}

bool thousands_groups(const std::vector<std::string_view>& parts) {
  if (parts.size() < 2 || parts[0].empty() || parts[0].size() > 3 || !all_digits(parts[0])) return false;
  return std::all_of(parts.begin() + 1, parts.end(), [](std::string_view p) { return p.size() == 3 && all_digits(p); });
}

std::string join(const std::vector<std::string_view>& parts, std::string_view with) {
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k > 0) out += with;
    out += parts[k];
  }
  return out;
}

// One separator kind only: thousands groups are joined, a single decimal mark becomes '.'.
std::string normalise_one_kind(std::string_view s, char sep) {
  const std::vector<std::string_view> parts = split(s, sep);
  if (thousands_groups(parts)) return join(parts, "");
  if (parts.size() == 2) return join(parts, ".");
  return std::string(s);
}

// Multi-word numbers: consecutive number words joined by a group separator, the later ones being
// exactly three digits ("10 000", "1 500 000").
std::size_t number_run_end(std::string_view utf8, const std::vector<Word>& words, std::size_t i) {
  std::size_t j = i;
  if (words[i].lower.size() > 3 || !all_digits(words[i].lower)) return i;
  while (j + 1 < words.size() && words[j + 1].numeric && words[j + 1].lower.size() == 3 &&
         all_digits(words[j + 1].lower) && words[j + 1].span.begin <= utf8.size() &&
         group_separator(utf8.substr(words[j].span.end, words[j + 1].span.begin - words[j].span.end)))
    ++j;
  return j;
}

void add_numbers(std::string_view utf8, const TextModel& model, std::vector<ParityItem>& out) {
  const std::vector<Word>& words = model.words;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].numeric || !digits_and_separators(words[i].lower)) continue;
    const std::size_t j = number_run_end(utf8, words, i);
    const Span span{words[i].span.begin, words[j].span.end};
    std::string written;
    for (std::size_t k = i; k <= j; ++k) written += words[k].lower;
    out.push_back({span, ParityKind::number, normalise_number(written)});
    i = j;
  }
}

}  // namespace

std::string normalise_number(std::string_view number) {
  std::string s;
  for (char c : number)
    if (c != ' ') s += c;
  const std::size_t dot = s.find('.'), comma = s.find(',');
  if (dot == std::string::npos && comma == std::string::npos) return s;
  if (dot == std::string::npos) return normalise_one_kind(s, ',');
  if (comma == std::string::npos) return normalise_one_kind(s, '.');
  const std::size_t last = s.find_last_of(".,");
  const char thousands = s[last] == ',' ? '.' : ',';
  const std::vector<std::string_view> whole = split(std::string_view(s).substr(0, last), thousands);
  if (!thousands_groups(whole) && whole.size() > 1) return s;
  if (std::string_view(s).substr(0, last).find(s[last]) != std::string_view::npos) return s;
  return join(whole, "") + "." + s.substr(last + 1);
}

std::string normalise_url(std::string_view url) {
  std::string s(url);
  if (ascii_lower(s.substr(0, 7)) == "mailto:") s.erase(0, 7);
  const std::size_t scheme = s.find("://");
  const std::size_t host_begin = scheme == std::string::npos ? 0 : scheme + 3;
  const std::size_t host_end = std::min(s.find_first_of("/?#", host_begin), s.size());
  s = ascii_lower(s.substr(0, host_end)) + s.substr(host_end);
  while (s.size() > host_begin + 1 && s.back() == '/') s.pop_back();
  return s;
}

std::vector<ParityItem> extract_parity_items(std::string_view utf8, const TextModel& model) {
  std::vector<ParityItem> items;
  add_numbers(utf8, model, items);
  for (const Link& l : model.links) {
    const bool mail = l.kind == Link::Kind::email;
    items.push_back({l.span, mail ? ParityKind::email : ParityKind::url,
                     mail ? ascii_lower(l.target) : normalise_url(l.target)});
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const ParityItem& a, const ParityItem& b) { return a.span.begin < b.span.begin; });
  return items;
}

}  // namespace lint::text
