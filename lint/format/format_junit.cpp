// The junit format: JUnit XML with one test suite per file that has findings and one failing test
// case per finding (classname: rule id; name: slug and position; failure type: severity).
#include <map>

#include "lint/format/escape.h"
#include "lint/format/format.h"

namespace lint {

namespace {

// The findings of each file, files in the order the report first names them.
std::vector<std::pair<std::string, std::vector<const Diagnostic*>>> by_file(const std::vector<Diagnostic>& diags) {
  std::vector<std::pair<std::string, std::vector<const Diagnostic*>>> files;
  std::map<std::string, std::size_t> index;
  for (const Diagnostic& d : diags) {
    const auto [it, added] = index.emplace(d.location.path, files.size());
    if (added) files.push_back({d.location.path, {}});
    files[it->second].second.push_back(&d);
  }
  return files;
}

std::string position(const Location& l) { return std::to_string(l.start.line) + ":" + std::to_string(l.start.column); }

void write_case(std::ostream& out, const Diagnostic& d) {
  const Location& l = d.location;
  out << "    <testcase classname=\"" << xml_escape(d.rule_id) << "\" name=\"" << xml_escape(d.slug + " " + position(l))
      << "\" file=\"" << xml_escape(l.path) << "\" line=\"" << l.start.line << "\">\n"
      << "      <failure type=\"" << severity_name(d.severity) << "\" message=\"" << xml_escape(d.message) << "\">"
      << xml_escape(l.path + ":" + position(l) + ": " + severity_name(d.severity) + ": " + d.message + " [" +
                    d.rule_id + " " + d.slug + "]")
      << "</failure>\n    </testcase>\n";
}

}  // namespace

// Notes are not findings and have no test case: JUnit consumers count every case as a test. An
// accepted finding is no failure, so it has none either.
void write_junit(std::ostream& out, const std::vector<Diagnostic>& all, const OutputInfo& /*info*/) {
  const std::vector<Diagnostic> diags = open_findings(all);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"dsoplint\" tests=\"" << diags.size() << "\" failures=\"" << diags.size()
      << "\" errors=\"0\">\n";
  for (const auto& [path, findings] : by_file(diags)) {
    out << "  <testsuite name=\"" << xml_escape(path) << "\" tests=\"" << findings.size() << "\" failures=\""
        << findings.size() << "\" errors=\"0\">\n";
    for (const Diagnostic* d : findings) write_case(out, *d);
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace lint
