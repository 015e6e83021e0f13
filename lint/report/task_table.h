/// The onboarding page as data: environments, audiences, phases and tasks with their evidence
/// (the `onboarding` table, rules/data/onboarding.yaml), read and validated for the report.
#pragma once

#include <string>
#include <vector>

#include "lint/core/diagnostic.h"

namespace lint {

class Catalog;

namespace report {

/// A text in the report's two languages.
struct Bilingual {
  std::string nb, en;
  const std::string& in(Language language) const { return language == Language::Nb ? nb : en; }
};

struct EnvironmentInfo {
  std::string id;       // the key under `environments:` in a config
  Bilingual name;       // "produksjon" / "production"
  Bilingual ready;      // "klar for produksjon" / "ready for production"
};

struct AudienceInfo {
  std::string id;  // IT, Forretning, Alle: as the onboarding page names them
  Bilingual description;
};

/// A config field that proves a task; `{env}` stands for each environment, `*` for any key or item.
struct EvidenceItem {
  std::string path;
  bool required = true;  // absent in an environment: the task is missing there
  bool value = false;    // the report shows the field's value
  bool covers = true;    // a blocking finding at or under the field blocks the task
};

struct Link {
  std::string url;
  Bilingual text;
};

enum class ProvedBy { Config, Person };

struct Task {
  std::string id;
  std::vector<std::string> audience;   // empty: the onboarding page names none
  Bilingual title, description, keep;  // keep: what a person should keep (may be empty)
  std::vector<Link> links;
  ProvedBy proved_by = ProvedBy::Config;
  std::vector<std::string> environments;  // the environments it is needed for
  std::vector<EvidenceItem> evidence;

  bool needed_in(const std::string& env) const;
  bool for_audience(const std::string& audience) const;
};

struct Phase {
  std::string id;  // A
  Bilingual title, description;
  std::vector<Task> tasks;
};

struct TaskTable {
  std::vector<EnvironmentInfo> environments;
  std::vector<AudienceInfo> audiences;
  std::vector<Phase> phases;

  /// Reads the catalog's `onboarding` table; throws RuleFileError with file, line and column
  /// when it is absent or malformed.
  static TaskTable load(const Catalog& catalog);
  /// The task with this id, or nullptr.
  const Task* find(const std::string& id) const;
  std::vector<const Task*> tasks() const;
};

}  // namespace report
}  // namespace lint
