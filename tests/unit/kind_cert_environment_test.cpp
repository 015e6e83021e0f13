// Kind certificate-environment (CERT004): a test CA in prod or a production CA in test, in a file or declared.
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;

namespace {

const std::string kOptions = "{authorities: certificate-authorities}";

}  // namespace

TEST_CASE("kind certificate-environment: the issuer of a certificate file") {
  static const std::string prod = write(prod_ca().issue(LeafSpec{}));
  static const std::string test = write(test_ca().issue(LeafSpec{}));
  static const std::string commfides_test = write(ca("test/CommfidesLegalPersonCA-G3-TEST.pem").issue(LeafSpec{}));
  static const std::string seid1_test = write(ca("test/BPClass3T4CA3.pem").issue(LeafSpec{}));
  static const std::string by_root = write(prod_ca().certificate());  // unknown issuer: CERT001's concern
  static const std::string garbage = write("not a certificate");
  auto [env, file, expected] = GENERATE_REF(table<std::string, std::string, Findings>({
      {"prod", prod, {}},
      {"test", test, {}},
      {"test", commfides_test, {}},
      {"prod", test, {"8:13 default"}},
      {"test", prod, {"8:13 default"}},
      {"prod", commfides_test, {"8:13 default"}},
      {"prod", seid1_test, {"8:13 default"}},  // also CERT002: two defects
      {"prod", by_root, {}},
      {"prod", garbage, {}},
      {"staging", test, {}},  // an environment the table does not name
  }));
  INFO(env << " " << file);
  CHECK(run("certificate-environment", kOptions, config(env, {"file: " + file})) == expected);
}

TEST_CASE("kind certificate-environment: the declared issuer") {
  auto [env, issuer, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"prod", "Buypass Class 3 CA G2 ST Business", {}},
      {"test", "Buypass Class 3 Test4 CA G2 ST Business", {}},
      {"prod", "Buypass Class 3 Test4 CA G2 ST Business", {"8:15 declared"}},
      {"test", "Buypass Class 3 CA G2 HT Business", {"8:15 declared"}},
      {"test", "Commfides Legal Person - G3", {"8:15 declared"}},
      {"prod",
       "'CN=Commfides Legal Person - G3 - TEST, organizationIdentifier=NTRNO-988312495, O=Commfides Norge AS, C=NO'",
       {"8:15 declared"}},
      {"prod", "Unknown CA", {}},
  }));
  INFO(env << " " << issuer);
  CHECK(run("certificate-environment", kOptions, config(env, {"issuer: " + issuer})) == expected);
}
