// The top of the report: title, what it is about, the verdict per environment, the legend and
// the audiences; compose() puts the whole page together.
#include "lint/report/compose_support.h"

#include "lint/core/date.h"

namespace lint::report {

namespace {

Spans fact(const ComposeInput& in, const std::string& key, Spans value) {
  Spans s{strong(in.words.get(key) + ":"), text(" ")};
  s.insert(s.end(), value.begin(), value.end());
  return s;
}

std::string blocking_words(const ComposeInput& in) {
  const Severity s = in.readiness.blocking;
  return in.words.get(s == Severity::Error ? "blocking.error" : s == Severity::Warning ? "blocking.warning" : "blocking.info");
}

Block facts(const ComposeInput& in) {
  const Readiness& r = in.readiness;
  std::vector<Spans> items;
  items.push_back(fact(in, "facts.date", {strong(format_date(r.today))}));
  if (!r.institution.empty())
    items.push_back(fact(in, "facts.institution",
                              {text(in.words.get("facts.institution_value", {{"name", r.institution}, {"orgnr", r.orgnr}}))}));
  items.push_back(fact(in, "facts.config", {code(r.config_path)}));
  items.push_back(fact(in, "facts.blocking", {text(blocking_words(in))}));
  items.push_back(fact(in, "facts.tool", {text(in.words.get("facts.tool_value", {{"version", in.options.tool_version},
                                                                               {"rules", in.options.rules_version}}))}));
  return bullet_list(std::move(items));
}

// "ready for production: no — 3 tasks blocked; 1 task missing (D-1)".
Spans verdict_line(const ComposeInput& in, const Verdict& v) {
  const auto& w = in.words;
  std::vector<std::string> why;
  if (!in.readiness.config_readable) why.push_back(w.get("verdict.unreadable"));
  else if (!v.in_config) why.push_back(w.get("verdict.no_env", {{"env", v.env->name.in(in.options.language)}}));
  if (!v.blocked.empty()) why.push_back(w.count("verdict.blocked", v.blocked.size(), {{"tasks", joined(v.blocked)}}));
  if (!v.missing.empty()) why.push_back(w.count("verdict.missing", v.missing.size(), {{"tasks", joined(v.missing)}}));
  if (v.untied_blocking) why.push_back(w.count("verdict.untied", v.untied_blocking));
  if (why.empty()) why.push_back(w.count("verdict.all_proven", v.proven));
  if (!v.outside.empty()) why.push_back(w.count("verdict.outside", v.outside.size(), {{"tasks", joined(v.outside)}}));
  std::string reasons;
  for (const auto& s : why) reasons += (reasons.empty() ? "" : "; ") + s;
  const std::string answer = w.get(v.ready ? "verdict.yes" : "verdict.no");
  return {status_span(v.ready ? Mark::Proven : Mark::Blocked, v.env->ready.in(in.options.language) + ": " + answer),
          text(" — " + reasons)};
}

void verdict(const ComposeInput& in, Page& page) {
  page.blocks.push_back(open_section("verdict", "verdict"));
  page.blocks.push_back(heading(2, {text(in.words.get("verdict.heading"))}));
  std::vector<Spans> lines;
  for (const Verdict& v : in.readiness.verdicts) lines.push_back(verdict_line(in, v));
  page.blocks.push_back(bullet_list(std::move(lines)));
  if (!in.readiness.config_readable) page.blocks.push_back(paragraph({strong(in.words.get("facts.unreadable"))}));
  if (!in.options.audience.empty())
    page.blocks.push_back(paragraph({text(in.words.get("verdict.filter", {{"audience", in.options.audience}}))}));
  page.blocks.push_back(close_section());
}

void legend(const ComposeInput& in, Page& page) {
  page.blocks.push_back(open_section("legend", "legend"));
  page.blocks.push_back(heading(2, {text(in.words.get("legend.heading"))}));
  std::vector<Spans> items;
  for (Status s : {Status::Proven, Status::Blocked, Status::Missing, Status::Outside, Status::NotNeeded})
    items.push_back({status_of(in, s), text(" — " + in.words.get(std::string("legend.") + status_id(s)))});
  page.blocks.push_back(bullet_list(std::move(items)));
  page.blocks.push_back(close_section());
}

Cell audience_tasks(const ComposeInput& in, const std::string& audience) {
  Cell cell;
  for (const TaskResult& t : in.readiness.tasks) {
    if (!t.task->for_audience(audience)) continue;
    if (!cell.spans.empty()) cell.spans.push_back(line_break());
    cell.spans.push_back(link(t.task->id, task_target(t.task->id)));
    cell.spans.push_back(text(" "));
    const Spans status = status_summary(in, t);
    cell.spans.insert(cell.spans.end(), status.begin(), status.end());
  }
  return cell;
}

}  // namespace

void compose_header(const ComposeInput& in, Page& page) {
  page.blocks.push_back(heading(1, {text(page.title)}));
  page.blocks.push_back(facts(in));
  verdict(in, page);
  legend(in, page);
}

void compose_audiences(const ComposeInput& in, Page& page) {
  page.blocks.push_back(open_section("audiences", "audiences"));
  page.blocks.push_back(heading(2, {text(in.words.get("audiences.heading"))}));
  Table t;
  t.caption = in.words.get("audiences.caption");
  t.row_headers = true;
  t.style = "audiences";
  t.head = {in.words.get("col.audience"), in.words.get("col.tasks")};
  for (const AudienceInfo& a : in.table.audiences) {
    if (!in.options.audience.empty() && a.id != in.options.audience) continue;
    t.rows.push_back({{{text(a.id), line_break(), text(a.description.in(in.options.language))}}, audience_tasks(in, a.id)});
  }
  page.blocks.push_back(table_block(std::move(t)));
  page.blocks.push_back(close_section());
}

void compose_untied(const ComposeInput& in, Page& page) {
  if (in.readiness.untied.empty()) return;
  page.blocks.push_back(open_section("untied", "untied"));
  page.blocks.push_back(heading(2, {text(in.words.get("untied.heading"))}));
  page.blocks.push_back(paragraph({text(in.words.get("untied.intro"))}));
  page.blocks.push_back(table_block(findings_table(in, in.readiness.untied, in.words.get("untied.heading"))));
  page.blocks.push_back(close_section());
}

Page compose(const ComposeInput& in) {
  Page page;
  page.lang = in.options.language == Language::Nb ? "nb" : "en";
  page.title = in.words.get("title");
  if (!in.readiness.institution.empty()) page.title += " – " + in.readiness.institution;
  compose_header(in, page);
  compose_audiences(in, page);
  for (const Phase& phase : in.table.phases) compose_phase(in, phase, page);
  compose_untied(in, page);
  return page;
}

}  // namespace lint::report
