/// Lays the readiness out as a page: verdict, audiences, then phase by phase and task by task.
#pragma once

#include <string>

#include "lint/report/page.h"
#include "lint/report/readiness.h"
#include "lint/report/report_text.h"
#include "lint/report/task_table.h"

namespace lint::report {

struct ComposeOptions {
  Language language = Language::En;
  std::string audience;  // "": every task; else only the tasks for this audience
  std::string tool_version, rules_version;
};

/// Everything a page is made from.
struct ComposeInput {
  const Readiness& readiness;
  const TaskTable& table;
  const ReportText& words;
  const ComposeOptions& options;
};

Page compose(const ComposeInput& in);

// The parts of the page, in the order compose() lays them out.
void compose_header(const ComposeInput& in, Page& page);
void compose_audiences(const ComposeInput& in, Page& page);
void compose_phase(const ComposeInput& in, const Phase& phase, Page& page);
void compose_untied(const ComposeInput& in, Page& page);

}  // namespace lint::report
