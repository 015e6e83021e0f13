// The one table of rule kinds. Add a kind here and document it in rules/README.md.
#include "lint/kinds/registry.h"

#include "lint/kinds/engine_event.h"
#include "lint/kinds/kinds.h"

namespace lint {

const KindTable& kinds() {
  static const KindTable kKinds = {
      {"engine", "a finding the engine makes itself (syntax, duplicate key, limits, files)", &EngineEventCheck::make},
      {"required-field", "the selected field is present and not empty", &make_required_field},
      {"schema-required", "every field a format's schema marks required is present", &make_schema_required},
      {"unknown-field", "keys the format's schema does not define, with a suggestion", &make_unknown_field},
      {"value-type", "a value's type and allowed values (from options or a schema)", &make_value_type},
      {"pattern", "a value matches, or does not match, an RE2 regular expression", &make_pattern},
      {"range", "a number lies within min and max", &make_range},
      {"env-value", "the value expected in each environment", &make_env_value},
      {"date", "a date against --today and after another date", &make_date},
      {"checksum", "organisation numbers: mod-11, or valid but synthetic", &make_checksum},
      {"equals-field", "a value equals the value at another path", &make_equals_field},
      {"list-contains", "a list holds every required item; near misses get a suggestion", &make_list_contains},
      {"hosts-covered", "a list of host names covers the host of every URL named in options", &make_hosts_covered},
      {"file-exists", "a path names a file that exists, relative to the document's folder", &make_file_exists},
      {"forbidden-field", "the selected field is absent", &make_forbidden_field},
      {"keyed-value", "the value expected for another field's value and the environment", &make_keyed_value},
      {"validity", "a validity: a number of days within limits, or an end date not passed and not too far ahead",
       &make_validity},
      {"url-policy", "an absolute URL; no insecure scheme, localhost or private address where strict",
       &make_url_policy},
      {"secret-reference", "the value is a reference such as ${NAME}; a literal is reported and never shown",
       &make_secret_reference},
      {"secret", "values that look like secrets, by pattern or under a secret-named key; never shown", &make_secret},
      {"template-party", "a template's parties are the config's institution and supplier, or absent",
       &make_template_party},
      {"template-shape", "a template against the best-fitting schema: required, empty, type, allowed values",
       &make_template_shape},
      {"forbidden-text-field", "a text field is absent or empty when the document asks for given resources",
       &make_forbidden_text_field},
      {"forbidden-anywhere", "no value anywhere in the document contains a pattern", &make_forbidden_anywhere},
      {"person-id-checksum",
       "person identifiers (fødselsnummer, D-nummer) with wrong check digits or no real birth date",
       &make_person_id_checksum},
      {"list-requires", "a list holds the items each value found elsewhere needs; once per list", &make_list_requires},
      {"certificate-issuer", "a certificate's issuing CA is in none of the known groups, or in a given one",
       &make_certificate_issuer},
      {"certificate-environment", "a certificate's issuing CA belongs to the section's environment",
       &make_certificate_environment},
      {"certificate-orgnr", "a certificate's organisation number is the signer's", &make_certificate_orgnr},
      {"certificate-validity", "a certificate is valid on --today and does not expire soon",
       &make_certificate_validity},
      {"certificate-key", "a certificate's RSA key is large enough and its signature is not SHA-1",
       &make_certificate_key},
      {"certificate-private-key", "a certificate file holds no private key and is not a PKCS#12 bundle",
       &make_certificate_private_key},
      {"certificate-declared", "the declared certificate facts agree with the certificate file",
       &make_certificate_declared},
      {"text-languages-present", "a config's texts.<name> entry has every required language version",
       &make_text_languages_present},
      {"text-hygiene", "a text's placeholders, mojibake, invisible characters or non-NFC form, at the place",
       &make_text_hygiene},
      {"text-language", "a text is written in the language of its slot (nb, nn, en)", &make_text_language},
      {"text-content", "a text names the institution or says what phrase lists describe, in its language",
       &make_text_content},
      {"text-duration", "durations stated in a text equal the config's consent validity in days", &make_text_duration},
      {"text-parity", "numbers, URLs and e-mail addresses agree between a text and its nb version", &make_text_parity},
      {"text-metric", "a text's LIX readability index or length in characters stays within a limit", &make_text_metric},
      {"person-id-in-text", "a valid fødselsnummer or D-nummer written in a text or template", &make_person_id_in_text},
  };
  return kKinds;
}

std::unique_ptr<Catalog> load_catalog(const std::vector<RuleSource>& sources) {
  LoadedCatalog loaded = Catalog::load(sources, kinds());
  if (!loaded.errors.empty()) throw RuleFileErrors(std::move(loaded.errors));
  return std::move(loaded.catalog);
}

}  // namespace lint
