// Severity names, and the fingerprint a finding derives from its rule, file and YAML path or line.
#include "lint/core/diagnostic.h"

namespace lint {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Info:
      return "info";
    case Severity::Warning:
      return "warning";
    case Severity::Error:
      return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "error") return Severity::Error;
  if (text == "warning") return Severity::Warning;
  if (text == "info") return Severity::Info;
  return std::nullopt;
}

const std::string& SourceLine::empty_text() {
  static const std::string kEmpty;
  return kEmpty;
}

std::string Diagnostic::fingerprint() const {
  const std::string& what = yaml_path.empty() ? source_line.text() : yaml_path;
  std::string key;
  key.reserve(rule_id.size() + location.path.size() + what.size() + 2);
  key.append(rule_id).append("|").append(location.path).append("|").append(what);
  return key;
}

StableHash FingerprintHashes::of(const Diagnostic& d) {
  if (!d.yaml_path.empty() || !d.source_line.is_long()) return StableHash().add(d.fingerprint());
  auto [at, fresh] = m_long.try_emplace({d.rule_id + "|" + d.location.path, &d.source_line.text()});
  if (fresh) at->second.add(d.fingerprint());
  return at->second;
}

}  // namespace lint
