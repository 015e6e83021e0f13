/// Suppression comments: `dsoplint: disable-next-line ID… [until=YYYY-MM-DD] -- reason` read from
/// YAML comments and from HTML comments in Markdown texts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/core/source.h"
#include "lint/text/types.h"

namespace lint {

/// A rule name as written in a directive (an id or a slug), and where.
struct RuleToken {
  std::string name;
  ByteRange range;
};

struct Directive {
  enum class Scope { Line, NextLine };
  enum class Problem { None, UnknownAction, NoRule };

  Scope scope = Scope::NextLine;
  ByteRange comment;   // the whole comment: `disable-line` covers its first line, `disable-next-line`
                       // the line after its last
  ByteRange range;     // from "dsoplint:" to the end of the directive's text
  std::string action;  // the word after "dsoplint:", e.g. "disable-next-line"
  ByteRange action_range;
  std::vector<RuleToken> rules;
  std::optional<RuleToken> until;   // the date after `until=`, as written
  std::string reason;               // after ` -- `, trimmed; empty when missing
  Problem problem = Problem::None;  // a malformed directive suppresses nothing
};

/// The directive in a comment's text `body` (a range of `text`), when the body starts with
/// `dsoplint:` after blanks; `comment` is the whole comment the body is in.
std::optional<Directive> parse_directive(std::string_view text, ByteRange body, ByteRange comment);

/// The directives in a YAML source's comments, in source order.
std::vector<Directive> yaml_directives(std::string_view text);

/// The directives in a Markdown text's HTML comments (`<!-- dsoplint: … -->`), as the text's
/// analysis found them (so a comment inside a code span or block is not one).
std::vector<Directive> markdown_directives(std::string_view text, const text::TextModel& model);

}  // namespace lint
