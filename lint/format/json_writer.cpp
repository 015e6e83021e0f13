// JSON string escaping.
#include "lint/format/json_writer.h"

#include <cstdio>

#include "lint/core/source.h"

namespace lint {

void write_json_string(std::ostream& out, std::string_view text) {
  out << '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out << "\\\"";
        break;
      case '\\':
        out << "\\\\";
        break;
      case '\n':
        out << "\\n";
        break;
      case '\r':
        out << "\\r";
        break;
      case '\t':
        out << "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out << buf;
        } else if (c >= 0x80) {
          const std::size_t len = utf8_sequence_length(text, i);
          if (len == 0) {
            out << "\\ufffd";
          } else {
            out << text.substr(i, len);
            i += len - 1;
          }
        } else {
          out << static_cast<char>(c);
        }
    }
  }
  out << '"';
}

}  // namespace lint
