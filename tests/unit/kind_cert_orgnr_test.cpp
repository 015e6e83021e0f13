// Kind certificate-orgnr (CERT005): the certificate's organisation number is the institution's or the supplier's.
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;
using test_certs::seid1_subject;
using test_certs::seid2_subject;

namespace {

const std::string kOptions =
    "{signer: 'environments.{env}.maskinporten.auth.signer', default_signer: institution, "
    "orgnr_of: {institution: institution.orgnr, supplier: supplier.orgnr}}";

std::string leaf(const test_certs::Subject& subject) { return write(prod_ca().issue(with_subject(subject))); }

}  // namespace

TEST_CASE("kind certificate-orgnr: the organisation number in a certificate file") {
  // The config's institution is 923609016, its supplier 926340786.
  static const std::string institution = leaf(seid2_subject("FJORDBANKEN ASA", "FJORDBANKEN ASA", "923609016"));
  static const std::string supplier = leaf(seid2_subject("PARTNER AS", "PARTNER AS", "926340786"));
  static const std::string stranger = leaf(seid2_subject("ANNEN BANK ASA", "ANNEN BANK ASA", "910000004"));
  static const std::string seid1_institution = leaf(seid1_subject("FJORDBANKEN ASA", "FJORDBANKEN ASA", "923609016"));
  static const std::string seid1_stranger = leaf(seid1_subject("ANNEN BANK ASA", "ANNEN BANK ASA", "910000004"));
  static const std::string no_orgnr = leaf({{"C", "NO"}, {"O", "FJORDBANKEN ASA"}, {"CN", "FJORDBANKEN ASA"}});
  static const std::string key_only = write(test_certs::private_key_pem(test_certs::KeyForm::Pkcs8));
  auto [file, signer, expected] = GENERATE_REF(table<std::string, std::string, Findings>({
      {institution, "institution", {}},
      {supplier, "supplier", {}},
      {seid1_institution, "institution", {}},
      {stranger, "institution", {"8:13 default"}},
      {seid1_stranger, "institution", {"8:13 default"}},
      {stranger, "supplier", {"8:13 default"}},
      {supplier, "institution", {"8:13 other-party"}},
      {institution, "supplier", {"8:13 other-party"}},
      {no_orgnr, "institution", {"8:13 no-orgnr"}},
      {institution, "''", {}},        // no signer: the institution signs
      {institution, "someone", {}},   // an unknown signer is DSOP005's concern
      {key_only, "institution", {}},  // no certificate to read a number from
  }));
  INFO(file << " " << signer);
  CHECK(run("certificate-orgnr", kOptions, config("prod", {"file: " + file}, signer)) == expected);
}

TEST_CASE("kind certificate-orgnr: the declared orgnr") {
  auto [orgnr, signer, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"\"923609016\"", "institution", {}},
      {"\"926340786\"", "supplier", {}},
      {"\"910000004\"", "institution", {"8:14 declared"}},
      {"\"926340786\"", "institution", {"8:14 declared-other-party"}},
      {"\"923609016\"", "supplier", {"8:14 declared-other-party"}},
      {"${ORGNR}", "institution", {}},
      {"\"923609017\"", "institution", {}},  // fails its mod-11 check: ID001's finding, not a second one
      {"\"92360901\"", "institution", {}},
  }));
  INFO(orgnr << " " << signer);
  CHECK(run("certificate-orgnr", kOptions, config("prod", {"orgnr: " + orgnr}, signer)) == expected);
}

TEST_CASE("kind certificate-orgnr: nothing to compare with") {
  // signer: supplier without a supplier section; MP008 and DSOP004 speak about that.
  const std::string doc =
      "institution:\n  orgnr: \"923609016\"\nenvironments:\n  prod:\n    certificate:\n      orgnr: \"910000004\"\n"
      "    maskinporten:\n      auth: {signer: supplier}\n";
  CHECK(run("certificate-orgnr", kOptions, doc).empty());
  CHECK(run("certificate-orgnr", kOptions, "environments:\n  prod:\n    certificate:\n      orgnr: \"910000004\"\n")
            .empty());
}

TEST_CASE("kind certificate-orgnr: options are validated when the rule loads") {
  using lint::testing::load_error;
  using lint::testing::rule;
  CHECK_THAT(load_error(rule("certificate-orgnr", "{signer: a, default_signer: x, orgnr_of: {y: b}}")),
             Catch::Contains("'default_signer' must be one of the keys"));
  CHECK_THAT(load_error(rule("certificate-orgnr", "{signer: a, default_signer: x, orgnr_of: [x]}")),
             Catch::Contains("'orgnr_of' maps"));
  CHECK(load_error(rule("certificate-orgnr", kOptions)).empty());
}
