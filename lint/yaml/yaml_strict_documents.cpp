// Document boundaries and tag handles: what lies between two documents, and handles their directives declare.
#include <algorithm>
#include <cctype>

#include "lint/yaml/yaml_strict.h"

namespace lint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }
bool ends_token(std::string_view t, std::size_t k) { return k >= t.size() || is_blank(t[k]) || is_break(t[k]); }

std::size_t next_line(std::string_view t, std::size_t at) {
  while (at < t.size() && !is_break(t[at])) ++at;
  if (at < t.size() && t[at] == '\r' && at + 1 < t.size() && t[at + 1] == '\n') ++at;
  return std::min(at + 1, t.size());
}

bool marker_at(std::string_view t, std::size_t at, std::string_view marker) {
  return t.substr(at, 3) == marker && ends_token(t, at + 3);
}

// A named handle "!name!" at `at`, or empty (the primary '!' and secondary '!!' handles need no directive).
std::string_view named_handle(std::string_view t, std::size_t at) {
  std::size_t k = at + 1;
  while (k < t.size() && (std::isalnum(static_cast<unsigned char>(t[k])) || t[k] == '-')) ++k;
  if (k == at + 1 || k >= t.size() || t[k] != '!') return {};
  return t.substr(at, k + 1 - at);
}

// The handle a "%TAG !name! prefix" line at `at` declares, or empty.
std::string_view tag_directive_handle(std::string_view t, std::size_t at) {
  if (t.substr(at, 4) != "%TAG" || !ends_token(t, at + 4)) return {};
  std::size_t k = at + 4;
  while (k < t.size() && is_blank(t[k])) ++k;
  return k < t.size() && t[k] == '!' ? named_handle(t, k) : std::string_view{};
}

}  // namespace

DocumentGap scan_document_gap(std::string_view t, std::size_t from, std::size_t to, bool after_root_block_scalar) {
  DocumentGap gap;
  gap.after_root_block_scalar = after_root_block_scalar;
  to = std::min(to, t.size());
  std::size_t line = std::min(from, to);
  if (line > 0 && !is_break(t[line - 1])) line = next_line(t, line);
  bool content_may_follow = after_root_block_scalar;  // its lines at column 0 are content up to a marker
  for (; line < to; line = next_line(t, line)) {
    if (marker_at(t, line, "...") || marker_at(t, line, "---")) content_may_follow = false;
    if (marker_at(t, line, "...")) gap.ended = true;
    if (t[line] != '%' || content_may_follow) continue;
    if (!gap.ended && !gap.early_directive) gap.early_directive = line;
    if (const auto handle = tag_directive_handle(t, line); !handle.empty()) gap.tag_handles.emplace_back(handle);
  }
  return gap;
}

std::optional<StrictViolation> document_start_violation(std::string_view t, std::size_t start, const DocumentGap& gap) {
  if (gap.early_directive) {
    const std::size_t at = *gap.early_directive;
    return StrictViolation{{at, at + 1}, "a directive after a document needs '...' to end that document first"};
  }
  const bool at_line_start = start == 0 || is_break(t[start - 1]);
  // yaml-cpp reads the column-0 lines of a root block scalar ("--- >\ntext") as new documents: the
  // input is valid, so the split is let through.
  if (gap.ended || gap.after_root_block_scalar || (at_line_start && marker_at(t, start, "---"))) return std::nullopt;
  return StrictViolation{{start, std::min(start + 1, t.size())},
                         "this does not belong to the document above; a new document must start with '---'"};
}

std::optional<StrictViolation> undeclared_tag_handle(std::string_view t, std::size_t at,
                                                     const std::vector<std::string>& declared) {
  // Node properties: an anchor and a tag in either order, possibly on separate lines.
  for (std::size_t k = at; k < t.size();) {
    if (is_blank(t[k]) || is_break(t[k])) {
      ++k;
    } else if (t[k] == '&') {
      while (!ends_token(t, k)) ++k;
    } else if (t[k] == '!') {
      const auto handle = named_handle(t, k);
      if (handle.empty() || std::find(declared.begin(), declared.end(), handle) != declared.end()) return std::nullopt;
      std::string detail = "the tag handle '";
      detail.append(handle).append("' is not declared by a %TAG directive before this document");
      return StrictViolation{{k, k + handle.size()}, std::move(detail)};
    } else {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace lint
