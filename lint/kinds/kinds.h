/// Factories of the rule kinds; each is defined in its own file and listed in registry.cpp.
#pragma once

#include <memory>

#include "lint/check.h"
#include "lint/rule_file.h"

namespace lint {

class Catalog;

std::unique_ptr<Check> make_required_field(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_schema_required(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_unknown_field(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_value_type(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_pattern(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_range(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_env_value(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_date(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_checksum(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_equals_field(Options& options, const Catalog& catalog);

}  // namespace lint
