// The github format: GitHub Actions workflow commands within GitHub's per-step annotation limits,
// and, when GITHUB_STEP_SUMMARY is set, a Markdown table of every finding appended to that file.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/format/escape.h"
#include "lint/format/format.h"

namespace lint {

namespace {

// GitHub shows at most this many annotations of each kind (error, warning, notice) from one step
// and drops the others without a word; the job limit (50) is above three kinds of ten.
constexpr std::size_t kAnnotationsPerKind = 10;
// GitHub refuses a step summary file larger than 1 MiB.
constexpr std::size_t kStepSummaryBytes = 1024 * 1024;

const char* command(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "notice";
  }
  return "warning";
}

// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. GitHub takes columns
// only for a range on one line, so a range over several lines gives its lines alone.
void write_annotation(std::ostream& out, const Diagnostic& d) {
  const Location& l = d.location;
  out << "::" << command(d.severity) << " file=" << github_escape_property(l.path);
  out << ",line=" << l.start.line;
  if (l.end.line == l.start.line) {
    out << ",col=" << l.start.column << ",endLine=" << l.end.line << ",endColumn=" << l.end.column;
  } else {
    out << ",endLine=" << last_line(l);
  }
  out << ",title=" << github_escape_property(d.rule_id + " " + d.slug) << "::" << github_escape_data(d.message) << '\n';
}

// Which findings become annotations: errors first, then warnings, then notices, at most
// kAnnotationsPerKind of each; when some are left out, one notice slot is kept for saying so.
struct Selection {
  std::vector<const Diagnostic*> shown;
  std::size_t hidden = 0;
  std::size_t notices_left = kAnnotationsPerKind;
};

// How many findings each severity has, indexed by Severity.
std::array<std::size_t, 3> severity_counts(const std::vector<Diagnostic>& diags) {
  std::array<std::size_t, 3> count{0, 0, 0};
  for (const Diagnostic& d : diags) ++count[static_cast<std::size_t>(d.severity)];
  return count;
}

Selection select_annotations(const std::vector<Diagnostic>& diags) {
  const auto count = severity_counts(diags);
  Selection s;
  if (std::any_of(count.begin(), count.end(), [](std::size_t n) { return n > kAnnotationsPerKind; }))
    s.notices_left = kAnnotationsPerKind - 1;
  for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
    const std::size_t cap = severity == Severity::Info ? s.notices_left : kAnnotationsPerKind;
    std::size_t taken = 0;
    for (const Diagnostic& d : diags) {
      if (d.severity != severity) continue;
      if (taken < cap) {
        s.shown.push_back(&d);
        ++taken;
      }
    }
    s.hidden += count[static_cast<std::size_t>(severity)] - taken;
    if (severity == Severity::Info) s.notices_left -= taken;
  }
  return s;
}

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s"); }

std::string counts_line(const std::vector<Diagnostic>& diags) {
  const auto count = severity_counts(diags);
  return plural(count[2], "error") + ", " + plural(count[1], "warning") + ", " + std::to_string(count[0]) + " info";
}

std::string summary_row(const Diagnostic& d) {
  const Location& l = d.location;
  return "| " + markdown_cell(l.path + ":" + std::to_string(l.start.line) + ":" + std::to_string(l.start.column)) +
         " | " + severity_name(d.severity) + " | " + markdown_cell(d.rule_id + " " + d.slug) + " | " +
         markdown_cell(d.message) + " |\n";
}

// Appends the step summary to the file GitHub names; false when that file cannot be written.
bool append_step_summary(const std::string& path, const std::vector<Diagnostic>& diags) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  const std::size_t used = ec ? 0 : static_cast<std::size_t>(size);
  std::ofstream file(path, std::ios::app | std::ios::binary);
  if (!file) return false;
  write_github_summary(file, diags, kStepSummaryBytes > used ? kStepSummaryBytes - used : 0);
  return static_cast<bool>(file.flush());
}

}  // namespace

void write_github_summary(std::ostream& out, const std::vector<Diagnostic>& all, std::size_t budget) {
  const std::vector<Diagnostic> diags = open_findings(all);
  std::ostringstream head;
  head << "\n### dsoplint\n\n" << (diags.empty() ? std::string("no problems found") : counts_line(diags)) << "\n\n";
  if (!diags.empty()) head << "| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n";
  constexpr std::size_t kTail = 160;  // room for the line that says what was left out
  std::string body = head.str();
  if (body.size() + kTail > budget) return;  // not even the heading fits
  std::size_t left_out = 0;
  for (const Diagnostic& d : diags) {
    const std::string row = summary_row(d);
    if (left_out == 0 && body.size() + row.size() + kTail <= budget) {
      body += row;
    } else {
      ++left_out;
    }
  }
  if (left_out > 0) {
    body += "\n+";
    body += plural(left_out, "more finding");
    body += " not listed here: GitHub takes at most 1 MiB of step summary.\n";
  }
  out << body;
}

void write_github_commands(std::ostream& out, const std::vector<Diagnostic>& all, const OutputInfo& info,
                           bool summary_written) {
  const std::vector<Diagnostic> diags = open_findings(all);
  const Selection s = select_annotations(diags);
  for (const Diagnostic* d : s.shown) write_annotation(out, *d);
  if (s.hidden > 0) {
    const std::size_t cap = kAnnotationsPerKind;
    std::ostringstream text;
    text << '+' << plural(s.hidden, "more finding") << " not shown as annotations (GitHub shows at most " << cap
         << " errors, " << cap << " warnings and " << cap << " notices from one step); "
         << (summary_written ? "the step summary lists every finding"
                             : "--format sarif=PATH or json=PATH reports every finding");
    out << "::notice::" << github_escape_data(text.str()) << '\n';
  }
  std::size_t notices_left = s.notices_left;
  for (const Note& n : info.notes) {
    const std::string text = n.path + ": " + n.message;
    // Past the notice limit GitHub would drop them: those stay plain lines in the log.
    if (notices_left > 0) {
      out << "::notice::" << github_escape_data(text) << '\n';
      --notices_left;
    } else {
      out << "note: " << github_escape_data(text) << '\n';
    }
  }
}

void write_github(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info) {
  const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
  bool written = false;
  if (summary != nullptr && *summary != '\0') {
    written = append_step_summary(summary, diags);
    // A plain log line, not a warning annotation: that would take the place of a finding's.
    if (!written) out << "dsoplint: cannot append the step summary to " << github_escape_data(summary) << '\n';
  }
  write_github_commands(out, diags, info, written);
}

}  // namespace lint
