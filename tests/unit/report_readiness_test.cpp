// Readiness on the samples: every task the linter checks is proven on eksempelbanken; on each
// broken variant exactly the tasks its defects belong to are blocked, each with its findings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "lint/kinds/registry.h"
#include "lint/report/report.h"
#include "lint/ruleset/embedded_rules.h"

using namespace lint;
using namespace lint::report;

namespace {

const Catalog& catalog() {
  static const auto kCatalog = load_catalog(embedded_rule_sources());
  return *kCatalog;
}

ReportRequest request_for(const std::string& config) {
  ReportRequest r;
  r.config = config;
  r.lint.today = *parse_date("2026-11-27");
  return r;
}

std::string sample(const std::string& name) {
  return std::string(DSOPLINT_SOURCE_DIR) + "/samples/" + name + "/dsop.yaml";
}

std::set<std::string> with_status(const Readiness& r, std::size_t env, Status status) {
  std::set<std::string> ids;
  for (const TaskResult& t : r.tasks)
    if (t.status[env] == status) ids.insert(t.task->id);
  return ids;
}

const TaskResult& task(const Readiness& r, const std::string& id) {
  for (const TaskResult& t : r.tasks)
    if (t.task->id == id) return t;
  FAIL("no task " << id);
  throw std::logic_error("unreachable");
}

std::set<std::string> rules_of(const TaskResult& t) {
  std::set<std::string> ids;
  for (const TaskFinding& f : t.findings) ids.insert(f.finding->rule_id);
  return ids;
}

constexpr std::size_t kTest = 0, kProd = 1;

}  // namespace

TEST_CASE("report readiness: on eksempelbanken every task the linter checks is proven") {
  const auto a = assess_config(request_for(sample("eksempelbanken")), catalog());
  const Readiness& r = a->readiness;
  CHECK(a->findings.empty());
  CHECK(with_status(r, kTest, Status::Proven) ==
        std::set<std::string>{"A-1", "A-2", "A-3", "A-4", "A-5", "B-3", "C-3", "D-2"});
  CHECK(with_status(r, kProd, Status::Proven) ==
        std::set<std::string>{"A-1", "A-2", "A-3", "A-4", "A-5", "B-3", "C-1", "C-3", "D-1", "D-2"});
  CHECK(with_status(r, kTest, Status::Outside) == std::set<std::string>{"B-1", "B-2", "B-4"});
  CHECK(with_status(r, kProd, Status::Outside) == std::set<std::string>{"B-1", "B-2", "C-2", "D-3"});
  for (const TaskResult& t : r.tasks) {
    INFO(t.task->id);
    if (t.task->proved_by == ProvedBy::Config) CHECK_FALSE(t.rules.empty());  // the linter checks it
    for (std::size_t env = 0; env < 2; ++env)
      if (t.task->proved_by == ProvedBy::Config && t.status[env] != Status::NotNeeded)
        CHECK(t.status[env] == Status::Proven);
  }
  REQUIRE(r.verdicts.size() == 2);
  CHECK(r.verdicts[kTest].ready);
  CHECK(r.verdicts[kProd].ready);
  CHECK(r.institution == "Fjordbanken ASA");
}

TEST_CASE("report readiness: on each broken sample the tasks its defects belong to are blocked") {
  struct Case {
    std::string sample;
    std::set<std::string> test, prod;                    // blocked tasks
    std::map<std::string, std::set<std::string>> rules;  // task -> rules of its findings
  };
  const std::set<std::string> all_test{"A-1", "A-2", "A-3", "A-4", "A-5", "B-1", "B-3", "C-3", "D-2"};
  std::set<std::string> all_prod = all_test;
  all_prod.insert({"C-1", "C-2", "D-1"});
  const std::vector<Case> cases = {
      {"bad-identifiers",
       {"A-2", "D-2"},
       {"A-2", "A-3", "D-2"},
       {{"A-2", {"ID001", "ID002"}}, {"A-3", {"ID002"}}, {"D-2", {"ID001"}}}},
      {"committed-api-key", {"A-2", "B-3"}, {}, {{"A-2", {"ALT002"}}, {"B-3", {"ALT008"}}}},
      {"duplicate-keys", {"A-1", "D-2"}, {"A-1"}, {{"A-1", {"DSOP002", "DSOP003", "DSOP004"}}, {"D-2", {"DSOP002"}}}},
      {"hosts-mixed-up", {}, {"A-1", "A-2"}, {{"A-1", {"SKE001"}}, {"A-2", {"MP001"}}}},
      {"latin1-text", {"A-1", "D-2"}, {"A-1", "D-2"}, {{"A-1", {"DSOP008"}}, {"D-2", {"DSOP008"}}}},
      {"missing-files", {"A-1", "D-2"}, {"A-1", "D-2"}, {{"A-1", {"DSOP006"}}, {"D-2", {"DSOP006"}}}},
      {"supplier-without-consumer-org", {"A-2"}, {"A-2"}, {{"A-2", {"MP008"}}}},
      {"syntax-error", all_test, all_prod, {{"A-1", {"DSOP001"}}, {"D-1", {"DSOP001"}}}},
      {"template-with-message", {}, {"D-2"}, {{"D-2", {"ALT004"}}}},
      {"text-disagrees", {"D-2"}, {"D-2"}, {{"D-2", {"TXT012", "TXT013"}}}},
      {"unsupported-version", all_test, all_prod, {{"A-1", {"DSOP007"}}, {"C-3", {"DSOP007"}}}},
      {"wrong-types",
       {"A-1", "A-2", "D-2"},
       {"A-1", "A-3", "D-2"},
       {{"A-1", {"DSOP005"}}, {"A-2", {"DSOP005"}}, {"A-3", {"DSOP005"}}, {"D-2", {"DSOP005"}}}},
  };
  for (const Case& c : cases) {
    SECTION(c.sample) {
      const auto a = assess_config(request_for(sample("broken/" + c.sample)), catalog());
      const Readiness& r = a->readiness;
      CHECK(with_status(r, kTest, Status::Blocked) == c.test);
      CHECK(with_status(r, kProd, Status::Blocked) == c.prod);
      for (const auto& [id, rules] : c.rules) {
        INFO(id);
        CHECK(rules_of(task(r, id)) == rules);
      }
      CHECK_FALSE(r.verdicts[c.test.empty() ? kProd : kTest].ready);
      // Every error of the lint run blocks a task it is listed under.
      for (const Diagnostic& d : a->findings) {
        if (d.severity != Severity::Error) continue;
        INFO(d.rule_id << " at " << d.location.path << ":" << d.location.start.line);
        bool listed = false;
        for (const TaskResult& t : r.tasks)
          for (const TaskFinding& f : t.findings) listed = listed || (f.finding == &d && f.blocking);
        CHECK(listed);
      }
    }
  }
}

TEST_CASE("report readiness: a finding's environment is its section, or the section naming its file") {
  const auto a = assess_config(request_for(sample("broken/bad-identifiers")), catalog());
  std::map<std::string, std::string> env_by_place;
  for (const TaskFinding& f : task(a->readiness, "A-2").findings)
    env_by_place[std::filesystem::path(f.finding->location.path).filename().string() + ":" +
                 std::to_string(f.finding->location.start.line)] = f.env;
  CHECK(env_by_place == std::map<std::string, std::string>{{"dsop.yaml:11", ""},
                                                           {"dsop.yaml:16", ""},
                                                           {"dsop.yaml:39", "test"},
                                                           {"dsop.yaml:82", "prod"},
                                                           {"dsop.yaml:86", "prod"},
                                                           {"prod-request.json:4", "prod"},
                                                           {"test-request.json:4", "test"}});
}

TEST_CASE("report readiness: --fail-on warning makes a warning block its task") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "dsoplint-report-test-warning";
  fs::remove_all(dir);
  fs::copy(std::string(DSOPLINT_SOURCE_DIR) + "/samples/eksempelbanken", dir, fs::copy_options::recursive);
  std::ifstream in(dir / "dsop.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const auto prod = yaml.find("\n  prod:\n");
  REQUIRE(prod != std::string::npos);
  yaml.insert(prod + 9, "    contact_note: an unknown key in prod is a warning (DSOP003)\n");
  std::ofstream(dir / "dsop.yaml") << yaml;
  ReportRequest req = request_for((dir / "dsop.yaml").string());
  CHECK(task(assess_config(req, catalog())->readiness, "A-1").status[kProd] == Status::Proven);
  req.blocking = Severity::Warning;
  const auto a = assess_config(req, catalog());
  CHECK(task(a->readiness, "A-1").status[kProd] == Status::Blocked);
  CHECK(rules_of(task(a->readiness, "A-1")) == std::set<std::string>{"DSOP003"});
  fs::remove_all(dir);
}

TEST_CASE("report readiness: findings the baseline holds are accepted and do not block") {
  const std::string config = sample("broken/hosts-mixed-up");
  ReportRequest req = request_for(config);
  std::vector<Diagnostic> findings = assess_config(req, catalog())->findings;
  REQUIRE(findings.size() == 3);
  const std::string baseline_path = std::string(DSOPLINT_SOURCE_DIR) + "/samples/broken/hosts-mixed-up/baseline.json";
  const Baseline baseline = baseline_of(findings, baseline_path);  // not written: the report reads it as given
  req.baseline = &baseline;
  const auto a = assess_config(req, catalog());
  CHECK(a->findings.empty());
  CHECK(a->all_findings.size() == 3);
  CHECK(a->readiness.verdicts[kProd].ready);
  const TaskResult& a2 = task(a->readiness, "A-2");
  REQUIRE(a2.accepted.size() == 2);
  CHECK(a->readiness.accepted[a2.accepted[0]].baselined);
  CHECK(a->readiness.accepted[a2.accepted[0]].reason == "recorded in the baseline " + baseline_path);
  CHECK(a2.status[kProd] == Status::Proven);
}

TEST_CASE("report readiness: a config without a prod section is not ready for production") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "dsoplint-report-test-only";
  fs::remove_all(dir);
  fs::copy(std::string(DSOPLINT_SOURCE_DIR) + "/samples/eksempelbanken", dir, fs::copy_options::recursive);
  std::ifstream in(dir / "dsop.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const auto from = yaml.find("\n  prod:\n"), to = yaml.find("\n# Bankens egne tekster");
  REQUIRE((from != std::string::npos && to != std::string::npos));
  yaml.erase(from + 1, to - from);
  std::ofstream(dir / "dsop.yaml") << yaml;
  const auto a = assess_config(request_for((dir / "dsop.yaml").string()), catalog());
  const Readiness& r = a->readiness;
  CHECK(r.verdicts[kTest].ready);
  CHECK_FALSE(r.verdicts[kProd].ready);
  CHECK_FALSE(r.verdicts[kProd].in_config);
  CHECK(r.verdicts[kProd].missing == std::vector<std::string>{"A-1", "A-2", "A-3", "A-4", "A-5", "B-3", "D-2"});
  CHECK(task(r, "A-5").missing[kProd] == std::vector<std::string>{"environments.prod.firewall.allow"});
  CHECK(task(r, "C-1").status[kProd] == Status::Proven);  // the report is given; OPS003 does not ask without prod
  fs::remove_all(dir);
}

TEST_CASE("report readiness: accepted findings are shown under their rule's task and do not block") {
  ReportRequest req = request_for(sample("eksempelbanken"));
  Diagnostic d;
  d.rule_id = "TXT014";
  d.slug = "readability";
  d.severity = Severity::Error;
  d.message = "LIX 58 is above 50";
  d.location.path = "texts/samtykke.nb.md";
  d.location.start.line = 3;
  req.accepted.push_back({d, "legal wording, reviewed 2026-10-01", false});
  const auto a = assess_config(req, catalog());
  const TaskResult& d2 = task(a->readiness, "D-2");
  REQUIRE(d2.accepted.size() == 1);
  CHECK(a->readiness.accepted[d2.accepted[0]].reason == "legal wording, reviewed 2026-10-01");
  CHECK(d2.status[kTest] == Status::Proven);
  std::ostringstream md;
  req.format = Format::Markdown;
  write_report(req, catalog(), md);
  CHECK_THAT(md.str(),
             Catch::Contains("| `texts/samtykke.nb.md:3` | `TXT014` readability | LIX 58 is above 50 | a suppression "
                             "in the file | legal wording, reviewed 2026-10-01 |"));
}
