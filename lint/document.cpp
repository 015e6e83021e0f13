// Document kind names.
#include "lint/document.h"

namespace lint {

const char* doc_kind_name(DocKind kind) {
  switch (kind) {
    case DocKind::Config:
      return "config";
    case DocKind::Template:
      return "template";
    case DocKind::Text:
      return "text";
    case DocKind::Yaml:
      return "yaml";
  }
  return "yaml";
}

std::optional<DocKind> parse_doc_kind(std::string_view name) {
  for (DocKind k : {DocKind::Config, DocKind::Template, DocKind::Text, DocKind::Yaml})
    if (name == doc_kind_name(k)) return k;
  return std::nullopt;
}

}  // namespace lint
