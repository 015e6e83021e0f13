// Selectors: targets with their paths and environments; the per-document memo gives what
// select_targets gives, once per selector, and checks without a memo resolve selectors themselves.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "lint/ruleset/document.h"
#include "lint/ruleset/selector.h"

namespace {

const char* kConfig =
    "environments:\n"
    "  test:\n    altinn: {base_url: 'https://a.test'}\n"
    "  prod:\n    altinn: {base_url: 'https://a.prod'}\n    certificate: {file: c.pem}\n"
    "texts: [a.md, b.md]\n";

lint::Document config_doc() {
  lint::Document doc;
  doc.kind = lint::DocKind::Config;
  doc.source = lint::SourceFile("dsop.yaml", kConfig);
  doc.yaml = std::move(lint::parse_yaml(doc.source).documents.front());
  return doc;
}

std::vector<std::string> paths_of(const std::vector<lint::Target>& targets) {
  std::vector<std::string> out;
  for (const auto& t : targets) out.push_back(t.path + "@" + t.env + (t.node == lint::kNoNode ? " (absent)" : ""));
  return out;
}

}  // namespace

TEST_CASE("selector: wildcards, absent last fields and environments") {
  const lint::Document doc = config_doc();
  CHECK(paths_of(lint::select_targets(*doc.yaml, "environments.*.altinn.base_url")) ==
        std::vector<std::string>{"environments.test.altinn.base_url@test", "environments.prod.altinn.base_url@prod"});
  CHECK(paths_of(lint::select_targets(*doc.yaml, "environments.*.certificate")) ==
        std::vector<std::string>{"environments.test.certificate@test (absent)", "environments.prod.certificate@prod"});
  CHECK(paths_of(lint::select_targets(*doc.yaml, "texts.*")) == std::vector<std::string>{"texts.0@", "texts.1@"});
  CHECK(paths_of(lint::select_targets(*doc.yaml, "")) == std::vector<std::string>{"@"});
}

TEST_CASE("selector: the memo resolves each selector once and gives what select_targets gives") {
  const lint::Document doc = config_doc();
  lint::TargetMemo memo(*doc.yaml);
  // Prefixes first and last, odd selectors ("$" is the root only when it is the whole selector).
  for (const std::string s : {"environments.*.altinn.base_url", "environments.*", "environments", "environments.*.certificate",
                              "environments.*.certificate.file", "environments.prod.*", "texts.*", "texts.*.x", "", "$",
                              "$.texts", ".texts", "environments..prod", "nope.x", "nope", "*.*", "*"}) {
    CAPTURE(s);
    const std::vector<lint::Target>& first = memo.of(s);
    CHECK(paths_of(first) == paths_of(lint::select_targets(*doc.yaml, s)));
    CHECK(&memo.of(s) == &first);  // the same targets, not resolved again
  }
}

TEST_CASE("selector: targets_in uses the context's memo, or resolves into the scratch vector without one") {
  const lint::Document doc = config_doc();
  lint::TargetMemo memo(*doc.yaml);
  std::vector<lint::Target> scratch;
  const lint::CheckContext with{doc, 0, 1024, nullptr, nullptr, &memo};
  CHECK(&lint::targets_in(with, "texts.*", scratch) == &memo.of("texts.*"));
  CHECK(scratch.empty());
  const lint::CheckContext without{doc, 0};
  const auto& found = lint::targets_in(without, "texts.*", scratch);
  CHECK(&found == &scratch);
  CHECK(paths_of(found) == std::vector<std::string>{"texts.0@", "texts.1@"});
}
