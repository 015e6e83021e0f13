// Kinds certificate-key (CERT007: small RSA key, SHA-1) and certificate-private-key (CERT008: key or PKCS#12 in the
// file).
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;
using test_certs::KeyForm;

namespace {

const std::string kKey = "{min_rsa_bits: 2048, sha1: true}";

// Certificate files, made and written once (static) for every test case that uses them.
struct Files {
  std::string rsa2048 = write(prod_ca().issue(LeafSpec{}));
  std::string rsa1024 = write(prod_ca().issue(with_key({"RSA", 1024})));
  std::string ec256 = write(prod_ca().issue(with_key({"EC", 256})));
  std::string sha1 = write(prod_ca().issue(with_key({"RSA", 2048}, test_certs::Digest::Sha1)));
  std::string both = write(prod_ca().issue(with_key({"RSA", 1024}, test_certs::Digest::Sha1)));
  std::string pkcs8 = write(test_certs::private_key_pem(KeyForm::Pkcs8));
  std::string rsa_key = write(test_certs::private_key_pem(KeyForm::RsaTraditional));
  std::string ec_key = write(test_certs::private_key_pem(KeyForm::EcTraditional));
  std::string encrypted_key = write(test_certs::private_key_pem(KeyForm::EncryptedPkcs8));
  std::string der_key = write(test_certs::private_key_der(false), ".der");
  std::string cert_and_key = write(prod_ca().issue(LeafSpec{}) + test_certs::private_key_pem(KeyForm::Pkcs8));
  std::string p12 = write(prod_ca().pkcs12(LeafSpec{}, "secret"), ".p12");
  std::string p12_no_password = write(prod_ca().pkcs12(LeafSpec{}, ""), ".pfx");
  std::string dummy_key = write("-----BEGIN PRIVATE KEY-----\nZHVtbXkgbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
  std::string garbage = write("garbage");
};

const Files& files() {
  static const Files f;
  return f;
}

}  // namespace

TEST_CASE("kind certificate-key: key size and signature digest of a certificate file") {
  const Files& f = files();
  auto [file, expected] = GENERATE_REF(table<std::string, Findings>({
      {f.rsa2048, {}},
      {f.ec256, {}},
      {f.rsa1024, {"8:13 rsa-bits"}},
      {f.sha1, {"8:13 sha1"}},
      {f.both, {"8:13 rsa-bits", "8:13 sha1"}},  // two defects, two findings
      {f.cert_and_key, {}},                      // the certificate beside the key is fine
      {f.garbage, {}},
      {f.p12, {}},
  }));
  INFO(file);
  CHECK(run("certificate-key", kKey, config("prod", {"file: " + file})) == expected);
}

TEST_CASE("kind certificate-key: limits are options; declared facts say nothing about keys") {
  const Files& f = files();
  CHECK(run("certificate-key", "{min_rsa_bits: 3072}", config("prod", {"file: " + f.rsa2048})) ==
        Findings{"8:13 rsa-bits"});
  CHECK(run("certificate-key", "{min_rsa_bits: 1024, sha1: false}", config("prod", {"file: " + f.both})).empty());
  CHECK(run("certificate-key", kKey, config("prod", {"issuer: Buypass Class 3 CA G2 ST Business"})).empty());
  using lint::testing::load_error;
  using lint::testing::rule;
  CHECK_THAT(load_error(rule("certificate-key", "{sha1: true}")), Catch::Contains("min_rsa_bits"));
  CHECK_THAT(load_error(rule("certificate-key", "{min_rsa_bits: 2048, sha256: true}")), Catch::Contains("sha256"));
}

TEST_CASE("kind certificate-private-key: keys and PKCS#12 bundles in the certificate file") {
  const Files& f = files();
  auto [file, expected] = GENERATE_REF(table<std::string, Findings>({
      {f.rsa2048, {}},
      {f.garbage, {}},
      {f.pkcs8, {"8:13 default"}},
      {f.rsa_key, {"8:13 default"}},
      {f.ec_key, {"8:13 default"}},
      {f.encrypted_key, {"8:13 default"}},
      {f.der_key, {"8:13 default"}},
      {f.dummy_key, {"8:13 default"}},  // recognised by its label, never decoded
      {f.cert_and_key, {"8:13 with-certificate"}},
      {f.p12, {"8:13 pkcs12"}},
      {f.p12_no_password, {"8:13 pkcs12"}},
  }));
  INFO(file);
  CHECK(run("certificate-private-key", "", config("prod", {"file: " + file})) == expected);
  // Declared facts never hold a key.
  CHECK(run("certificate-private-key", "", config("prod", {"issuer: Buypass Class 3 CA G2 ST Business"})).empty());
}
