/// A linted document: its source, its kind, its parsed YAML and the config that references it.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint/core/source.h"
#include "lint/text/language.h"
#include "lint/text/markdown.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

enum class DocKind { Config, Template, Text, Yaml };

/// "config", "template", "text" or "yaml".
const char* doc_kind_name(DocKind kind);
std::optional<DocKind> parse_doc_kind(std::string_view name);

/// Where a config names another file (a template, text, certificate or report).
struct Reference {
  std::string field;      // e.g. "request_template", "nb", "file"
  std::string env;        // the environment section, when there is one
  std::string resolved;   // the file system path, relative to the working folder
  NodeId node = kNoNode;  // the config value that names the file
};

struct Document {
  DocKind kind = DocKind::Yaml;
  SourceFile source;
  std::optional<YamlDocument> yaml;  // the first YAML document, when the file parsed
  const Document* config = nullptr;  // the config that references this file, if any
  Reference reference;               // how that config names it
  std::string base_dir;              // the folder relative paths in it start from

  /// The text's Markdown analysis under these sentence rules: made on first use, then kept with
  /// the document so that every text rule shares it. The rules must outlive the document.
  const text::TextModel& text_model(const text::SentenceRules& rules) const;
  /// The text's analysis when only its markup counts (HTML comments, code), which sentence rules
  /// do not change: the first one made, or one made now.
  const text::TextModel& markup_model() const;
  /// The language guess for `model` (one of this document's) under `profiles`: made on first use,
  /// then kept, so that every rule judging the text's language shares it. Both must outlive the
  /// document.
  const text::LanguageGuess& language_guess(const text::TextModel& model, const text::LanguageProfiles& profiles) const;

 private:
  struct Guess {
    const text::TextModel* model;
    const text::LanguageProfiles* profiles;
    text::LanguageGuess guess;
  };
  mutable std::vector<std::pair<const text::SentenceRules*, std::unique_ptr<text::TextModel>>> m_models;
  mutable std::deque<Guess> m_guesses;  // a deque: references stay valid as guesses are added
};

}  // namespace lint
