// Shared pieces of the report's sections: statuses, names, the findings table and links in text.
#include "lint/report/compose_support.h"

#include <filesystem>

#include "lint/ruleset/rule.h"

namespace lint::report {

namespace {

Cell rule_cell(const ComposeInput& in, const TaskFinding& f) {
  Cell cell;
  cell.spans.push_back(code(f.finding->rule_id));
  cell.spans.push_back(text(" " + f.finding->slug));
  if (f.through_evidence && f.rule && !f.rule->task.empty()) {
    cell.spans.push_back(text(" ("));
    cell.spans.push_back(link(in.words.get("rule.other_task", {{"task", f.rule->task}}), task_target(f.rule->task)));
    cell.spans.push_back(text(")"));
  }
  return cell;
}

// "✗ blocks (error)" or "! does not block (warning)".
Cell effect_cell(const ComposeInput& in, const TaskFinding& f) {
  const std::string severity = in.words.get(std::string("severity.") + severity_name(f.finding->severity));
  const Span effect = f.blocking ? status_span(Mark::Blocked, in.words.get("effect.blocks"))
                                 : status_span(Mark::Warning, in.words.get("effect.advisory"));
  return {{effect, text(" (" + severity + ")")}};
}

}  // namespace

Mark mark_of(Status status) {
  switch (status) {
    case Status::Proven: return Mark::Proven;
    case Status::Blocked: return Mark::Blocked;
    case Status::Missing: return Mark::Missing;
    case Status::Outside: return Mark::Outside;
    case Status::NotNeeded: return Mark::NotNeeded;
  }
  return Mark::Proven;
}

const char* status_id(Status status) {
  switch (status) {
    case Status::Proven: return "proven";
    case Status::Blocked: return "blocked";
    case Status::Missing: return "missing";
    case Status::Outside: return "outside";
    case Status::NotNeeded: return "not_needed";
  }
  return "proven";
}

Span status_of(const ComposeInput& in, Status status) {
  return status_span(mark_of(status), in.words.get(std::string("status.") + status_id(status)));
}

Spans status_summary(const ComposeInput& in, const TaskResult& result) {
  std::vector<std::size_t> needed;
  for (std::size_t i = 0; i < result.status.size(); ++i)
    if (result.status[i] != Status::NotNeeded) needed.push_back(i);
  const auto env_of = [&](std::size_t i) { return in.table.environments[i].name.in(in.options.language); };
  bool same = true;
  for (std::size_t i : needed) same = same && result.status[i] == result.status[needed.front()];
  if (needed.empty()) return {status_of(in, Status::NotNeeded)};
  if (same) {
    Spans out{status_of(in, result.status[needed.front()])};
    if (needed.size() == result.status.size()) return out;
    std::vector<std::string> names;
    for (std::size_t i : needed) names.push_back(env_of(i));
    out.push_back(text(" (" + joined(names) + ")"));
    return out;
  }
  Spans out;
  for (std::size_t i : needed) {
    if (out.size()) out.push_back(text(" · "));
    out.push_back(text(env_of(i) + ": "));
    out.push_back(status_of(in, result.status[i]));
  }
  return out;
}

std::string env_name(const ComposeInput& in, const std::string& env) {
  if (env.empty()) return in.words.get("env.all");
  for (const EnvironmentInfo& e : in.table.environments)
    if (e.id == env) return e.name.in(in.options.language);
  return env;
}

std::string audience_words(const ComposeInput& in, const Task& task) {
  return task.audience.empty() ? in.words.get("audience.none") : joined(task.audience);
}

std::string task_anchor(const std::string& id) { return "task-" + id; }

std::string task_target(const std::string& id) {
  std::string target(1, '#');  // built by append: GCC 12 warns falsely (-Wrestrict) on "#" + std::string
  target += task_anchor(id);
  return target;
}

Spans with_links(const std::string& s) {
  Spans out;
  std::size_t at = 0;
  while (at < s.size()) {
    std::size_t start = s.find("http", at);
    while (start != std::string::npos && s.compare(start, 7, "http://") != 0 && s.compare(start, 8, "https://") != 0)
      start = s.find("http", start + 4);
    if (start == std::string::npos) break;
    std::size_t end = s.find_first_of(" )\t\n", start);
    if (end == std::string::npos) end = s.size();
    while (end > start && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ';')) --end;
    if (start > at) out.push_back(text(s.substr(at, start - at)));
    out.push_back(link(s.substr(start, end - start), s.substr(start, end - start)));
    at = end;
  }
  if (at < s.size()) out.push_back(text(s.substr(at)));
  return out;
}

std::string where(const ComposeInput& in, const Diagnostic& finding) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(in.readiness.config_path).parent_path();
  std::string file = finding.location.path;
  if (!dir.empty()) {
    const std::string inside = fs::path(file).lexically_relative(dir).string();
    if (!inside.empty() && inside.rfind("..", 0) != 0) file = inside;
  }
  return file + ":" + std::to_string(finding.location.start.line);
}

Table findings_table(const ComposeInput& in, const std::vector<TaskFinding>& findings, const std::string& caption) {
  Table t;
  t.caption = caption;
  t.caption_hidden = true;
  t.style = "findings";
  for (const char* key : {"col.where", "col.rule", "col.effect", "col.env", "col.message", "col.source"})
    t.head.push_back(in.words.get(key));
  for (const TaskFinding& f : findings) {
    const Diagnostic& d = *f.finding;
    t.rows.push_back({{{code(where(in, d))}},
                      rule_cell(in, f),
                      effect_cell(in, f),
                      {{text(env_name(in, f.env))}},
                      {{text(d.message)}},
                      {f.rule ? with_links(f.rule->source) : Spans{}}});
  }
  return t;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

bool shown(const ComposeInput& in, const Task& task) {
  return in.options.audience.empty() || task.for_audience(in.options.audience);
}

}  // namespace lint::report
