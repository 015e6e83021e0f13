// A phase of the report: its overview table, then each task with its status, evidence and findings.
#include <algorithm>
#include <stdexcept>

#include "lint/report/compose_support.h"
#include "lint/ruleset/rule.h"

namespace lint::report {

namespace {

std::vector<std::size_t> needed_envs(const ComposeInput& in, const Task& task) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < in.table.environments.size(); ++i)
    if (task.needed_in(in.table.environments[i].id)) out.push_back(i);
  return out;
}

const TaskResult& result_of(const ComposeInput& in, const Task& task) {
  for (const TaskResult& r : in.readiness.tasks)
    if (r.task == &task) return r;
  throw std::logic_error("task " + task.id + " was not assessed");
}

std::vector<Cell> status_cells(const ComposeInput& in, const TaskResult& r) {
  if (!r.differs()) return {{{status_of(in, r.status.front())}, static_cast<int>(r.status.size())}};
  std::vector<Cell> cells;
  for (Status s : r.status) cells.push_back({{status_of(in, s)}});
  return cells;
}

Table overview(const ComposeInput& in, const Phase& phase) {
  Table t;
  t.caption = in.words.get("phase.caption", {{"id", phase.id}});
  t.row_headers = true;
  t.head = {in.words.get("col.task"), in.words.get("col.title"), in.words.get("col.audience")};
  for (const EnvironmentInfo& e : in.table.environments) t.head.push_back(e.name.in(in.options.language));
  for (const Task& task : phase.tasks) {
    if (!shown(in, task)) continue;
    std::vector<Cell> row{{{link(task.id, task_target(task.id))}},
                          {{text(task.title.in(in.options.language))}},
                          {{text(audience_words(in, task))}}};
    for (Cell& c : status_cells(in, result_of(in, task))) row.push_back(std::move(c));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Spans evidence_values(const ComposeInput& in, const EvidenceItem& item, const EnvEvidence& cell) {
  if (!in.readiness.config_readable) return {text(in.words.get("evidence.unread"))};
  if (cell.values.empty() && item.required) return {status_span(Mark::Missing, in.words.get("evidence.absent"))};
  if (cell.values.empty()) return {text(in.words.get("evidence.absent"))};
  Spans out;
  const bool many = item.path.find('*') != std::string::npos;
  for (const FieldValue& v : cell.values) {
    if (!out.empty()) out.push_back(line_break());
    if (many) out.push_back(code(v.path));
    if (many) out.push_back(text(": "));
    const std::string line = in.words.get("evidence.line", {{"line", std::to_string(v.line)}});
    if (!item.value || v.text.empty()) out.push_back(text(in.words.get("evidence.present", {{"line", std::to_string(v.line)}})));
    else if (v.hidden) out.push_back(text(in.words.get("evidence.hidden") + " (" + line + ")"));
    else out.insert(out.end(), {code(v.text), text(" (" + line + ")")});
  }
  return out;
}

Table evidence_table(const ComposeInput& in, const TaskResult& r) {
  Table t;
  t.caption = in.words.get("task.evidence_caption", {{"task", r.task->id}});
  t.caption_hidden = true;
  t.row_headers = true;
  t.head = {in.words.get("col.field")};
  const auto envs = needed_envs(in, *r.task);
  for (std::size_t i : envs) t.head.push_back(in.table.environments[i].name.in(in.options.language));
  for (const EvidenceRow& row : r.evidence) {
    std::vector<Cell> cells{{{code(row.item->path)}}};
    if (row.per_env) {
      for (std::size_t i : envs) cells.push_back({evidence_values(in, *row.item, row.envs[i])});
    } else {
      cells.push_back({evidence_values(in, *row.item, row.envs[envs.front()]), static_cast<int>(envs.size())});
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

Spans labelled(const ComposeInput& in, const std::string& key, Spans value) {
  Spans s{strong(in.words.get(key) + ":"), text(" ")};
  s.insert(s.end(), value.begin(), value.end());
  return s;
}

void task_intro(const ComposeInput& in, const TaskResult& r, Page& page) {
  const Task& task = *r.task;
  const Language lang = in.options.language;
  Spans about = labelled(in, "col.audience", {text(audience_words(in, task))});
  const Spans status = labelled(in, "task.status", status_summary(in, r));
  about.push_back(line_break());
  about.insert(about.end(), status.begin(), status.end());
  page.blocks.push_back(paragraph(std::move(about)));
  page.blocks.push_back(paragraph({text(task.description.in(lang))}));
  if (!task.links.empty()) {
    Spans links;
    for (const Link& l : task.links) {
      if (!links.empty()) links.push_back(text(" · "));
      links.push_back(link(l.text.in(lang), l.url));
    }
    page.blocks.push_back(paragraph(labelled(in, "task.links", std::move(links))));
  }
}

void task_explanations(const ComposeInput& in, const TaskResult& r, Page& page) {
  for (std::size_t i = 0; i < r.status.size(); ++i) {
    if (r.status[i] != Status::Missing) continue;
    Spans s{text(in.words.get("task.missing", {{"env", in.table.environments[i].name.in(in.options.language)}}) + " ")};
    for (std::size_t k = 0; k < r.missing[i].size(); ++k) {
      if (k) s.push_back(text(", "));
      s.push_back(code(r.missing[i][k]));
    }
    page.blocks.push_back(paragraph(std::move(s)));
  }
  const bool outside = std::find(r.status.begin(), r.status.end(), Status::Outside) != r.status.end();
  if (outside) page.blocks.push_back(paragraph({text(in.words.get(r.rules.empty() ? "task.outside_norules" : "task.outside_rules"))}));
  if (!r.task->keep.in(in.options.language).empty())
    page.blocks.push_back(paragraph(labelled(in, "task.keep", {text(r.task->keep.in(in.options.language))})));
}

Table accepted_table(const ComposeInput& in, const TaskResult& r) {
  Table t;
  t.caption = in.words.get("task.accepted");
  t.caption_hidden = true;
  for (const char* key : {"col.where", "col.rule", "col.message", "col.how", "col.reason"}) t.head.push_back(in.words.get(key));
  for (std::size_t i : r.accepted) {
    const AcceptedFinding& a = in.readiness.accepted[i];
    t.rows.push_back({{{code(where(in, a.finding))}},
                      {{code(a.finding.rule_id), text(" " + a.finding.slug)}},
                      {{text(a.finding.message)}},
                      {{text(in.words.get(a.baselined ? "accepted.baselined" : "accepted.suppressed"))}},
                      {{text(a.reason)}}});
  }
  return t;
}

void task_findings(const ComposeInput& in, const TaskResult& r, Page& page) {
  if (!r.evidence.empty()) {
    page.blocks.push_back(heading(4, {text(in.words.get("task.evidence"))}));
    page.blocks.push_back(table_block(evidence_table(in, r)));
  }
  page.blocks.push_back(heading(4, {text(in.words.get("task.findings"))}));
  if (r.findings.empty()) page.blocks.push_back(paragraph({text(in.words.get("task.no_findings"))}));
  else page.blocks.push_back(table_block(findings_table(in, r.findings, in.words.get("task.findings_caption", {{"task", r.task->id}}))));
  if (!r.accepted.empty()) {
    page.blocks.push_back(heading(4, {text(in.words.get("task.accepted"))}));
    page.blocks.push_back(table_block(accepted_table(in, r)));
  }
  if (r.rules.empty()) return;
  Spans rules;
  for (const Rule* rule : r.rules) {
    if (!rules.empty()) rules.push_back(text(", "));
    rules.push_back(code(rule->id));
    rules.push_back(text(" " + rule->slug));
  }
  page.blocks.push_back(paragraph(labelled(in, "task.rules", std::move(rules))));
}

void compose_task(const ComposeInput& in, const Task& task, Page& page) {
  const TaskResult& r = result_of(in, task);
  page.blocks.push_back(open_section("task", task_anchor(task.id)));
  page.blocks.push_back(heading(3, {text(task.id + " " + task.title.in(in.options.language))}));
  task_intro(in, r, page);
  task_explanations(in, r, page);
  task_findings(in, r, page);
  page.blocks.push_back(close_section());
}

}  // namespace

void compose_phase(const ComposeInput& in, const Phase& phase, Page& page) {
  bool any = false;
  for (const Task& task : phase.tasks) any = any || shown(in, task);
  if (!any) return;
  page.blocks.push_back(open_section("phase", "phase-" + phase.id));
  page.blocks.push_back(heading(2, {text(in.words.get("phase.heading", {{"id", phase.id}, {"title", phase.title.in(in.options.language)}}))}));
  page.blocks.push_back(paragraph({text(phase.description.in(in.options.language))}));
  page.blocks.push_back(table_block(overview(in, phase)));
  for (const Task& task : phase.tasks)
    if (shown(in, task)) compose_task(in, task, page);
  page.blocks.push_back(close_section());
}

}  // namespace lint::report
