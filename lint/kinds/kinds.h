/// Factories of the rule kinds; each is defined in its own file and listed in registry.cpp.
#pragma once

#include <memory>

#include "lint/ruleset/check.h"
#include "lint/ruleset/rule_file.h"

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
std::unique_ptr<Check> make_list_contains(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_hosts_covered(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_file_exists(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_forbidden_field(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_keyed_value(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_validity(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_url_policy(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_secret_reference(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_secret(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_template_party(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_template_shape(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_forbidden_text_field(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_forbidden_anywhere(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_person_id_checksum(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_list_requires(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_issuer(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_environment(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_orgnr(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_validity(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_key(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_private_key(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_certificate_declared(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_languages_present(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_hygiene(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_language(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_content(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_duration(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_parity(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_text_metric(Options& options, const Catalog& catalog);
std::unique_ptr<Check> make_person_id_in_text(Options& options, const Catalog& catalog);

}  // namespace lint
