// Unit tests for lint::text::analyse_markdown: prose words, markup, links, headings and sentences.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/text/data.h"
#include "lint/text/markdown.h"

using namespace lint::text;

namespace {

SentenceRules abbreviations() {
  static const SentenceRules rules =
      load_sentence_rules(YAML::LoadFile(std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/abbreviations.yaml"));
  return rules;
}

std::string joined_words(const TextModel& m) {
  std::string out;
  for (const Word& w : m.words) out += (out.empty() ? "" : " ") + w.lower;
  return out;
}

std::vector<std::string> sentence_texts(std::string_view text, const TextModel& m) {
  std::vector<std::string> out;
  for (const Span& s : m.sentences) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

std::vector<std::string> link_targets(const TextModel& m) {
  std::vector<std::string> out;
  for (const Link& l : m.links) out.push_back((l.kind == Link::Kind::email ? "mail:" : "url:") + l.target);
  return out;
}

}  // namespace

TEST_CASE("text/markdown: prose words exclude markup", "[text][markdown]") {
  struct Case {
    const char* input;
    const char* words;
  };
  const Case cases[] = {
      {"", ""},
      {"   \n\n  ", ""},
      {"Hei på deg", "hei på deg"},
      {"# Samtykke til innhenting", "samtykke til innhenting"},
      {"## Trekk samtykket i Altinn ##", "trekk samtykket i altinn"},
      {"- første punkt\n* andre punkt\n+ tredje", "første punkt andre punkt tredje"},
      {"1. Første\n2) Andre", "første andre"},
      {"- [ ] ikke gjort\n- [x] gjort", "ikke gjort gjort"},
      {"> sitert tekst", "sitert tekst"},
      {"Dette er **viktig** og _kursiv_ og ~~strøket~~.", "dette er viktig og kursiv og strøket"},
      {"snake_case og 2 * 3", "snake_case og 2 3"},
      {"Les på [Altinn](https://www.altinn.no/90-dager) nå.", "les på altinn nå"},
      {"Se ![logo](bilde.png \"Tittel 90\") her", "se logo her"},
      {"Se [vilkårene][1].\n\n[1]: https://bank.no/vilkar", "se vilkårene"},
      {"Før <!-- TODO: 30 dager --> etter", "før etter"},
      {"Før <!-- flere\nlinjer 30 dager\n--> etter", "før etter"},
      {"Kode `90 dager` her", "kode her"},
      {"```\n90 dager\n```\nEtter", "etter"},
      {"~~~yaml\nvalid_days: 90\n~~~", ""},
      {"Linje<br>to", "linje to"},
      {"Gå til https://www.skatteetaten.no/90 i dag", "gå til i dag"},
      {"Skriv til post@bank.no eller <kunde@bank.no>.", "skriv til eller"},
      {"Autolink <https://altinn.no/x> her", "autolink her"},
      {"| Felt | Verdi |\n|---|:-:|\n| Dager | 90 |", "felt verdi dager 90"},
      {"---\ntitle: Samtykke\n---\nTekst", "tekst"},
      {"Tittel\n======\nTekst", "tittel tekst"},
      {"Avsnitt\n\n---\n\nNeste", "avsnitt neste"},
      {"Escape \\*ikke\\* kursiv", "escape ikke kursiv"},
      {"ÆØÅ æøå Blåbærsyltetøy", "æøå æøå blåbærsyltetøy"},
      {"Sam\u030Atykke A\u030A", "sam\u030Atykke å"},  // NFD letters are folded to NFC
      {"«Sitat» – og “engelsk” tekst", "sitat og engelsk tekst"},
      {"Windows\r\nlinjeskift\r\n", "windows linjeskift"},
      {"Beløp: 1.500 kr og 10,5 %", "beløp 1.500 kr og 10,5"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(joined_words(analyse_markdown(c.input)) == c.words);
  }
}

TEST_CASE("text/markdown: word spans and flags point into the original text", "[text][markdown]") {
  const std::string text = "## Blåbær **90** dager";
  const TextModel m = analyse_markdown(text);
  REQUIRE(m.words.size() == 3);
  CHECK(text.substr(m.words[0].span.begin, m.words[0].span.size()) == "Blåbær");
  CHECK(m.words[0].span == Span{3, 11});  // «Blåbær» is 8 bytes
  CHECK(m.words[1].numeric);
  CHECK(text.substr(m.words[1].span.begin, m.words[1].span.size()) == "90");
  CHECK_FALSE(m.words[2].numeric);
  REQUIRE(m.headings.size() == 1);
  CHECK(text.substr(m.headings[0].begin, m.headings[0].size()) == "Blåbær **90** dager");
}

TEST_CASE("text/markdown: links and addresses are extracted", "[text][markdown]") {
  struct Case {
    const char* input;
    std::vector<std::string> links;
  };
  const Case cases[] = {
      {"Ingen lenker her.", {}},
      {"[Altinn](https://www.altinn.no/)", {"url:https://www.altinn.no/"}},
      {"[skriv](mailto:Post@Bank.no)", {"mail:Post@Bank.no"}},
      {"[a](<https://x.no/med mellomrom> \"tittel\")", {"url:https://x.no/med mellomrom"}},
      {"Se https://bank.no/samtykke.", {"url:https://bank.no/samtykke"}},
      {"(se https://bank.no/a_(b))", {"url:https://bank.no/a_(b)"}},
      {"«https://bank.no/x»", {"url:https://bank.no/x"}},
      {"Se www.altinn.no, eller", {"url:www.altinn.no"}},
      {"E-post: kunde.service@eksempel-bank.no.", {"mail:kunde.service@eksempel-bank.no"}},
      {"<mailto:a@b.no>", {"mail:a@b.no"}},
      {"[1]: <https://ref.no/x>", {"url:https://ref.no/x"}},
      {"ikke@epost og @handle og a@b", {}},
      {"`https://kode.no` og <!-- https://kommentar.no -->", {}},
      {"HTTPS://STOR.NO/X", {"url:HTTPS://STOR.NO/X"}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(link_targets(analyse_markdown(c.input)) == c.links);
  }
}

TEST_CASE("text/markdown: link targets are markup, link text is prose", "[text][markdown]") {
  const std::string text = "Les [mer](https://bank.no/90)";
  const TextModel m = analyse_markdown(text);
  REQUIRE(m.links.size() == 1);
  CHECK(text.substr(m.links[0].span.begin, m.links[0].span.size()) == "https://bank.no/90");
  bool url_is_markup = false;
  for (const Markup& mk : m.markup)
    if (mk.kind == MarkupKind::link_syntax && mk.span.contains(m.links[0].span.begin)) url_is_markup = true;
  CHECK(url_is_markup);
  CHECK(m.words.back().lower == "mer");
}

TEST_CASE("text/markdown: markup kinds are recorded", "[text][markdown]") {
  const std::string text = "# T\n- a *b* `c` <!-- d -->\n> e\n\n| f |\n\n```\ng\n```\n";
  const TextModel m = analyse_markdown(text);
  auto has = [&](MarkupKind k) {
    for (const Markup& mk : m.markup)
      if (mk.kind == k) return true;
    return false;
  };
  CHECK(has(MarkupKind::heading_marker));
  CHECK(has(MarkupKind::list_marker));
  CHECK(has(MarkupKind::emphasis));
  CHECK(has(MarkupKind::code_span));
  CHECK(has(MarkupKind::html_comment));
  CHECK(has(MarkupKind::blockquote_marker));
  CHECK(has(MarkupKind::table_syntax));
  CHECK(has(MarkupKind::code_block));
  for (std::size_t k = 1; k < m.markup.size(); ++k) CHECK(m.markup[k - 1].span.begin <= m.markup[k].span.begin);
}

TEST_CASE("text/markdown: sentences with Norwegian abbreviations", "[text][markdown]") {
  struct Case {
    const char* input;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"", {}},
      {"Én setning", {"Én setning"}},
      {"Første setning. Andre setning.", {"Første setning.", "Andre setning."}},
      {"Vi henter bl.a. krav. Deretter betalinger.", {"Vi henter bl.a. krav.", "Deretter betalinger."}},
      {"Vi henter f.eks. Skatteetatens krav.", {"Vi henter f.eks. Skatteetatens krav."}},
      {"F.eks. krav. Og mer!", {"F.eks. krav.", "Og mer!"}},
      {"Det varer ca. 90 dager. Så slutter det.", {"Det varer ca. 90 dager.", "Så slutter det."}},
      {"Se pkt. 3 og nr. 5 i avtalen.", {"Se pkt. 3 og nr. 5 i avtalen."}},
      {"Me hentar t.d. krav. Det er greitt.", {"Me hentar t.d. krav.", "Det er greitt."}},
      {"We fetch e.g. Claims. Then payments.", {"We fetch e.g. Claims.", "Then payments."}},
      {"Gjelder fra 1. januar 2026.", {"Gjelder fra 1. januar 2026."}},
      {"Hva skjer? Vi henter data! Ferdig", {"Hva skjer?", "Vi henter data!", "Ferdig"}},
      {"Han sa «nei.» Så gikk han.", {"Han sa «nei.»", "Så gikk han."}},
      {"Vent… så kom det.", {"Vent… så kom det."}},
      {"Dette er\nén setning over\nflere linjer.", {"Dette er\nén setning over\nflere linjer."}},
      {"# Overskrift\nTekst uten punktum", {"Overskrift", "Tekst uten punktum"}},
      {"Avsnitt en\n\nAvsnitt to", {"Avsnitt en", "Avsnitt to"}},
      {"- punkt en\n- punkt to", {"punkt en", "punkt to"}},
      {"Skriv til post@bank.no. Takk.", {"Skriv til post@bank.no.", "Takk."}},
      {"Dato 01.02.2026. Neste", {"Dato 01.02.2026.", "Neste"}},
      {"Versjon 2.0 er ute", {"Versjon 2.0 er ute"}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    const TextModel m = analyse_markdown(c.input, abbreviations());
    CHECK(sentence_texts(c.input, m) == c.sentences);
  }
}

TEST_CASE("text/markdown: every word belongs to the sentence that spans it", "[text][markdown]") {
  const std::string text = "# Tittel\nVi henter bl.a. krav. Og betalinger!\n\n- Punkt. Med to setninger.";
  const TextModel m = analyse_markdown(text, abbreviations());
  REQUIRE(m.sentences.size() == 5);
  for (const Word& w : m.words) {
    REQUIRE(w.sentence < m.sentences.size());
    CHECK(m.sentences[w.sentence].begin <= w.span.begin);
    CHECK(w.span.end <= m.sentences[w.sentence].end);
  }
}

TEST_CASE("text/markdown: without abbreviation data a capital after a full stop ends a sentence", "[text][markdown]") {
  const TextModel m = analyse_markdown("Vi henter bl.a. Skatteetatens krav.");
  CHECK(m.sentences.size() == 2);
  const TextModel with = analyse_markdown("Vi henter bl.a. Skatteetatens krav.", abbreviations());
  CHECK(with.sentences.size() == 1);
}

TEST_CASE("text/markdown: abbreviations given by hand split sentences as loaded ones do", "[text][markdown]") {
  CHECK(abbreviation_stems({"F.eks.", "bl.a.", "ca", "BL.A.", "Å.S."}) == std::vector<std::string>{"bl.a", "f.eks", "å.s"});
  CHECK_FALSE(abbreviations().stems.empty());
  SentenceRules by_hand;
  by_hand.abbreviations = abbreviations().abbreviations;  // no stems: analyse_markdown makes them
  for (const char* text : {"Vi henter bl.a. Skatteetatens krav. Og mer.", "F.eks. Krav. Ca. Tre. Å.s. Ja."}) {
    INFO(text);
    CHECK(sentence_texts(text, analyse_markdown(text, by_hand)) ==
          sentence_texts(text, analyse_markdown(text, abbreviations())));
  }
  CHECK(analyse_markdown("Vi henter bl.a. Skatteetatens krav.", by_hand).sentences.size() == 1);
}
