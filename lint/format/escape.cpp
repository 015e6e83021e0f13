// Escaping for the CI formats: workflow commands, XML, Markdown table cells and URI references.
#include "lint/format/escape.h"

#include <cstdio>

#include "lint/core/source.h"

namespace lint {

namespace {

std::string percent(unsigned char c) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%%%02X", c);
  return buf;
}

// The text with every byte that is not valid UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = utf8_sequence_length(text, i);
    out += len == 0 ? std::string("\uFFFD") : std::string(text.substr(i, len));
    i += len == 0 ? 1 : len;
  }
  return out;
}

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  for (const char c : valid_utf8(text)) {
    if (c == '%' || c == '\r' || c == '\n' || (property && (c == ':' || c == ','))) {
      out += percent(static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

// Whether XML 1.0 can hold this code point as text (tab, LF and CR are handled before).
bool xml_char(unsigned code) {
  if (code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F)) return false;
  return code != 0xFFFE && code != 0xFFFF;
}

const char* xml_entity(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\t':
      return "&#9;";
    case '\n':
      return "&#10;";
    case '\r':
      return "&#13;";
  }
  return nullptr;
}

bool unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

}  // namespace

std::string github_escape_data(std::string_view text) { return github_escape(text, false); }

std::string github_escape_property(std::string_view text) { return github_escape(text, true); }

std::string xml_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (const char* entity = xml_entity(text[i])) {
      out += entity;
      ++i;
      continue;
    }
    const std::size_t start = i;
    const std::int32_t code = decode_utf8(text, i);  // advances i past the sequence, or one bad byte
    out += code >= 0 && xml_char(static_cast<unsigned>(code)) ? std::string(text.substr(start, i - start)) : "\uFFFD";
  }
  return out;
}

std::string markdown_cell(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '|' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string uri_reference(std::string_view path) {
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    out += unreserved(c) || c == '/' ? std::string(1, ch) : percent(c);
  }
  return out;
}

}  // namespace lint
