// SourceFile: positions in characters across LF, CRLF and lone CR; UTF-8 validation.
#include <catch2/catch.hpp>

#include "lint/core/source.h"

using lint::Position;
using lint::SourceFile;

TEST_CASE("source: columns count code points, not bytes") {
  const SourceFile f("f", "æøå: x\nb: y\n");
  CHECK(f.position(0) == Position{1, 1});
  CHECK(f.position(8) == Position{1, 6});  // 'x' after three two-byte letters, ':' and a space
  CHECK(f.position(10) == Position{2, 1});
}

TEST_CASE("source: CRLF and lone CR end lines") {
  auto [text, offset, line, column] = GENERATE(table<std::string, std::size_t, std::size_t, std::size_t>({
      {"a\r\nb", 3, 2, 1},
      {"a\rb", 2, 2, 1},
      {"a\r\n\r\nb", 5, 3, 1},
      {"a\n\rb", 3, 3, 1},
  }));
  const SourceFile f("f", text);
  CHECK(f.position(offset) == Position{line, column});
  CHECK(f.line_text(1) == "a");
}

TEST_CASE("source: first invalid UTF-8 byte") {
  auto [bytes, expected] = GENERATE(table<std::string, long>({
      {"plain ascii", -1},
      {"bl\xC3\xA5", -1},
      {"bl\xE5", 2},            // Latin-1 å
      {"\xC0\xAF", 0},          // overlong
      {"a\xED\xA0\x80", 1},     // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},  // beyond U+10FFFF
      {"ok\xE2\x82", 2},        // truncated sequence
      {std::string("nul\0ok", 6), -1},
  }));
  const auto bad = lint::first_invalid_utf8(bytes);
  CHECK((bad ? static_cast<long>(*bad) : -1L) == expected);
}

TEST_CASE("source: positions clamp to the end of the file") {
  const SourceFile f("f", "ab");
  CHECK(f.position(99) == Position{1, 3});
  CHECK(SourceFile("f", "").position(0) == Position{1, 1});
}

TEST_CASE("source: positions in long lines match a count from the line start") {
  // Lines of 30,000 bytes and more: ASCII, two- to four-byte characters, stray continuation bytes,
  // a truncated sequence and a lone CR, so the marks inside them fall at every kind of byte.
  std::string text;
  const std::string pieces[] = {"abc", "\xC3\xA6", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\x80\x80", "\xE2\x80", " "};
  for (int line = 0; line < 3; ++line) {
    for (std::size_t i = 0; text.size() < 30000u * (line + 1); ++i) text += pieces[(i * 7 + line) % 7];
    text += line == 1 ? "\r" : "\n";
  }
  const SourceFile f("f", text);
  for (std::size_t offset = 0; offset <= text.size(); offset += offset % 5 == 0 ? 1 : 97) {
    const std::size_t start = f.line_start(f.line_of(offset));
    const Position expected{f.line_of(offset), 1 + lint::count_code_points(std::string_view(text).substr(start, offset - start))};
    INFO(offset);
    REQUIRE(f.position(offset) == expected);
  }
}
