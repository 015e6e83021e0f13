// Kind certificate-issuer (CERT001–CERT003): unknown, SEID 1 and personal CAs, in a file or declared; unreadable files.
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;

namespace {

const std::string kUnknown = "{authorities: certificate-authorities, report: unknown, suggest_group: seid2_enterprise}";
const std::string kSeid1 = "{authorities: certificate-authorities, report: seid1}";
const std::string kPerson = "{authorities: certificate-authorities, report: person}";

// Certificate files, made and written once (static) for every test case that uses them.
struct Files {
  std::string enterprise = write(prod_ca().issue(LeafSpec{}));
  std::string enterprise_der = write(prod_ca().issue(LeafSpec{}, test_certs::Encoding::Der), ".cer");
  std::string commfides_test = write(ca("test/CommfidesLegalPersonCA-G3-TEST.pem").issue(LeafSpec{}));
  std::string seid1 =
      write(ca("prod/BPClass3CA3.pem")
                .issue(with_subject(test_certs::seid1_subject("FJORDBANKEN ASA", "FJORDBANKEN ASA", "923609016"))));
  std::string commfides_seid1 = write(ca("test/CommfidesEnterprise2-SHA256.pem").issue(LeafSpec{}));
  std::string person = write(ca("prod/BPCl3CaG2HTPS.pem").issue(LeafSpec{}));
  std::string natural_person = write(ca("test/CommfidesNaturalPersonCA-G3-TEST.pem").issue(LeafSpec{}));
  // The issuing CA's own certificate: issued by the Buypass root, which issues no enterprise certificates.
  std::string by_root = write(prod_ca().certificate());
  std::string chain = write(prod_ca().issue(LeafSpec{}) + prod_ca().certificate());
  std::string chain_reversed = write(prod_ca().certificate() + prod_ca().issue(LeafSpec{}));
  std::string empty = write("");
  std::string garbage = write("issuer: Buypass Class 3 CA G2 ST Business\n");
  std::string truncated = write(prod_ca().issue(LeafSpec{}).substr(0, 300));
  std::string der_cut = write(prod_ca().issue(LeafSpec{}, test_certs::Encoding::Der).substr(0, 200), ".der");
  std::string key_only = write(test_certs::private_key_pem(test_certs::KeyForm::Pkcs8));
  std::string p12 = write(prod_ca().pkcs12(LeafSpec{}, "secret"), ".p12");
};

const Files& files() {
  static const Files f;
  return f;
}

}  // namespace

TEST_CASE("kind certificate-issuer: the issuer of a certificate file") {
  const Files& f = files();
  auto [file, unknown, seid1, person] = GENERATE_REF(table<std::string, Findings, Findings, Findings>({
      {f.enterprise, {}, {}, {}},
      {f.enterprise_der, {}, {}, {}},
      {f.commfides_test, {}, {}, {}},
      {f.seid1, {}, {"8:13 default"}, {}},
      {f.commfides_seid1, {}, {"8:13 default"}, {}},
      {f.person, {}, {}, {"8:13 default"}},
      {f.natural_person, {}, {}, {"8:13 default"}},
      {f.by_root, {"8:13 default"}, {}, {}},
      {f.chain, {}, {}, {}},           // leaf first, then its CA
      {f.chain_reversed, {}, {}, {}},  // the leaf is the certificate that issued no other
      {f.empty, {"8:13 empty"}, {}, {}},
      {f.garbage, {"8:13 unreadable"}, {}, {}},
      {f.truncated, {"8:13 unreadable"}, {}, {}},
      {f.der_cut, {"8:13 unreadable"}, {}, {}},
      {f.key_only, {}, {}, {}},  // CERT008's concern
      {f.p12, {}, {}, {}},       // CERT008's concern
  }));
  INFO(file);
  const std::string doc = config("prod", {"file: " + file});
  CHECK(run("certificate-issuer", kUnknown, doc) == unknown);
  CHECK(run("certificate-issuer", kSeid1, doc) == seid1);
  CHECK(run("certificate-issuer", kPerson, doc) == person);
}

TEST_CASE("kind certificate-issuer: the declared issuer") {
  auto [issuer, unknown, seid1, person] = GENERATE(table<std::string, Findings, Findings, Findings>({
      {"Buypass Class 3 CA G2 ST Business", {}, {}, {}},
      {"Commfides Legal Person - G3 - TEST", {}, {}, {}},
      {"'CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, organizationIdentifier=NTRNO-983163327, C=NO'",
       {},
       {},
       {}},
      {"'C=NO, O=Buypass AS, 2.5.4.97=NTRNO-983163327, CN=Buypass Class 3 CA G2 ST Business'", {}, {}, {}},
      {"'CN=Buypass Class 3 CA G2 ST Business'", {}, {}, {}},  // a DN of only a CN is a CN
      {"'CN=Buypass Class 3 CA G2 ST Business, O=Buypass, C=NO'", {"8:15 declared"}, {}, {}},  // O differs
      {"Buypass Class 3 CA G2 ST Busines", {"8:15 declared-suggest"}, {}, {}},
      {"buypass class 3 ca g2 st business", {"8:15 declared-suggest"}, {}, {}},
      {"Let's Encrypt R3", {"8:15 declared"}, {}, {}},
      {"Buypass Class 3 CA 3", {}, {"8:15 declared"}, {}},
      {"CPN Enterprise SHA256 CLASS 3", {}, {"8:15 declared"}, {}},
      {"Buypass Class 3 CA G2 HT Person", {}, {}, {"8:15 declared"}},
      {"Commfides Natural Person - G3", {}, {}, {"8:15 declared"}},
      {"${CERT_ISSUER}", {}, {}, {}},  // a reference: nothing to check
  }));
  INFO(issuer);
  const std::string doc = config("prod", {"issuer: " + issuer, "orgnr: \"923609016\"", "expires: 2028-01-01"});
  CHECK(run("certificate-issuer", kUnknown, doc) == unknown);
  CHECK(run("certificate-issuer", kSeid1, doc) == seid1);
  CHECK(run("certificate-issuer", kPerson, doc) == person);
}

TEST_CASE("kind certificate-issuer: the file wins over the declared issuer; an unreadable file leaves it to DSOP006") {
  const Files& f = files();
  // A readable file: the declared (unknown) issuer is CERT009's concern, not this rule's.
  CHECK(run("certificate-issuer", kUnknown, config("prod", {"file: " + f.enterprise, "issuer: Somebody"})).empty());
  // A missing file or a folder is DSOP006's finding; the declared facts stand in.
  CHECK(run("certificate-issuer", kUnknown, config("prod", {"file: missing.pem", "issuer: Somebody"})) ==
        Findings{"9:15 declared"});
  CHECK(run("certificate-issuer", kUnknown, config("prod", {"file: .", "issuer: Somebody"})) ==
        Findings{"9:15 declared"});
  CHECK(run("certificate-issuer", kUnknown, config("prod", {"file: missing.pem"})).empty());
  // No certificate section, or not a mapping: nothing to say (DSOP004 / DSOP005 own that).
  CHECK(run("certificate-issuer", kUnknown, "environments:\n  prod:\n    altinn: {}\n").empty());
  CHECK(run("certificate-issuer", kUnknown, "environments:\n  prod:\n    certificate: x\n").empty());
}

TEST_CASE("kind certificate-issuer: options are validated when the rule loads") {
  using lint::testing::load_error;
  using lint::testing::rule;
  const std::string sel = "[environments.*.certificate]";
  CHECK_THAT(load_error(rule("certificate-issuer", "{report: unknown}", sel)), Catch::Contains("authorities"));
  CHECK_THAT(load_error(rule("certificate-issuer", "{authorities: nope, report: unknown}", sel)),
             Catch::Contains("no data table named 'nope'"));
  CHECK_THAT(load_error(rule("certificate-issuer", "{authorities: certificate-authorities, report: seid3}", sel)),
             Catch::Contains("'report' must be 'unknown' or a group"));
  CHECK_THAT(load_error(rule("certificate-issuer",
                             "{authorities: certificate-authorities, report: unknown, suggest_group: x}", sel)),
             Catch::Contains("no group 'x'"));
  CHECK(load_error(rule("certificate-issuer", kUnknown, sel)).empty());
}
