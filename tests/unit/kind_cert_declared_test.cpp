// Kind certificate-declared (CERT009): the declared issuer, orgnr and expires against the certificate file.
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;

namespace {

const std::string kOptions = "{compare: [issuer, orgnr, expires]}";

}  // namespace

TEST_CASE("kind certificate-declared: declared facts against a certificate file") {
  // Issued by Buypass Class 3 CA G2 ST Business to 923609016, valid 2025-01-01 to 2028-01-01.
  static const std::string file = write(prod_ca().issue(LeafSpec{}));
  static const std::string no_orgnr =
      write(prod_ca().issue(with_subject({{"C", "NO"}, {"O", "FJORDBANKEN ASA"}, {"CN", "FJORDBANKEN ASA"}})));
  const std::string ok_issuer = "issuer: Buypass Class 3 CA G2 ST Business";
  const std::string ok_orgnr = "orgnr: \"923609016\"";
  const std::string ok_expires = "expires: 2028-01-01";
  auto [lines, expected] = GENERATE_COPY(table<std::vector<std::string>, Findings>({
      {{"file: " + file, ok_issuer, ok_orgnr, ok_expires}, {}},
      {{"file: " + file}, {}},  // nothing declared: nothing to compare
      {{"file: " + file,
        "issuer: 'CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, organizationIdentifier=NTRNO-983163327, C=NO'"},
       {}},
      {{"file: " + file, "issuer: 'CN=Buypass Class 3 CA G2 ST Business'"}, {}},
      {{"file: " + file, "issuer: Buypass Class 3 CA G2 HT Business", ok_orgnr, ok_expires}, {"8:13 issuer"}},
      {{"file: " + file, "issuer: 'CN=Buypass Class 3 CA G2 ST Business, O=Buypass, C=NO'"}, {"8:13 issuer"}},
      {{"file: " + file, ok_issuer, "orgnr: \"910000004\"", ok_expires}, {"8:13 orgnr"}},
      {{"file: " + file, ok_issuer, ok_orgnr, "expires: 2028-01-02"}, {"8:13 expires"}},
      {{"file: " + file, "issuer: X", "orgnr: \"910000004\"", "expires: 2027-01-01"},
       {"8:13 issuer", "8:13 orgnr", "8:13 expires"}},
      {{"file: " + file, "expires: not-a-date"}, {}},         // DSOP005's concern
      {{"file: " + file, "orgnr: ${ORGNR}"}, {}},             // a reference
      {{"file: " + no_orgnr, "orgnr: \"923609016\""}, {}},    // no number in the certificate: CERT005's concern
      {{"file: missing.pem", "orgnr: \"910000004\""}, {}},    // no file to compare with: DSOP006
      {{ok_issuer, "orgnr: \"910000004\"", ok_expires}, {}},  // no file at all
  }));
  CHECK(run("certificate-declared", kOptions, config("prod", lines)) == expected);
}

TEST_CASE("kind certificate-declared: which fields are compared is an option") {
  static const std::string file = write(prod_ca().issue(LeafSpec{}));
  const auto doc = config("prod", {"file: " + file, "issuer: X", "orgnr: \"910000004\"", "expires: 2027-01-01"});
  CHECK(run("certificate-declared", "{compare: [expires]}", doc) == Findings{"8:13 expires"});
  CHECK(run("certificate-declared", "{compare: orgnr}", doc) == Findings{"8:13 orgnr"});
  using lint::testing::load_error;
  using lint::testing::rule;
  CHECK_THAT(load_error(rule("certificate-declared", "{compare: [issuer, serial]}")), Catch::Contains("not 'serial'"));
  CHECK_THAT(load_error(rule("certificate-declared", "{}")), Catch::Contains("compare"));
}
