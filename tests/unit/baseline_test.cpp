// Baselines: keys by rule, file and YAML path or line text; moved lines still match; stale entries
// become notes; the file round-trips and a malformed one names its line and column.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/cli/baseline_file.h"
#include "lint/engine/baseline.h"

namespace {

lint::Diagnostic finding(const std::string& rule, const std::string& file, std::size_t line,
                         const std::string& yaml_path, const std::string& source_line = "x: 1") {
  lint::Diagnostic d;
  d.rule_id = rule;
  d.location.path = file;
  d.location.start = {line, 1};
  d.yaml_path = yaml_path;
  d.source_line = source_line;
  return d;
}

std::string json_of(const lint::Baseline& b) {
  std::ostringstream out;
  lint::write_baseline_json(out, b);
  return out.str();
}

std::string scratch_file(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "dsoplint-baseline-test";
  std::filesystem::create_directories(dir);
  const auto path = (dir / name).string();
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("baseline: keys are the rule, the file relative to the baseline and the YAML path") {
  const auto d = finding("MP003", "bank/dsop.yaml", 12, "environments.prod.maskinporten.scopes");
  const lint::BaselineKey key = lint::baseline_key(d, "bank");
  CHECK(key.rule == "MP003");
  CHECK(key.file == "dsop.yaml");
  CHECK(key.where == "environments.prod.maskinporten.scopes");
  CHECK(lint::baseline_key(d, ".").file == "bank/dsop.yaml");
  CHECK(lint::baseline_dir("bank/.dsoplint-baseline.json") == "bank");
  CHECK(lint::baseline_dir("baseline.json") == ".");
}

TEST_CASE("baseline: a text finding is keyed by its line's text, not its number") {
  const auto a = finding("TXT014", "texts/a.nb.md", 3, "", "Samtykket gjelder i 90 dager.");
  const auto moved = finding("TXT014", "texts/a.nb.md", 9, "", "Samtykke gjelder i 90 dager.");
  auto same_text_elsewhere = a;
  same_text_elsewhere.location.start.line = 30;
  CHECK(lint::baseline_key(a, ".").where.rfind("line ", 0) == 0);
  CHECK(lint::baseline_key(a, ".") == lint::baseline_key(same_text_elsewhere, "."));
  CHECK_FALSE(lint::baseline_key(a, ".") == lint::baseline_key(moved, "."));
}

TEST_CASE("baseline: recorded findings are accepted after their lines moved but a new one is not") {
  std::vector<lint::Diagnostic> before{finding("MP003", "dsop.yaml", 10, "environments.test.maskinporten.scopes"),
                                       finding("ALT002", "dsop.yaml", 20, "environments.test.altinn.host")};
  const lint::Baseline b = lint::baseline_of(before, "baseline.json");
  REQUIRE(b.entries.size() == 2);
  CHECK(b.entries[0].key.rule == "ALT002");  // sorted by key

  std::vector<lint::Diagnostic> after{finding("MP003", "dsop.yaml", 14, "environments.test.maskinporten.scopes"),
                                      finding("ALT002", "dsop.yaml", 24, "environments.test.altinn.host"),
                                      finding("ALT002", "dsop.yaml", 40, "environments.prod.altinn.host")};
  const auto notes = lint::apply_baseline(b, after, {"dsop.yaml"});
  CHECK(notes.empty());
  CHECK(after[0].accepted.by == lint::AcceptedBy::Baseline);
  CHECK(after[0].accepted.justification == "recorded in the baseline baseline.json");
  CHECK(after[1].accepted.by == lint::AcceptedBy::Baseline);
  CHECK_FALSE(after[2].is_accepted());
}

TEST_CASE("baseline: a count accepts that many equal findings and no more") {
  std::vector<lint::Diagnostic> two{finding("SEC001", "dsop.yaml", 5, "a"), finding("SEC001", "dsop.yaml", 6, "a")};
  const lint::Baseline b = lint::baseline_of(two, "b.json");
  REQUIRE(b.entries.size() == 1);
  CHECK(b.entries[0].count == 2);
  auto three = two;
  three.push_back(finding("SEC001", "dsop.yaml", 7, "a"));
  lint::apply_baseline(b, three, {"dsop.yaml"});
  CHECK(three[0].is_accepted());
  CHECK(three[1].is_accepted());
  CHECK_FALSE(three[2].is_accepted());
}

TEST_CASE("baseline: suppressed findings are not recorded") {
  std::vector<lint::Diagnostic> findings{finding("MP003", "dsop.yaml", 10, "p")};
  findings[0].accepted = {lint::AcceptedBy::Suppression, "agreed with Skatteetaten", ""};
  CHECK(lint::baseline_of(findings, "b.json").entries.empty());
}

TEST_CASE("baseline: a stale entry is a note only when the run looked at its file") {
  std::vector<lint::Diagnostic> old{finding("MP003", "dsop.yaml", 10, "p"), finding("TXT014", "texts/a.md", 2, "")};
  const lint::Baseline b = lint::baseline_of(old, "b.json");
  std::vector<lint::Diagnostic> none;
  const auto notes = lint::apply_baseline(b, none, {"dsop.yaml"});
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].path == "b.json");
  CHECK(notes[0].message ==
        "stale baseline entry: MP003 in dsop.yaml at p matches no finding any more; --write-baseline drops it");
}

TEST_CASE("baseline: rewriting keeps the entries of files the run did not look at") {
  std::vector<lint::Diagnostic> old{finding("MP003", "dsop.yaml", 10, "p"), finding("TXT014", "texts/a.md", 2, "")};
  const lint::Baseline before = lint::baseline_of(old, "b.json");
  std::vector<lint::Diagnostic> now{finding("TXT015", "texts/a.md", 4, "")};
  lint::Baseline fresh = lint::baseline_of(now, "b.json");
  lint::keep_unreported(before, {"texts/a.md"}, fresh);
  REQUIRE(fresh.entries.size() == 2);
  CHECK(fresh.entries[0].key.rule == "MP003");
  CHECK(fresh.entries[1].key.rule == "TXT015");
}

TEST_CASE("baseline file: written sorted with one entry per line and read back") {
  const std::string path = scratch_file("round.json", "");
  const std::string config = lint::baseline_dir(path) + "/dsop.yaml";  // files are relative to the baseline
  std::vector<lint::Diagnostic> findings{finding("MP003", config, 10, "environments.test.maskinporten.scopes"),
                                         finding("ALT002", config, 20, "environments.test.altinn.host"),
                                         finding("ALT002", config, 21, "environments.test.altinn.host")};
  const lint::Baseline b = lint::baseline_of(findings, path);
  const std::string json = json_of(b);
  CHECK(json ==
        "{\n  \"dsoplintBaseline\": 1,\n  \"findings\": [\n"
        "    {\"rule\": \"ALT002\", \"file\": \"dsop.yaml\", \"where\": \"environments.test.altinn.host\", \"count\": "
        "2},\n"
        "    {\"rule\": \"MP003\", \"file\": \"dsop.yaml\", \"where\": \"environments.test.maskinporten.scopes\"}\n"
        "  ]\n}\n");
  scratch_file("round.json", json);
  const lint::Baseline back = lint::read_baseline(path);
  REQUIRE(back.entries.size() == 2);
  CHECK(back.entries[0].key == b.entries[0].key);
  CHECK(back.entries[0].count == 2);
  CHECK(json_of(back) == json);
  CHECK(json_of(lint::Baseline{"e.json", {}}) == "{\n  \"dsoplintBaseline\": 1,\n  \"findings\": []\n}\n");
}

TEST_CASE("baseline file: a malformed file is an error with its line and column") {
  const std::string bad_key =
      scratch_file("bad-key.json",
                   "{\"dsoplintBaseline\": 1, \"findings\": [\n  {\"rule\": \"MP003\", \"fil\": \"dsop.yaml\"}\n]}\n");
  CHECK_THROWS_WITH(lint::read_baseline(bad_key),
                    bad_key + ":2:21: not a dsoplint baseline: unknown key 'fil'; expected rule, file, where or count");
  const std::string no_version = scratch_file("no-version.json", "{\"findings\": []}\n");
  CHECK_THROWS_WITH(lint::read_baseline(no_version),
                    no_version + ":1:1: not a dsoplint baseline: expected \"dsoplintBaseline\": 1");
  const std::string broken = scratch_file("broken.json", "{\"dsoplintBaseline\": 1, \"findings\": [\n");
  CHECK_THROWS_WITH(lint::read_baseline(broken), Catch::Matchers::StartsWith(broken + ":"));
  CHECK_THROWS_WITH(lint::read_baseline(scratch_file("zero.json",
                                                     "{\"dsoplintBaseline\": 1, \"findings\": [{\"rule\": \"A\", "
                                                     "\"file\": \"f\", \"where\": \"w\", \"count\": 0}]}")),
                    Catch::Matchers::Contains(":1:88: not a dsoplint baseline: 'count' must be a whole number from 1"));
  CHECK_THROWS_WITH(lint::read_baseline("/nonexistent/baseline.json"),
                    Catch::Matchers::StartsWith("cannot read the baseline '/nonexistent/baseline.json'"));
}

TEST_CASE("fingerprint hashes: a long line's is kept per rule and line and equals one made afresh") {
  const std::string long_text(5000, 'x');
  lint::Diagnostic a = finding("TXT001", "t.md", 1, "", long_text);
  lint::Diagnostic b = a;  // shares a's line, as findings on one line do
  b.location.start.column = 40;
  lint::Diagnostic other_rule = a;
  other_rule.rule_id = "TXT002";
  lint::Diagnostic short_line = finding("TXT001", "t.md", 2, "", "kort linje");
  lint::Diagnostic with_path = finding("DSOP005", "dsop.yaml", 3, "environments.test", long_text);
  lint::FingerprintHashes hashes;
  for (const lint::Diagnostic* d : {&a, &b, &other_rule, &short_line, &with_path, &a}) {
    INFO(d->rule_id << " " << d->location.start.line);
    CHECK(hashes.of(*d).hex() == lint::stable_hash(d->fingerprint()));
  }
  CHECK(hashes.of(a).add("#2").hex() == lint::stable_hash(a.fingerprint() + "#2"));  // GitLab's occurrences
  CHECK(lint::StableHash().add("ab").add("c").hex() == lint::stable_hash("abc"));
}
