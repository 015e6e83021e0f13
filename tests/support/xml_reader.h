/// A small strict XML 1.0 reader for tests: parses a document into elements or says why it is not
/// well-formed, so a format's XML is checked the way a consumer reads it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lint::test {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;  // values with references resolved, as parsers give them
  std::string text;                               // the character data directly inside, references resolved
  std::vector<XmlElement> children;

  /// The children named `child_name`.
  std::vector<const XmlElement*> all(std::string_view child_name) const;
  /// An attribute's value, or "" when it is absent.
  std::string attr(const std::string& attribute) const;
};

/// Parses `text`: an optional XML declaration, comments, one root element, nothing else. Throws
/// std::runtime_error naming the byte offset for anything an XML parser rejects: bytes that are not
/// UTF-8, characters XML cannot hold, unknown references, unquoted or repeated attributes, `<` in an
/// attribute, mismatched or unclosed tags, text outside the root. DTDs and CDATA are not accepted.
XmlElement parse_xml(std::string_view text);

}  // namespace lint::test
