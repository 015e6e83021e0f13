/// Escaping for the CI formats: GitHub workflow commands, XML, Markdown tables and URI references.
#pragma once

#include <string>
#include <string_view>

namespace lint {

/// A workflow command's message as @actions/core escapes it: `%`, CR and LF become %25, %0D, %0A
/// (and bytes that are not UTF-8 become U+FFFD).
std::string github_escape_data(std::string_view text);
/// A workflow command's property value: as the message, and `:` and `,` become %3A and %2C.
std::string github_escape_property(std::string_view text);

/// Text for XML 1.0 content or a quoted attribute: markup characters as entities, tab, LF and CR
/// as character references (attributes keep them), and bytes XML cannot hold (invalid UTF-8, C0 and
/// C1 control characters, U+FFFE, U+FFFF) as U+FFFD.
std::string xml_escape(std::string_view text);

/// Text for a GitHub-flavoured Markdown table cell: `|` and `\` escaped, `<`, `>` and `&` as
/// entities (so quoted HTML comments stay visible), line breaks as `<br>`, bytes that are not
/// UTF-8 as U+FFFD.
std::string markdown_cell(std::string_view text);

/// A file path as an RFC 3986 URI reference: every byte but unreserved characters and `/`
/// percent-encoded (spaces, non-ASCII, `%`, `#`, `?`, `:`, `\`).
std::string uri_reference(std::string_view path);

}  // namespace lint
