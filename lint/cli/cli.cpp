// run_cli: CLI11 flags to LintOptions, rule loading, linting, report writing and the exit code.
#include "lint/cli/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "lint/cli/baseline_file.h"
#include "lint/cli/cli_commands.h"
#include "lint/cli/cli_report.h"
#include "lint/cli/run_outputs.h"
#include "lint/cli/starter.h"
#include "lint/cli/usage_error.h"
#include "lint/engine/classify.h"
#include "lint/engine/engine.h"
#include "lint/format/format.h"
#include "lint/format/json_schema.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/rule_sources.h"
#include "lint/settings/rule_policy.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

struct Flags {
  std::vector<std::string> paths;
  std::vector<std::string> formats;  // empty: text
  std::string fail_on;               // "": the settings file's fail_on, else error
  std::string settings;              // --settings; "": .dsoplint.yaml found upward
  std::string today;
  std::vector<std::string> rules;
  bool quiet = false;
  std::string color = "auto";
  std::string lang = "en";
  unsigned jobs = 0;  // 0: one per core
  std::string stdin_filename;
  std::string explain_id;
  std::string rules_format = "text";  // `rules --format`
  bool stale = false;                 // `rules --stale`
  std::string baseline;               // --baseline
  std::string write_baseline;         // --write-baseline
  std::string init_dir;               // `init [DIR]`; "": the current folder
};

// The config (dsop.yaml, or another of config_file_names()) in the current folder or its nearest parent.
std::string find_config() {
  std::error_code ec;
  for (fs::path dir = fs::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
    for (const std::string& name : config_file_names()) {
      if (fs::is_regular_file(dir / name, ec)) {
        const fs::path rel = fs::relative(dir / name, fs::current_path(ec), ec);
        return ec ? (dir / name).string() : rel.string();
      }
    }
    if (dir == dir.parent_path()) break;
  }
  return "";
}

// The rule pack's version: a hash of every rule file's name and text, so reports say which rules ran.
std::string rules_version(const std::vector<RuleSource>& sources) {
  std::string all;
  for (const auto& s : sources) all += s.name + '\0' + s.text + '\0';
  return stable_hash(all);
}

// Standard input, up to the size limit that files have too: an endless stream (/dev/zero) is refused.
std::string read_stdin(std::size_t max_bytes) {
  std::string text;
  std::vector<char> chunk(64 * 1024);
  while (std::cin.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || std::cin.gcount() > 0) {
    text.append(chunk.data(), static_cast<std::size_t>(std::cin.gcount()));
    if (text.size() > max_bytes)
      throw UsageError("standard input is larger than the size limit (" + std::to_string(max_bytes / (1024 * 1024)) +
                       " MiB)");
  }
  return text;
}

std::vector<Input> collect_inputs(const Flags& f, std::size_t max_bytes) {
  std::vector<Input> inputs;
  if (!f.stdin_filename.empty()) {
    inputs.push_back({f.stdin_filename, read_stdin(max_bytes), true});
    return inputs;
  }
  std::vector<std::string> paths = f.paths;
  if (paths.empty()) {
    const std::string found = find_config();
    if (found.empty()) throw UsageError("no dsop.yaml in this folder or its parents; give a path to lint");
    paths.push_back(found);
  }
  for (const auto& p : paths) {
    std::error_code ec;
    const auto status = fs::symlink_status(p, ec);
    if (ec || !fs::exists(status)) throw UsageError("'" + p + "' does not exist");
    inputs.push_back({p, "", false});
  }
  return inputs;
}

// --today, or today's date in UTC.
DayNumber today_of(const Flags& f) {
  if (f.today.empty()) return today_utc();
  auto day = parse_date(f.today);
  if (!day || f.today.size() != 10) throw UsageError("--today must be a date YYYY-MM-DD, not '" + f.today + "'");
  return *day;
}

Language language_of(const Flags& f) { return f.lang == "nb" ? Language::Nb : Language::En; }

// The settings file: --settings, else `.dsoplint.yaml` in the folder of the first path (the
// report's config, standard input's name, or the current folder without one) or its nearest parent.
std::optional<Settings> settings_of(const Flags& f, const std::string& report_path) {
  std::string path = f.settings;
  if (path.empty()) {
    std::string first = !f.stdin_filename.empty() ? f.stdin_filename : f.paths.empty() ? "" : f.paths.front();
    if (!report_path.empty()) first = report_path;
    path = find_settings(first);
    if (path.empty()) return std::nullopt;
  }
  return load_settings(path);
}

// --fail-on wins over the settings file's fail_on; error when neither says.
std::string fail_on_of(const Flags& f, const std::optional<Settings>& settings) {
  if (!f.fail_on.empty()) return f.fail_on;
  return settings && settings->fail_on ? *settings->fail_on : "error";
}

LintOptions lint_options(const Flags& f) {
  LintOptions o;
  o.today = today_of(f);
  o.language = language_of(f);
  o.jobs = f.jobs;
  return o;
}

void define_flags(CLI::App& app, Flags& f) {
  app.add_option("paths", f.paths, "configs, templates, texts or folders to lint (default: the nearest dsop.yaml)");
  app.add_option("--format", f.formats,
                 "text|json|sarif|github|junit|gitlab, or FMT=PATH to write a report to a file (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--fail-on", f.fail_on, "lowest severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  app.add_option("--today", f.today, "the date expiry and dated rules use (YYYY-MM-DD; default: today in UTC)");
  app.add_option("--rules", f.rules, "extra rule files or folders (repeatable)")->allow_extra_args(false);
  app.add_option("--settings", f.settings,
                 "the settings file (default: .dsoplint.yaml in the first path's folder or a parent)");
  app.add_flag("--quiet", f.quiet, "print errors only, without the summary");
  app.add_option("--color", f.color, "colour in the text format")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--lang", f.lang, "language of the messages")->check(CLI::IsMember({"en", "nb"}));
  app.add_option("-j,--jobs", f.jobs,
                 "jobs linted at once (default: one per core); the output is the same for any number")
      ->check(CLI::Range(1u, 256u));
  app.add_option("--baseline", f.baseline, "accept the findings this baseline file records; report only new ones");
  app.add_option("--write-baseline", f.write_baseline,
                 "record this run's findings in a baseline file (entries for files the run did not look at are kept)");
  app.add_option("--stdin-filename", f.stdin_filename, "read one document from standard input and report it as NAME");
  app.set_version_flag("--version", std::string("dsoplint ") + DSOPLINT_VERSION);
}

void check_formats(const std::vector<std::string>& formats) {
  bool to_stdout = false;
  for (const auto& spec : formats) {
    const std::string name = spec.substr(0, spec.find('='));
    const std::vector<std::string> known{"text", "json", "sarif", "github", "junit", "gitlab"};
    if (std::find(known.begin(), known.end(), name) == known.end())
      throw UsageError("unknown format '" + name + "'; expected text, json, sarif, github, junit or gitlab");
    if (spec.find('=') != std::string::npos) continue;
    if (to_stdout) throw UsageError("only one --format can go to standard output; use FMT=PATH for the others");
    to_stdout = true;
  }
}

// --baseline accepts the findings it records, and notes its stale entries. --write-baseline records
// every finding no suppression accepted (keeping the file's entries about files this run did not
// look at) and accepts them: the run then passes, and the next one fails only on new findings.
void use_baselines(const Flags& f, LintResult& result) {
  std::optional<Baseline> given;
  if (!f.baseline.empty()) {
    given = read_baseline(f.baseline);
    std::vector<Note> stale = apply_baseline(*given, result.findings, result.reported);
    if (f.write_baseline.empty()) result.notes.insert(result.notes.end(), stale.begin(), stale.end());
  }
  if (f.write_baseline.empty()) return;
  Baseline fresh = baseline_of(result.findings, f.write_baseline);
  const std::size_t recorded = fresh.entries.size();
  std::error_code ec;
  if (given && f.baseline == f.write_baseline)  // the file is read once
    keep_unreported(*given, result.reported, fresh);
  else if (fs::exists(f.write_baseline, ec))
    keep_unreported(read_baseline(f.write_baseline), result.reported, fresh);
  write_baseline(fresh);
  apply_baseline(fresh, result.findings, result.reported);
  std::string message = "baseline written: " + std::to_string(recorded) + " entries for the files this run checked";
  if (fresh.entries.size() > recorded)
    message += ", " + std::to_string(fresh.entries.size() - recorded) + " kept for files it did not check";
  result.notes.push_back({f.write_baseline, message});
}

// What the settings give a run: the policy for the engine and the --fail-on in effect.
struct Effective {
  const RulePolicy& policy;
  std::string fail_on;
};

// The lowest severity an open finding fails the run with; none for "never".
std::optional<Severity> fail_threshold(const std::string& fail_on) {
  return fail_on == "never" ? std::nullopt : parse_severity(fail_on);
}

int lint_command(const Flags& f, const Catalog& catalog, const Effective& settings, const std::string& rules_version,
                 std::ostream& out, std::ostream& err) {
  const std::vector<std::string> formats = f.formats.empty() ? std::vector<std::string>{"text"} : f.formats;
  check_formats(formats);
  LintOptions options = lint_options(f);
  options.policy = &settings.policy;
  const bool baselines = !f.baseline.empty() || !f.write_baseline.empty();
  options.list_reported = baselines;  // only a baseline needs them
  const Engine engine(catalog, options);
  const auto inputs = collect_inputs(f, options.max_file_size);
  OutputInfo info{DSOPLINT_VERSION, rules_version, false, f.quiet, {}};
  info.baseline = baselines;
  info.color = f.color == "always" || (f.color == "auto" && &out == &std::cout && ::isatty(STDOUT_FILENO));
  RunOutputs outputs(formats, catalog, info, out, err, fail_threshold(settings.fail_on));
  if (baselines) {
    // A baseline is matched against the whole run's findings, so the run is kept, then written.
    LintResult result = engine.run(inputs);
    if (result.checked != 0 || !result.findings.empty()) use_baselines(f, result);
    JobResult whole{std::move(result.findings), std::move(result.notes), {}, result.checked};
    outputs.add(whole);
  } else {
    // Each job's findings are written as soon as the jobs before it have ended.
    engine.run(inputs, [&](JobResult& part) { outputs.add(part); });
  }
  if (!outputs.finish()) throw UsageError("nothing to lint: no config, template or consent text among the given paths");
  return outputs.failed() ? kExitFindings : kExitClean;
}

void define_rules_flags(CLI::App& cmd, Flags& f) {
  cmd.add_option("--format", f.rules_format, "text (a table) or json (every rule with its source, task, audience)")
      ->check(CLI::IsMember({"text", "json"}));
  cmd.add_flag("--stale", f.stale, "only the rules last verified more than 12 months before --today");
  cmd.add_option("--today", f.today, "the date --stale compares with (YYYY-MM-DD; default: today in UTC)");
}

int rules_command(const Flags& f, const Catalog& catalog, const RulePolicy& policy, const std::string& version,
                  std::ostream& out) {
  RulesListing listing{f.rules_format == "json", f.stale, today_of(f), DSOPLINT_VERSION, version, &policy};
  return list_rules(catalog, listing, out);
}

int schema_command(const Catalog& catalog, std::ostream& out) {
  const Schema* schema = catalog.schema("config");
  if (!schema) throw std::runtime_error("the rule pack has no 'config' schema");
  write_json_schema(out, *schema, std::string("dsoplint ") + DSOPLINT_VERSION);
  return kExitClean;
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"dsoplint: lints a bank's DSOP Krav og betalinger integration (config, consent templates, texts)"};
  Flags f;
  define_flags(app, f);
  auto* rules_cmd = app.add_subcommand("rules", "list the rules: id, slug, severity, verified, summary");
  define_rules_flags(*rules_cmd, f);
  rules_cmd->fallthrough();  // the main options (e.g. --rules PATH) may follow the command
  auto* explain_cmd = app.add_subcommand("explain", "a rule's description, source, onboarding task and examples");
  explain_cmd->add_option("rule", f.explain_id, "rule id or slug")->required();
  explain_cmd->add_option("--lang", f.lang, "language of the description")->check(CLI::IsMember({"en", "nb"}));
  explain_cmd->fallthrough();
  ReportFlags report_flags;
  auto* report_cmd = add_report_command(app, report_flags);
  auto* init_cmd = app.add_subcommand("init",
                                      "write a commented starter repository (config, consent template, "
                                      "texts) into DIR; never overwrites a file");
  init_cmd->add_option("dir", f.init_dir, "the folder to write into (default: the current folder)");
  auto* schema_cmd = app.add_subcommand("schema", "print the JSON Schema (draft 2020-12) of the config format");
  schema_cmd->fallthrough();
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    err << "dsoplint: error: " << e.what() << "\nRun 'dsoplint --help' for usage.\n";
    return kExitUsage;
  }
  try {
    if (*init_cmd) return init_repository(f.init_dir, out, err);
    const std::optional<Settings> settings = settings_of(f, *report_cmd ? report_flags.path : "");
    std::vector<std::string> rule_paths = f.rules;
    if (settings) rule_paths.insert(rule_paths.end(), settings->rules.begin(), settings->rules.end());
    const auto sources = gather_rule_sources(rule_paths);
    const auto catalog = load_catalog(sources);
    const RulePolicy policy = settings ? RulePolicy::resolve(*settings, *catalog) : RulePolicy();
    if (*rules_cmd) return rules_command(f, *catalog, policy, rules_version(sources), out);
    if (*explain_cmd) return explain_rule(*catalog, f.explain_id, language_of(f), out, err);
    if (*report_cmd) {
      LintOptions report_options = lint_options(f);
      report_options.policy = &policy;
      return report_command(
          report_flags,
          {report_options, fail_on_of(f, settings), rules_version(sources), find_config(), f.paths, f.baseline},
          *catalog, out, err);
    }
    if (*schema_cmd) return schema_command(*catalog, out);
    return lint_command(f, *catalog, {policy, fail_on_of(f, settings)}, rules_version(sources), out, err);
  } catch (const RuleFileErrors& e) {
    for (const RuleFileError& error : e.errors()) err << "dsoplint: invalid rule file: " << error.what() << '\n';
    return kExitUsage;
  } catch (const SettingsErrors& e) {
    for (const RuleFileError& error : e.errors()) err << "dsoplint: error: " << error.what() << '\n';
    return kExitUsage;
  } catch (const BaselineError& e) {
    err << "dsoplint: error: " << e.what() << '\n';
    return kExitUsage;
  } catch (const UsageError& e) {
    err << "dsoplint: error: " << e.what() << '\n';
    return kExitUsage;
  } catch (const std::exception& e) {
    err << "dsoplint: internal error: " << e.what() << "\nPlease report this with the input that caused it.\n";
    return kExitInternal;
  }
}

}  // namespace lint
