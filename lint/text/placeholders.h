// Placeholder and draft-marker search ({{…}}, ${…}, %s, TODO, XXX, lorem ipsum) with RE2 patterns given as
// data.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace re2 {
class RE2;
}

namespace lint::text {

/// One pattern (RE2 syntax; "(?i)" for case-insensitive) and the id reported when it matches.
struct PlaceholderPattern {
  std::string id;                            ///< e.g. "mustache", "todo"
  std::string regex;                         ///< e.g. "\\{\\{[^{}\\n]*\\}\\}"
  std::string description;                   ///< human text, e.g. "unfilled {{…}} template variable"
  std::shared_ptr<const re2::RE2> compiled;  ///< made once by the loader; compiled per call when absent
};

/// Compiles `regex` as a placeholder pattern (UTF-8, errors not logged).
std::shared_ptr<const re2::RE2> compile_placeholder_regex(const std::string& regex);

struct PlaceholderSet;  // all patterns in one RE2::Set

/// The patterns to look for; loaded from rules/data/text/placeholders.yaml.
struct PlaceholderPatterns {
  std::vector<PlaceholderPattern> patterns;
  std::shared_ptr<const PlaceholderSet> any;  ///< made by index_placeholders; null: every pattern runs
};

/// Prepares one RE2::Set of the compiled patterns, so that a text is scanned once to learn which of
/// them match at all (almost always none). The set is compiled when the first text after
/// `texts_before_set` texts is scanned (a big run pays for it, one bank's repository does not);
/// until then, or when it does not compile, every pattern runs. The findings are the same.
void index_placeholders(PlaceholderPatterns& patterns, std::size_t texts_before_set = 256);

struct PlaceholderFinding {
  Span span;
  std::string id;    ///< the pattern's id
  std::string text;  ///< the matched text
};

/// All matches of all patterns in `utf8`, ordered by position. A match lying inside an earlier
/// reported match (the "TODO" in "{{TODO}}") is not reported again. Patterns that do not compile
/// are skipped (the loader rejects them); empty matches are ignored. Each pattern's compiled form
/// is the one its loader made, so the patterns live in the check that holds them.
std::vector<PlaceholderFinding> find_placeholders(std::string_view utf8, const PlaceholderPatterns& patterns);

/// Checks that `regex` compiles with RE2; on failure returns false and sets `error`.
bool valid_placeholder_regex(const std::string& regex, std::string& error);

}  // namespace lint::text
