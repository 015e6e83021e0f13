// CERT006 and CERT007 on a certificate file that holds a chain: every certificate is checked, and a
// finding about one that is not the leaf names it (variants chain-…, its place in the file).
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;

namespace {

// The subject of the prod Buypass ST Business CA, which issues prod_ca()'s leaves.
const test_certs::Subject kBuypassSt = {{"C", "NO"},
                                        {"organizationIdentifier", "NTRNO-983163327"},
                                        {"O", "Buypass AS"},
                                        {"CN", "Buypass Class 3 CA G2 ST Business"}};

// A certificate for the ST Business CA's name, issued by another test CA: the leaf's intermediate.
std::string intermediate(LeafSpec spec) {
  spec.subject = kBuypassSt;
  return ca("prod/BPCl3CaG2HTBS.pem").issue(spec);
}

// A certificate that names itself as its issuer (a root, as far as names go), signed as `spec` says.
std::string self_named_root(LeafSpec spec) {
  spec.subject = kBuypassSt;
  return prod_ca().issue(spec);
}

std::string leaf() { return prod_ca().issue(valid_between("2025-01-01", "2028-01-01", 0x11)); }

Findings validity(const std::string& file) {
  return run("certificate-validity", "{warn_within_days: 60}", config("prod", {"file: " + file}));
}

Findings key(const std::string& file) {
  return run("certificate-key", "{min_rsa_bits: 2048, sha1: true}", config("prod", {"file: " + file}));
}

}  // namespace

TEST_CASE("kind certificate-validity: every certificate of a chain") {
  static const std::string fine = write(leaf() + intermediate(valid_between("2020-01-01", "2040-01-01", 0x21)));
  static const std::string expired_ca = write(leaf() + intermediate(valid_between("2020-01-01", "2026-10-31", 0x22)));
  static const std::string soon_ca = write(leaf() + intermediate(valid_between("2020-01-01", "2027-01-10", 0x23)));
  static const std::string ca_first = write(intermediate(valid_between("2020-01-01", "2026-10-31", 0x24)) + leaf());
  static const std::string both = write(prod_ca().issue(valid_between("2023-01-01", "2026-01-01", 0x12)) +
                                        intermediate(valid_between("2020-01-01", "2026-10-31", 0x25)));
  auto [file, expected] = GENERATE_REF(table<std::string, Findings>({
      {fine, {}},
      {expired_ca, {"8:13 chain-expired"}},
      {soon_ca, {"8:13 chain-soon"}},
      {ca_first, {"8:13 chain-expired"}},              // the leaf is the one that issued no other, wherever it is
      {both, {"8:13 expired", "8:13 chain-expired"}},  // two certificates, two defects: the leaf first
  }));
  INFO(file);
  CHECK(validity(file) == expected);
}

TEST_CASE("kind certificate-key: every certificate of a chain; a root's own SHA-1 signature is not reported") {
  LeafSpec weak = valid_between("2020-01-01", "2040-01-01", 0x31);
  weak.key = {"RSA", 1024};
  LeafSpec sha1 = valid_between("2020-01-01", "2040-01-01", 0x32);
  sha1.digest = test_certs::Digest::Sha1;
  static const std::string weak_ca = write(leaf() + intermediate(weak));
  static const std::string sha1_ca = write(leaf() + intermediate(sha1));
  static const std::string sha1_root = write(leaf() + self_named_root(sha1));
  CHECK(key(weak_ca) == Findings{"8:13 chain-rsa-bits"});
  CHECK(key(sha1_ca) == Findings{"8:13 chain-sha1"});
  CHECK(key(sha1_root).empty());
}

TEST_CASE("CERT006 and CERT007 name the chain certificate in their messages") {
  LeafSpec weak = valid_between("2020-01-01", "2026-10-31", 0x41);
  weak.key = {"RSA", 1024};
  const std::string file = write(leaf() + intermediate(weak));
  const CliRun r = lint_config(base_config({"file: " + file}), {"--fail-on", "info"});
  INFO(r.out);
  CHECK(count(r.out, "certificate 2 of 2 in " + file +
                         ", 'Buypass Class 3 CA G2 ST Business' (serial 41, valid "
                         "2020-01-01 to 2026-10-31), is part of the chain and expired on 2026-10-31") == 1);
  CHECK(count(r.out, "is part of the chain and has a 1024-bit RSA key; expected at least 2048 bits") == 1);
  CHECK(count(r.out, "[CERT006 ") == 1);
  CHECK(count(r.out, "[CERT007 ") == 1);
}
