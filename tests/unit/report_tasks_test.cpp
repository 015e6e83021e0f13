// The onboarding task table and the report's words as data: every task A-1 … D-3 in nb and en,
// every rule's task known, malformed tables refused with their position.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "lint/kinds/registry.h"
#include "lint/report/config_facts.h"
#include "lint/report/report_text.h"
#include "lint/report/task_table.h"
#include "lint/ruleset/embedded_rules.h"
#include "lint/ruleset/onboarding_tasks.h"

using namespace lint;
using namespace lint::report;

namespace {

// The built-in schemas and data tables, with `onboarding` replaced by `table`.
std::vector<RuleSource> with_table(const std::string& table) {
  std::vector<RuleSource> sources;
  for (const auto& s : embedded_rule_sources()) {
    if (s.name == "rules/data/onboarding.yaml") continue;
    if (s.name.rfind("rules/schema/", 0) == 0 || s.name.rfind("rules/data/", 0) == 0) sources.push_back(s);
  }
  sources.push_back({"rules/data/onboarding.yaml", table});
  return sources;
}

std::string table_error(const std::string& table) {
  try {
    TaskTable::load(*load_catalog(with_table(table)));
  } catch (const RuleFileError& e) {
    return e.what();
  }
  return "";
}

const char* kHeader =
    "environments:\n  - {id: test, name: {nb: test, en: test}, ready: {nb: klar, en: ready}}\n"
    "audiences:\n  - {id: IT, description: {nb: IT, en: IT}}\n";

}  // namespace

TEST_CASE("report tasks: the table has the onboarding page's 15 tasks in its 4 phases, in nb and en") {
  const auto catalog = load_catalog(embedded_rule_sources());
  const TaskTable table = TaskTable::load(*catalog);
  std::vector<std::string> ids;
  for (const Task* t : table.tasks()) {
    ids.push_back(t->id);
    CHECK_FALSE(t->title.nb.empty());
    CHECK_FALSE(t->title.en.empty());
    CHECK_FALSE(t->description.nb.empty());
    CHECK_FALSE(t->description.en.empty());
    CHECK((t->keep.nb.empty() == t->keep.en.empty()));
    for (const Link& l : t->links) CHECK((l.url.rfind("https://", 0) == 0 || l.url.rfind("mailto:", 0) == 0));
  }
  CHECK(ids == std::vector<std::string>{"A-1", "A-2", "A-3", "A-4", "A-5", "B-1", "B-2", "B-3", "B-4", "C-1", "C-2",
                                        "C-3", "D-1", "D-2", "D-3"});
  REQUIRE(table.phases.size() == 4);
  CHECK(table.phases[1].title.nb == "Registrering og signering av avtaler/vilkår");
  CHECK(table.find("D-2")->title.nb == "Sikre at samtykketeksten (DelegationContext) er iht. kravet fra Skatteetaten");
  CHECK(table.find("C-2")->audience == std::vector<std::string>{"IT", "Forretning"});
  CHECK(table.find("B-4")->audience.empty());  // the page names none
  CHECK(onboarding_task_ids(*catalog) == ids);
}

TEST_CASE("report tasks: every built-in rule names a task of the table") {
  const auto catalog = load_catalog(embedded_rule_sources());
  const TaskTable table = TaskTable::load(*catalog);
  for (const Rule& r : catalog->rules()) {
    INFO(r.id);
    CHECK(table.find(r.task) != nullptr);
  }
}

TEST_CASE("report tasks: a rule naming an unknown task is a rule-file error at its task") {
  using lint::testing::load_error;
  using lint::testing::rule;
  const std::string base = rule("required-field", "", "[institution.name]");
  CHECK(load_error(base + "task: C-2\naudience: IT\n").empty());
  CHECK(load_error(base + "task: E-1\n") ==
        "rule.yaml:12:11: unknown onboarding task 'E-1'; expected one of A-1 … D-3 (data table 'onboarding')");
  CHECK_THAT(load_error(base + "task: c-3\n"), Catch::EndsWith("; did you mean 'C-3'?"));
  CHECK_THAT(load_error(base + "task: A-6\n"), Catch::EndsWith("(data table 'onboarding')"));  // five are as near
}

TEST_CASE("report tasks: a malformed table stops loading with its position") {
  const std::string task = "    tasks:\n      - id: A-1\n        audience: [IT]\n        title: {nb: t, en: t}\n"
                           "        description: {nb: d, en: d}\n        proved_by: person\n";
  const std::string phase = "phases:\n  - id: A\n    title: {nb: A, en: A}\n    description: {nb: a, en: a}\n";
  CHECK(table_error(std::string(kHeader) + phase + task).empty());
  CHECK(table_error(std::string(kHeader) + phase + task + "        environments: [staging]\n") ==
        "rules/data/onboarding.yaml:15:23: unknown environment 'staging'");
  CHECK_THAT(table_error(std::string(kHeader) + phase + task + "        colour: blue\n"),
             Catch::Contains("rules/data/onboarding.yaml:15:9: unknown option 'colour'"));
  CHECK_THAT(table_error(std::string(kHeader) + phase + task + "      - id: A-1\n"),
             Catch::Contains("task 'A-1' is listed twice"));
  std::string no_nb = std::string(kHeader) + phase + task;
  no_nb.replace(no_nb.find("title: {nb: t, en: t}"), 21, "title: {en: t}");
  CHECK_THAT(table_error(no_nb), Catch::Contains("missing option 'nb'"));
  std::string proved = std::string(kHeader) + phase + task;
  proved.replace(proved.find("proved_by: person"), 17, "proved_by: config");
  CHECK_THAT(table_error(proved), Catch::Contains("task 'A-1' is proved by the config but names no evidence"));
}

TEST_CASE("report tasks: every report word exists in nb and en, with plural forms by number") {
  const auto catalog = load_catalog(embedded_rule_sources());
  const ReportText en = ReportText::load(*catalog, Language::En);
  const ReportText nb = ReportText::load(*catalog, Language::Nb);
  CHECK(en.get("status.outside") == "outside the linter");
  CHECK(nb.get("status.proven") == "bevist");
  CHECK(en.count("verdict.blocked", 1, {{"tasks", "A-1"}}) == "1 task blocked (A-1)");
  CHECK(en.count("verdict.blocked", 3, {{"tasks", "A-1, A-2, A-5"}}) == "3 tasks blocked (A-1, A-2, A-5)");
  CHECK(nb.count("verdict.blocked", 2, {{"tasks", "A-1, D-2"}}) == "2 oppgaver blokkert (A-1, D-2)");
  CHECK(fill("{a} and {a}, {b}", {{"a", "x"}, {"b", "{a}"}}) == "x and x, {a}");
}

TEST_CASE("report tasks: a dotted path lies within a pattern when it is at or under it") {
  CHECK(path_within("environments.test.maskinporten.grant.alg", "environments.test.maskinporten"));
  CHECK(path_within("environments.test.maskinporten", "environments.test.maskinporten"));
  CHECK(path_within("texts.consent_info.nb", "texts.*.*"));
  CHECK_FALSE(path_within("texts.consent_info", "texts.*.*"));
  CHECK_FALSE(path_within("environments.prod.maskinporten.issuer", "environments.test.maskinporten"));
  CHECK_FALSE(path_within("environments.test.maskinporten_x", "environments.test.maskinporten"));
}
