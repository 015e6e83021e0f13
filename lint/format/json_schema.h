/// A format schema from rules/ (e.g. `config`) as a JSON Schema (draft 2020-12), for editors and validators.
#pragma once

#include <ostream>
#include <string>

#include "lint/ruleset/schema.h"

namespace lint {

/// Writes `schema` as a JSON Schema document: maps become objects (closed unless `open`), lists
/// arrays, `values` enums, `required_unless` an `anyOf`; `description` and `owner` become descriptions.
/// `generator` (e.g. "dsoplint 0.1.0") goes into `$comment` with the rule file's name.
void write_json_schema(std::ostream& out, const Schema& schema, const std::string& generator);

}  // namespace lint
