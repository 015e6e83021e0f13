// Value types shared by the text-analysis module: byte spans, words, markup, links and the TextModel.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lint::text {

/// A half-open range [begin, end) of byte offsets into the original UTF-8 text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end > begin ? end - begin : 0; }
  bool empty() const { return end <= begin; }
  bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// One word of prose, as segmented by ICU's word BreakIterator.
struct Word {
  Span span;                 ///< where the word is in the original text
  std::string lower;         ///< the word lower-cased (root locale) and in NFC
  bool numeric = false;      ///< ICU classed it as a number ("90", "1.500", "01.02.2025")
  std::size_t sentence = 0;  ///< index into TextModel::sentences
};

/// What a stretch of non-prose text is.
enum class MarkupKind {
  heading_marker,     ///< "#", "##", closing "#"s, setext underlines
  list_marker,        ///< "-", "*", "+", "1.", "1)", task boxes "[ ]"
  blockquote_marker,  ///< ">"
  emphasis,           ///< "*", "_", "**", "~~" delimiters
  link_syntax,        ///< "[", "](url)", "![", reference definitions, "<" ">" of autolinks
  url,                ///< a bare or autolinked URL in running text
  email,              ///< a bare or autolinked e-mail address in running text
  code_span,          ///< `code`
  code_block,         ///< fenced code block, including its fences
  html_comment,       ///< <!-- ... --> (ignored entirely: neither prose nor links)
  html_tag,           ///< <br>, <b>, </p> ...
  table_syntax,       ///< "|" and delimiter rows
  thematic_break,     ///< "---", "***"
  escape,             ///< the backslash of "\*"
  front_matter,       ///< a leading "---" YAML block
};

/// A stretch of the text that is markup, not prose.
struct Markup {
  Span span;
  MarkupKind kind = MarkupKind::link_syntax;
};

/// A URL or e-mail address found in the text (link target, autolink or bare).
struct Link {
  enum class Kind { url, email };
  Span span;           ///< the address as written (for "mailto:x@y.no" the whole target)
  std::string target;  ///< the address; for e-mail without "mailto:"
  Kind kind = Kind::url;
};

/// The prose of a Markdown or plain-text document, with its markup separated out.
struct TextModel {
  std::vector<Word> words;      ///< prose words in text order (headings included)
  std::vector<Span> sentences;  ///< sentence spans in text order; every word is in one
  std::vector<Markup> markup;   ///< non-prose stretches in the order found (may nest)
  std::vector<Link> links;      ///< URLs and e-mail addresses in text order
  std::vector<Span> headings;   ///< the content of ATX and setext headings
  /// Indices into `words`, ordered by Word::lower and then by position, so that phrase matching
  /// finds the words that can start a phrase without a scan (made by analyse_markdown).
  std::vector<std::uint32_t> by_word;
};

}  // namespace lint::text
