// Placeholder and draft-marker search ({{…}}, ${…}, %s, TODO, XXX, lorem ipsum) with RE2 patterns given as
// data.
#include "lint/text/placeholders.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>

namespace lint::text {
namespace {

RE2::Options options() {
  RE2::Options opt;
  opt.set_encoding(RE2::Options::EncodingUTF8);
  opt.set_log_errors(false);
  return opt;
}

void find_all(std::string_view text, const PlaceholderPattern& p, std::vector<PlaceholderFinding>& out) {
  const std::shared_ptr<const RE2> compiled = p.compiled ? p.compiled : compile_placeholder_regex(p.regex);
  const RE2& re = *compiled;
  if (!re.ok()) return;
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  for (std::size_t pos = 0; pos <= text.size();) {
    if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) break;
    const auto begin = static_cast<std::size_t>(match.data() - text.data());
    const std::size_t end = begin + match.size();
    if (end > begin) out.push_back({Span{begin, end}, p.id, std::string(match.data(), match.size())});
    pos = end > pos ? end : pos + 1;
  }
}

}  // namespace

struct PlaceholderSet {
  RE2::Set set{options(), RE2::UNANCHORED};
};

void index_placeholders(PlaceholderPatterns& patterns) {
  patterns.any = nullptr;
  auto index = std::make_shared<PlaceholderSet>();
  for (const PlaceholderPattern& p : patterns.patterns)
    if (!p.compiled || !p.compiled->ok() || index->set.Add(p.regex, nullptr) < 0) return;
  if (index->set.Compile()) patterns.any = std::move(index);
}

std::shared_ptr<const RE2> compile_placeholder_regex(const std::string& regex) {
  return std::make_shared<const RE2>(regex, options());
}

std::vector<PlaceholderFinding> find_placeholders(std::string_view utf8, const PlaceholderPatterns& patterns) {
  std::vector<PlaceholderFinding> all;
  if (utf8.empty()) return all;
  if (patterns.any) {
    std::vector<int> matching;  // the indexes of the patterns that match somewhere, in order
    if (!patterns.any->set.Match(re2::StringPiece(utf8.data(), utf8.size()), &matching)) return all;
    std::sort(matching.begin(), matching.end());
    for (const int i : matching) find_all(utf8, patterns.patterns[static_cast<std::size_t>(i)], all);
  } else {
    for (const PlaceholderPattern& p : patterns.patterns) find_all(utf8, p, all);
  }
  std::stable_sort(all.begin(), all.end(), [](const PlaceholderFinding& a, const PlaceholderFinding& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<PlaceholderFinding> kept;
  for (PlaceholderFinding& f : all)
    if (kept.empty() || f.span.end > kept.back().span.end) kept.push_back(std::move(f));
  return kept;
}

bool valid_placeholder_regex(const std::string& regex, std::string& error) {
  const RE2 re(regex, options());
  if (re.ok()) return true;
  error = re.error();
  return false;
}

}  // namespace lint::text
