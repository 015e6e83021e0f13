// The CERT rules of rules/certificates.yaml through the real CLI: one finding per defect, where, and in which words.
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;
using test_certs::seid2_subject;

namespace {

// The fixtures' institution, 910000004, holds these certificates for its test environment.
LeafSpec eksempel(LeafSpec spec = {}) {
  spec.subject = seid2_subject("EKSEMPELBANKEN ASA", "EKSEMPELBANKEN ASA", "910000004");
  return spec;
}

std::string with_file(const std::string& bytes, const std::string& extension = ".pem") {
  return base_config({"file: " + write(bytes, extension)});
}

// The CERT findings of a run, as "CERTnnn" per finding.
std::vector<std::string> cert_ids(const std::string& out) {
  std::vector<std::string> ids;
  for (std::size_t at = out.find("[CERT"); at != std::string::npos; at = out.find("[CERT", at + 1))
    ids.push_back(out.substr(at + 1, 7));
  return ids;
}

}  // namespace

TEST_CASE("CERT rules: a correct certificate file and correct declared facts give no finding") {
  const CliRun file = lint_config(with_file(test_ca().issue(eksempel())));
  INFO(file.out);
  CHECK(file.out == "no problems found\n");
  CHECK(file.rc == 0);
  const CliRun declared = lint_config(
      base_config({"issuer: Buypass Class 3 Test4 CA G2 ST Business", "orgnr: \"910000004\"", "expires: 2028-03-01"}));
  INFO(declared.out);
  CHECK(declared.out == "no problems found\n");
}

TEST_CASE("CERT rules: each defect in a certificate file is one finding of its rule") {
  static const std::string dummy_key = "-----BEGIN PRIVATE KEY-----\nZHVtbXkgbm90IGEga2V5\n-----END PRIVATE KEY-----\n";
  static const std::vector<std::pair<std::string, std::string>> cases = {
      {"CERT001", "this is not a certificate\n"},
      {"CERT001", ""},
      {"CERT001", test_ca().issue(eksempel()).substr(0, 500)},
      {"CERT002", ca("test/BPClass3T4CA3.pem").issue(eksempel())},
      {"CERT003", ca("test/BPCl3CaG2HTPS.pem").issue(eksempel())},
      {"CERT004", prod_ca().issue(eksempel())},
      {"CERT005", test_ca().issue(LeafSpec{})},  // FJORDBANKEN's certificate in Eksempelbanken's config
      {"CERT006", test_ca().issue(eksempel(valid_between("2023-01-01", "2026-11-26")))},
      {"CERT006", test_ca().issue(eksempel(valid_between("2026-12-01", "2029-12-01")))},
      {"CERT006", test_ca().issue(eksempel(valid_between("2024-01-01", "2027-01-01")))},
      {"CERT007", test_ca().issue(eksempel(with_key({"RSA", 1024})))},
      {"CERT007", test_ca().issue(eksempel(with_key({"RSA", 2048}, test_certs::Digest::Sha1)))},
      {"CERT008", dummy_key},
      {"CERT008", test_ca().issue(eksempel()) + test_certs::private_key_pem(test_certs::KeyForm::RsaTraditional)},
      {"CERT008", test_ca().pkcs12(eksempel(), "secret")},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& [rule, bytes] = cases[i];
    DYNAMIC_SECTION(i << " " << rule) {
      const CliRun r = lint_config(with_file(bytes));
      INFO(r.out);
      CHECK(cert_ids(r.out) == std::vector<std::string>{rule});
      CHECK(count(r.out, "[") == 1);                       // no other rule fires either
      CHECK(r.out.find(":26:13: ") != std::string::npos);  // at the file name in base.yaml's line 26
      CHECK(r.out.find("BEGIN") == std::string::npos);     // never a key's bytes
      CHECK(r.out.find("ZHVtbXk") == std::string::npos);
    }
  }
}

TEST_CASE("CERT rules: a CA certificate in place of the enterprise certificate is two defects") {
  // Issued by the Buypass test root (no enterprise CA), and Buypass's own organisation number.
  const CliRun r = lint_config(with_file(test_ca().certificate()));
  INFO(r.out);
  CHECK(cert_ids(r.out) == std::vector<std::string>{"CERT001", "CERT005"});
  CHECK(r.out.find("is issued by 'CN=Buypass Class 3 Test4 Root CA G2 ST, O=Buypass AS, "
                   "organizationIdentifier=NTRNO-983163327, C=NO', which is not a known issuer") != std::string::npos);
}

TEST_CASE("CERT rules: a finding says which certificate it means") {
  const CliRun r = lint_config(with_file(test_ca().issue(eksempel(valid_between("2023-05-02", "2026-11-26", 0xBEEF)))));
  INFO(r.out);
  CHECK(r.out.find("certificate 'EKSEMPELBANKEN ASA' (serial BEEF, valid 2023-05-02 to 2026-11-26)") !=
        std::string::npos);
  CHECK(r.out.find("expired on 2026-11-26") != std::string::npos);
  CHECK(r.out.find("error:") != std::string::npos);
  const CliRun nb = lint_config(with_file(test_ca().issue(eksempel(valid_between("2024-01-01", "2027-01-01", 0xBEEF)))),
                                {"--lang", "nb"});
  INFO(nb.out);
  CHECK(nb.out.find("sertifikatet «EKSEMPELBANKEN ASA» (serienummer BEEF, gyldig 2024-01-01–2027-01-01)") !=
        std::string::npos);
  CHECK(nb.out.find("warning:") != std::string::npos);  // expiring soon is a warning
}

TEST_CASE("CERT rules: declared facts, one finding per defect at the declared field") {
  struct Row {
    std::vector<std::string> lines;
    std::vector<std::string> rules;
    std::string where;
  };
  const std::vector<Row> rows = {
      {{"issuer: Buypass Class 3 Test4 CA G2 ST Busines", "orgnr: \"910000004\"", "expires: 2028-03-01"},
       {"CERT001"},
       ":26:15: "},
      {{"issuer: Buypass Class 3 Test4 CA 3", "orgnr: \"910000004\"", "expires: 2028-03-01"}, {"CERT002"}, ":26:15: "},
      {{"issuer: Commfides Natural Person - G3 - TEST", "orgnr: \"910000004\"", "expires: 2028-03-01"},
       {"CERT003"},
       ":26:15: "},
      {{"issuer: Buypass Class 3 CA G2 ST Business", "orgnr: \"910000004\"", "expires: 2028-03-01"},
       {"CERT004"},
       ":26:15: "},
      {{"issuer: Buypass Class 3 Test4 CA G2 ST Business", "orgnr: \"922222223\"", "expires: 2028-03-01"},
       {"CERT005"},
       ":27:14: "},
      {{"issuer: Buypass Class 3 Test4 CA G2 ST Business", "orgnr: \"910000004\"", "expires: 2026-11-01"},
       {"CERT006"},
       ":28:16: "},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.rules.front()) {
      const CliRun r = lint_config(base_config(row.lines));
      INFO(r.out);
      CHECK(cert_ids(r.out) == row.rules);
      CHECK(r.out.find(row.where) != std::string::npos);
    }
  }
}

TEST_CASE("CERT rules: declared facts that differ from the file are CERT009, at the file with the declared line") {
  const CliRun r = lint_config(
      base_config({"file: " + write(test_ca().issue(eksempel())), "issuer: Buypass Class 3 Test4 CA G2 ST Business",
                   "orgnr: \"910000004\"", "expires: 2028-03-01"}));
  INFO(r.out);
  CHECK(cert_ids(r.out) == std::vector<std::string>{"CERT009"});
  CHECK(r.out.find(":26:13: warning: declared expires 2028-03-01 (line 29) differs from the expiry date of "
                   "certificate 'EKSEMPELBANKEN ASA' (serial 1234, valid 2025-01-01 to 2028-01-01)") !=
        std::string::npos);
}

TEST_CASE("CERT rules: a missing certificate file is DSOP006, and the declared facts are still checked") {
  const CliRun r = lint_config(base_config({"file: no-such-file.pem", "issuer: Buypass Class 3 Test4 CA G2 ST Business",
                                            "orgnr: \"910000004\"", "expires: 2026-01-01"}));
  INFO(r.out);
  CHECK(count(r.out, "[DSOP006 ") == 1);
  CHECK(cert_ids(r.out) == std::vector<std::string>{"CERT006"});
}

TEST_CASE("CERT rules: the sample stays silent") {
  const std::string sample = test_certs::source_path("samples/eksempelbanken");
  const char* argv[] = {"dsoplint", "--today", "2026-11-27", sample.c_str()};
  std::ostringstream out, err;
  CHECK(lint::run_cli(4, argv, out, err) == 0);
  CHECK(out.str() == "no problems found\n");
}
