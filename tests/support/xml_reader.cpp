// The strict XML 1.0 reader used by the format tests (elements, attributes, text, references).
#include "tests/support/xml_reader.h"

#include <cctype>
#include <stdexcept>

#include "lint/core/source.h"

namespace lint::test {

std::vector<const XmlElement*> XmlElement::all(std::string_view child_name) const {
  std::vector<const XmlElement*> found;
  for (const XmlElement& c : children)
    if (c.name == child_name) found.push_back(&c);
  return found;
}

std::string XmlElement::attr(const std::string& attribute) const {
  const auto it = attributes.find(attribute);
  return it == attributes.end() ? "" : it->second;
}

namespace {

bool xml_char(unsigned c) {
  if (c < 0x20) return c == 0x9 || c == 0xA || c == 0xD;
  return !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

unsigned decode(std::string_view seq) {
  const auto b0 = static_cast<unsigned char>(seq[0]);
  if (seq.size() == 1) return b0;
  unsigned code = b0 & (0x7Fu >> seq.size());
  for (std::size_t i = 1; i < seq.size(); ++i) code = (code << 6) | (static_cast<unsigned char>(seq[i]) & 0x3Fu);
  return code;
}

std::string encode(unsigned c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

bool name_char(char c, bool first) {
  const auto u = static_cast<unsigned char>(c);
  if (std::isalpha(u) || c == '_' || c == ':' || u >= 0x80) return true;
  return !first && (std::isdigit(u) || c == '-' || c == '.');
}

class Reader {
 public:
  explicit Reader(std::string_view text) : m_text(text) {}

  XmlElement document() {
    check_characters();
    if (starts("<?xml")) skip_past("?>");
    skip_misc();
    if (!starts("<")) fail("expected the root element");
    XmlElement root = element();
    skip_misc();
    if (m_pos != m_text.size()) fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw std::runtime_error("not well-formed XML at byte " + std::to_string(m_pos) + ": " + why);
  }

  void check_characters() {
    for (m_pos = 0; m_pos < m_text.size();) {
      const std::size_t len = utf8_sequence_length(m_text, m_pos);
      if (len == 0) fail("not UTF-8");
      if (!xml_char(decode(m_text.substr(m_pos, len)))) fail("a character XML 1.0 cannot hold");
      m_pos += len;
    }
    m_pos = 0;
  }

  bool starts(std::string_view s) const { return m_text.substr(m_pos, s.size()) == s; }
  bool at_end() const { return m_pos >= m_text.size(); }
  char peek() const { return at_end() ? '\0' : m_text[m_pos]; }

  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++m_pos;
  }

  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++m_pos;
  }

  void skip_past(std::string_view end) {
    const std::size_t found = m_text.find(end, m_pos);
    if (found == std::string_view::npos) fail("unterminated markup");
    m_pos = found + end.size();
  }

  void skip_misc() {
    for (skip_space(); starts("<!--"); skip_space()) skip_past("-->");
  }

  std::string name() {
    const std::size_t begin = m_pos;
    if (!name_char(peek(), true)) fail("expected a name");
    while (!at_end() && name_char(peek(), false)) ++m_pos;
    return std::string(m_text.substr(begin, m_pos - begin));
  }

  // `&…;` at the current position, resolved.
  std::string reference() {
    const std::size_t end = m_text.find(';', m_pos);
    if (end == std::string_view::npos) fail("'&' without ';'");
    const std::string_view ref = m_text.substr(m_pos + 1, end - m_pos - 1);
    m_pos = end + 1;
    if (ref == "amp") return "&";
    if (ref == "lt") return "<";
    if (ref == "gt") return ">";
    if (ref == "quot") return "\"";
    if (ref == "apos") return "'";
    if (ref.size() < 2 || ref[0] != '#') fail("unknown entity '" + std::string(ref) + "'");
    const bool hex = ref[1] == 'x';
    const std::string digits(ref.substr(hex ? 2 : 1));
    if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") != std::string::npos)
      fail("bad character reference");
    const unsigned long code = std::stoul(digits, nullptr, hex ? 16 : 10);
    if (code > 0x10FFFF || !xml_char(static_cast<unsigned>(code))) fail("reference to a character XML cannot hold");
    return encode(static_cast<unsigned>(code));
  }

  // A quoted attribute value; literal white space becomes a space, as XML normalises it.
  std::string attribute_value() {
    const char quote = peek();
    if (quote != '"' && quote != '\'') fail("attribute value without quotes");
    ++m_pos;
    std::string value;
    while (peek() != quote) {
      if (at_end()) fail("unterminated attribute value");
      const char c = peek();
      if (c == '<') fail("'<' in an attribute value");
      if (c == '&') {
        value += reference();
      } else {
        value += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
        ++m_pos;
      }
    }
    ++m_pos;
    return value;
  }

  void attributes(XmlElement& e) {
    for (;;) {
      const std::size_t before = m_pos;
      skip_space();
      if (peek() == '>' || peek() == '/') return;
      if (m_pos == before) fail("attributes must be separated by white space");
      const std::string key = name();
      skip_space();
      expect('=');
      skip_space();
      if (!e.attributes.emplace(key, attribute_value()).second) fail("repeated attribute '" + key + "'");
    }
  }

  void content(XmlElement& e) {
    for (;;) {
      if (at_end()) fail("element '" + e.name + "' is not closed");
      if (starts("</")) return;
      if (starts("<!--")) {
        skip_past("-->");
      } else if (starts("<![CDATA[") || starts("<!") || starts("<?")) {
        fail("markup this reader does not accept");
      } else if (peek() == '<') {
        e.children.push_back(element());
      } else if (peek() == '&') {
        e.text += reference();
      } else {
        if (starts("]]>")) fail("']]>' in text");
        e.text += peek();
        ++m_pos;
      }
    }
  }

  XmlElement element() {
    expect('<');
    XmlElement e;
    e.name = name();
    attributes(e);
    if (starts("/>")) {
      m_pos += 2;
      return e;
    }
    expect('>');
    content(e);
    m_pos += 2;
    if (name() != e.name) fail("end tag does not match '" + e.name + "'");
    skip_space();
    expect('>');
    return e;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

}  // namespace

XmlElement parse_xml(std::string_view text) { return Reader(text).document(); }

}  // namespace lint::test
