/// Pieces the report's sections share: status words, environment names, finding tables, links.
#pragma once

#include <string>
#include <vector>

#include "lint/report/compose.h"

namespace lint::report {

Mark mark_of(Status status);
/// The status's name in the report's word keys: `status.<id>`, `legend.<id>`.
const char* status_id(Status status);
/// The status in words, with its mark.
Span status_of(const ComposeInput& in, Status status);
/// "✓ proven" when the environments that need the task agree ("✓ proven (production)" when only
/// some need it), else "test: ✓ proven · production: ✗ blocked".
Spans status_summary(const ComposeInput& in, const TaskResult& result);
/// The environment's name in the report's language ("" means every environment).
std::string env_name(const ComposeInput& in, const std::string& env);
/// The task's audience in words, or that the onboarding page names none.
std::string audience_words(const ComposeInput& in, const Task& task);
/// The id of a task's section, and a link's target for it ("#task-A-1").
std::string task_anchor(const std::string& id);
std::string task_target(const std::string& id);
/// Text with each http(s) URL in it made a link.
Spans with_links(const std::string& text);
/// `file:line` of a finding, the file relative to the config's folder when it lies in it.
std::string where(const ComposeInput& in, const Diagnostic& finding);
/// The findings of a task (or of no task) as a table: where, rule, effect and severity, environment,
/// message, source; its caption is for screen readers (a heading names it on the page).
Table findings_table(const ComposeInput& in, const std::vector<TaskFinding>& findings, const std::string& caption);
/// Items joined with ", ".
std::string joined(const std::vector<std::string>& items);
/// Whether the page shows this task under the audience filter.
bool shown(const ComposeInput& in, const Task& task);

}  // namespace lint::report
