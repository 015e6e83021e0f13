// Internal state shared by the Markdown block scanner, inline scanner and sentence splitter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lint/text/markdown.h"
#include "lint/text/types.h"

namespace lint::text::detail {

/// Scanner state: the source, a masked copy (markup bytes replaced by ' ', newlines kept, so
/// offsets are identical) and the model being built.
struct MarkdownScan {
  explicit MarkdownScan(std::string_view text) : src(text), masked(text), hidden(text.size(), 0) {}

  std::string_view src;
  std::string masked;
  std::vector<char> hidden;             ///< 1 where the byte is not prose
  std::vector<std::size_t> boundaries;  ///< positions where a new block starts
  TextModel model;

  /// Marks [s.begin, s.end) as markup of `kind` (clamped to the text).
  void hide(Span s, MarkupKind kind);
  /// Records a URL or e-mail address at `s` and hides it as `kind`.
  void add_link(Span s, Link::Kind link_kind, MarkupKind kind);
  bool is_hidden(std::size_t pos) const { return pos < hidden.size() && hidden[pos] != 0; }
  char at(std::size_t pos) const { return pos < src.size() ? src[pos] : '\0'; }
};

/// Scans one line's content [begin, end) for inline constructs.
void scan_inline(MarkdownScan& sc, std::size_t begin, std::size_t end);

/// If a bare URL starts at `pos` (after a non-alphanumeric byte), records it and returns its end;
/// otherwise returns pos + 1.
std::size_t scan_bare_url(MarkdownScan& sc, std::size_t pos, std::size_t begin, std::size_t end);

/// Finds bare e-mail addresses in [begin, end) that are not hidden yet.
void scan_bare_emails(MarkdownScan& sc, std::size_t begin, std::size_t end);

/// Length of the URL scheme starting at `pos` ("http://", "https://", "ftp://", "www.", "mailto:"), or 0.
std::size_t url_scheme_length(std::string_view s, std::size_t pos);

/// True when the link target `target` is a "mailto:" address.
bool is_mailto(std::string_view target);

/// Segments the masked text into words and sentences.
void build_words_and_sentences(MarkdownScan& sc, const SentenceRules& rules);

}  // namespace lint::text::detail
