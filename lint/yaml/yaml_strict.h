/// Stricter YAML checks for what yaml-cpp 0.7 accepts although the YAML 1.2 grammar forbids it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/core/source.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

struct StrictViolation {
  ByteRange range;
  std::string detail;
};

/// The first lexical violation in a stream yaml-cpp accepted: comments glued to tokens, stray commas
/// or dashes in flow collections, bad escapes, unclosed quotes, content after `...` or after a root
/// flow collection, directives without a document, under-indented continuation lines.
std::optional<StrictViolation> lexical_violation(std::string_view text);

/// The first block-context problem yaml-cpp lets through: a plain key without ':' after it, or a
/// multi-line plain scalar whose continuation line is not indented past its parent collection.
std::optional<StrictViolation> indentation_violation(std::string_view text, const YamlDocument& doc);

/// What lies between the end of one document's content and the start of the next.
struct DocumentGap {
  bool ended = false;                          // a '...' line ends the document before
  std::optional<std::size_t> early_directive;  // a directive line that no '...' precedes
  std::vector<std::string> tag_handles;        // the named handles ("!name!") its %TAG lines declare
  bool after_root_block_scalar = false;        // the document before is a block scalar
};

/// Reads the lines in [from, to): `from` is where the previous document's content ends (0 before the
/// first document), `to` where yaml-cpp starts the next one. After a root block scalar, lines before
/// the next marker are its content, not directives.
DocumentGap scan_document_gap(std::string_view text, std::size_t from, std::size_t to, bool after_root_block_scalar);

/// A document after the first must start with '---' unless '...' ended the one before, and its
/// directives need that '...' too. yaml-cpp starts a new document silently where content
/// does not fit the one before ("- a\nb: c").
std::optional<StrictViolation> document_start_violation(std::string_view text, std::size_t start,
                                                        const DocumentGap& gap);

/// A named tag handle in the node properties at `at` that no %TAG directive of the document declares
/// (yaml-cpp keeps directives from earlier documents and leaves unknown handles unresolved).
std::optional<StrictViolation> undeclared_tag_handle(std::string_view text, std::size_t at,
                                                     const std::vector<std::string>& declared);

/// The source respelled where yaml-cpp rejects valid YAML, with the same meaning and every byte at
/// its offset: in a flow mapping, the blanks, comments and breaks before a key's ':' on a later line
/// become spaces, and so does a single break inside a plain key ("{ a\nb: c }"); a blank line's tabs
/// become spaces.
std::string yaml_cpp_retry_input(std::string_view text);

}  // namespace lint
