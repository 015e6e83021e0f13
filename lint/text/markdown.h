// Markdown / plain-text model: separates prose words and sentences from markup, URLs and e-mail addresses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace lint::text {

/// Abbreviations after which a full stop does not end a sentence ("f.eks.", "bl.a.", "ca.", "nr.").
/// Entries are compared lower-cased and must end in '.'; loaded from rules/data/text/abbreviations.yaml.
struct SentenceRules {
  std::vector<std::string> abbreviations;
  /// The abbreviations folded (fold_word) and without their final '.', sorted and unique: set by
  /// load_sentence_rules; when it is empty, analyse_markdown makes it from `abbreviations`.
  std::vector<std::string> stems;
};

/// The `stems` of a SentenceRules for these abbreviations.
std::vector<std::string> abbreviation_stems(const std::vector<std::string>& abbreviations);

/// Analyses a UTF-8 Markdown (or plain-text) document.
///
/// Prose: running text, heading text, list item text, link text, emphasised text, table cells.
/// Markup (recorded in TextModel::markup, not prose): ATX heading markers and closing '#'s,
/// setext underlines, list bullets and numbers ("1." at a line start), task boxes, '>' quote
/// markers, emphasis delimiters, link syntax (the target of "[text](url)" becomes a Link),
/// autolinks, bare URLs and e-mail addresses (also Links), code spans, fenced code blocks,
/// HTML tags, table pipes and delimiter rows, thematic breaks, leading YAML front matter.
/// HTML comments are ignored entirely (recorded as markup only).
///
/// Inline constructs (links, code spans, emphasis) are recognised within one line; HTML comments
/// may span lines. Indented code blocks and tables without a leading '|' are treated as prose.
///
/// Words are ICU word-BreakIterator tokens of the prose (letters and numbers; punctuation dropped).
/// Sentences end at '!' or '?', at '.' or '…' followed by whitespace unless the next word starts
/// with a lower-case letter or the word before is an abbreviation in `rules`, and at every block
/// boundary (blank line, heading, list item, table cell, code block). Never throws on ill-formed
/// UTF-8; positions are byte offsets into `utf8`.
TextModel analyse_markdown(std::string_view utf8, const SentenceRules& rules = {});

}  // namespace lint::text
