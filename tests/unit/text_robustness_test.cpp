// Robustness tests for lint::text: empty, odd and ill-formed UTF-8 input must not crash any function.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "lint/text/text.h"

using namespace lint::text;

namespace {

struct AllData {
  SentenceRules sentences;
  PlaceholderPatterns placeholders;
  LanguageProfiles profiles;
  PhraseCatalogue phrases;
  DurationData durations;
};

const AllData& all_data() {
  static const AllData d = [] {
    const std::string dir = std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/";
    return AllData{load_sentence_rules(YAML::LoadFile(dir + "abbreviations.yaml")),
                   load_placeholder_patterns(YAML::LoadFile(dir + "placeholders.yaml")),
                   load_language_profiles(YAML::LoadFile(dir + "language_profiles.yaml")),
                   load_phrase_catalogue(YAML::LoadFile(dir + "phrases.yaml")),
                   load_duration_data(YAML::LoadFile(dir + "durations.yaml"))};
  }();
  return d;
}

bool within(Span s, std::size_t size) { return s.begin <= s.end && s.end <= size; }

// Runs every function on `text` and checks that every reported span lies inside it.
void exercise(const std::string& text) {
  const AllData& d = all_data();
  const TextModel m = analyse_markdown(text, d.sentences);
  for (const Word& w : m.words) CHECK(within(w.span, text.size()));
  for (const Span& s : m.sentences) CHECK(within(s, text.size()));
  for (const Markup& mk : m.markup) CHECK(within(mk.span, text.size()));
  for (const Link& l : m.links) CHECK(within(l.span, text.size()));
  Span bad;
  is_nfc(text, &bad);
  CHECK(grapheme_count(text) <= text.size());
  for (const CharFinding& f : find_invisible(text)) CHECK(within(f.span, text.size()));
  for (const MojibakeFinding& f : find_mojibake(text)) CHECK(within(f.span, text.size()));
  for (const PlaceholderFinding& f : find_placeholders(text, d.placeholders)) CHECK(within(f.span, text.size()));
  detect_language(m, d.profiles);
  for (const char* list : {"source", "claims_and_payments", "withdrawal", "withdrawal_place"})
    if (auto found = find_phrase(m, d.phrases.get(list, "nb"))) CHECK(within(found->span, text.size()));
  for (const Duration& du : extract_durations(m, d.durations, "nb")) CHECK(within(du.span, text.size()));
  for (const ParityItem& p : extract_parity_items(text, m)) CHECK(within(p.span, text.size()));
  for (const PersonId& p : find_person_ids(text)) CHECK(within(p.span, text.size()));
  CHECK(lix(m) >= 0.0);
}

}  // namespace

TEST_CASE("text/robustness: odd and ill-formed input", "[text][robustness]") {
  const std::vector<std::string> inputs = {
      "",
      std::string(1, '\0'),
      "\xFF\xFE",          // UTF-16 BOM bytes
      "\xC0\xAF",          // overlong '/'
      "\xE0\x80\xAF",      // overlong, 3 bytes
      "\xED\xA0\x80",      // an encoded surrogate
      "\xF4\x90\x80\x80",  // above U+10FFFF
      "\xC3",              // truncated
      "Ã\xC3",             // mojibake lead then a truncated sequence
      "abc\x80\x80\x80 90 dager",
      "# \xFF\n- \xFE [\xC3](\xC3) **\xC3**",
      "<!--",
      "<!-- unclosed\n\n90 dager",
      "```\nunclosed fence",
      "[[[[[[[[[[((((((((((",
      "]]]]]]))))))",
      "**********____________~~~~~~~~~~",
      "`````",
      "<<<<>>>> <a <b> </",
      "@@@@ a@ @b .@. x@y.",
      "https:// www. mailto:",
      "\\\\\\",
      "|||\n|-|-|\n||",
      "---",
      "---\n",
      "---\na: b",
      "1.\n2)\n-\n*\n+",
      "f.eks. bl.a. ca. nr.",
      ". . . ! ? …",
      "\n\n\n\r\r\r",
      "{{{{}}}}${${}}%%%%s",
      "150585 45640150585 45640",
      "01234567890123456789012345678901234567890",
      std::string(10000, '#'),
      std::string(10000, '['),
      std::string(10000, '*') + "a",
      std::string(5000, '\xC3'),
  };
  for (const std::string& text : inputs) {
    INFO(text.substr(0, 40));
    exercise(text);
  }
}

TEST_CASE("text/robustness: pseudo-random bytes", "[text][robustness]") {
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 24;
  };
  const std::string alphabet = "ab æøå.#*_[]()<>!-`~|@:/\\{}$%\n 0123456789";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const std::uint32_t length = next() % 120;
    for (std::uint32_t k = 0; k < length; ++k) {
      const std::uint32_t r = next();
      text += (r & 1) ? alphabet[r % alphabet.size()] : static_cast<char>(r);
    }
    INFO(round);
    exercise(text);
  }
}

TEST_CASE("text/robustness: large input stays fast enough", "[text][robustness]") {
  std::string text;
  while (text.size() < 200000)
    text +=
        "Vi i Eksempelbanken ASA henter bl.a. krav og betalinger fra Skatteetaten i 90 dager. "
        "Se [Altinn](https://www.altinn.no/) og skriv til post@bank.no.\n\n";
  const TextModel m = analyse_markdown(text, all_data().sentences);
  CHECK(m.words.size() > 20000);
  CHECK(m.sentences.size() > 2000);
  CHECK(m.links.size() > 2000);
}
