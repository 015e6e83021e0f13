// Unit tests for lint/cert: reading certificates, key/PKCS#12 detection, DN parsing and comparison.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "lint/cert/cert_reader.h"
#include "tests/support/test_certs.h"

namespace lint::cert {
// Lets Catch print names in failure messages.
std::ostream& operator<<(std::ostream& os, const NameAttribute& a) { return os << a.type << '=' << a.value; }
}  // namespace lint::cert

namespace {

using lint::cert::canonical_attribute_type;
using lint::cert::CertInfo;
using lint::cert::ContentKind;
using lint::cert::DistinguishedName;
using lint::cert::parse_dn;
using lint::cert::read_certificates;
using lint::cert::ReadResult;
using lint::cert::same_name;
using test_certs::Digest;
using test_certs::Encoding;
using test_certs::KeyForm;
using test_certs::LeafSpec;
using test_certs::TestCa;

const char* kind_name(ContentKind k) {
  switch (k) {
    case ContentKind::Certificates:
      return "Certificates";
    case ContentKind::PrivateKey:
      return "PrivateKey";
    case ContentKind::Pkcs12:
      return "Pkcs12";
    case ContentKind::Empty:
      return "Empty";
    case ContentKind::Unreadable:
      return "Unreadable";
  }
  return "?";
}

// The key of a PEM as the DER `openssl pkey -outform DER` writes: traditional RSA (PKCS#1) or EC (SEC1).
std::string traditional_der(const std::string& pem) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  unsigned char* der = nullptr;
  const int size = key ? i2d_PrivateKey(key, &der) : 0;
  std::string out = size > 0 ? std::string(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size)) : "";
  OPENSSL_free(der);
  EVP_PKEY_free(key);
  return out;
}

std::string ca_file(const std::string& relative) {
  return test_certs::read_file(test_certs::shared_data_path("ca-certificates/" + relative));
}

// Reads one real CA certificate and insists it is exactly one readable certificate.
CertInfo real_ca(const std::string& relative) {
  const ReadResult r = read_certificates(ca_file(relative));
  INFO(relative << ": " << kind_name(r.kind) << " " << r.error);
  REQUIRE(r.kind == ContentKind::Certificates);
  REQUIRE(r.certs.size() == 1);
  return r.certs.front();
}

CertInfo only_cert(const std::string& bytes) {
  const ReadResult r = read_certificates(bytes);
  INFO(kind_name(r.kind) << " " << r.error);
  REQUIRE(r.kind == ContentKind::Certificates);
  REQUIRE(r.certs.size() == 1);
  return r.certs.front();
}

// One shared test CA per real CA file (key generation is slow under sanitizers).
const TestCa& test_ca(const std::string& relative) {
  static std::map<std::string, TestCa> cas;
  auto it = cas.find(relative);
  if (it == cas.end()) it = cas.emplace(relative, TestCa("ca-certificates/" + relative)).first;
  return it->second;
}

const TestCa& buypass_st() { return test_ca("prod/BPCl3CaG2STBS.pem"); }

DistinguishedName dn(std::vector<std::pair<std::string, std::string>> pairs) {
  DistinguishedName out;
  for (auto& [t, v] : pairs) out.push_back({t, v});
  return out;
}

const DistinguishedName buypass_st_name = dn({{"C", "NO"},
                                              {"organizationIdentifier", "NTRNO-983163327"},
                                              {"O", "Buypass AS"},
                                              {"CN", "Buypass Class 3 CA G2 ST Business"}});

}  // namespace

// ---- the real CA certificates and the CA-name data file ----------------------------------------

TEST_CASE("real CA certificates: subject, dates, key, signature, org number", "[cert]") {
  struct Row {
    std::string file;
    DistinguishedName subject;
    std::string cn, not_before, not_after, serial;
    int bits;
    std::string signature;
    std::string orgnr;
  };
  const std::vector<Row> rows = {
      {"prod/BPCl3CaG2STBS.pem", buypass_st_name, "Buypass Class 3 CA G2 ST Business", "2020-11-10", "2040-11-10",
       "D705D937EA2898F36D88", 4096, "sha512WithRSAEncryption", "983163327"},
      {"test/CommfidesLegalPersonCA-G3-TEST.pem",
       dn({{"C", "NO"},
           {"O", "Commfides Norge AS"},
           {"organizationIdentifier", "NTRNO-988312495"},
           {"CN", "Commfides Legal Person - G3 - TEST"}}),
       "Commfides Legal Person - G3 - TEST", "2021-07-01", "2041-07-10", "29D019228448963310D7B26634097496AE247434",
       4096, "sha512WithRSAEncryption", "988312495"},
      {"prod/BPClass3CA1.pem", dn({{"C", "NO"}, {"O", "Buypass AS-983163327"}, {"CN", "Buypass Class 3 CA 1"}}),
       "Buypass Class 3 CA 1", "2005-05-09", "2015-05-09", "02", 2048, "sha1WithRSAEncryption", ""},
      {"test/CommfidesEnterprise2-SHA256.pem",
       dn({{"CN", "Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2"},
           {"OU", "Commfides Trust Environment(C) 2014 Commfides Norge AS - TEST"},
           {"OU", "CPN Enterprise-Norwegian SHA256 CA- TEST2"},
           {"O", "Commfides Norge AS - 988 312 495"},
           {"C", "NO"}}),
       "Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2", "2014-10-17", "2022-10-03", "58B233C98DCA096B", 2048,
       "sha256WithRSAEncryption", ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.file) {
      const CertInfo c = real_ca(row.file);
      CHECK(c.subject == row.subject);
      CHECK(c.subject_cn == row.cn);
      CHECK(c.not_before == row.not_before);
      CHECK(c.not_after == row.not_after);
      CHECK(c.serial_hex == row.serial);
      CHECK(c.key_type == "RSA");
      CHECK(c.key_bits == row.bits);
      CHECK(c.signature_algorithm == row.signature);
      CHECK(c.sha1_signature == (row.signature == "sha1WithRSAEncryption"));
      CHECK(c.org_number == row.orgnr);
    }
  }
}

TEST_CASE("real CA subjects equal the DNs declared in DOMAIN.md 5.3", "[cert]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"prod/BPCl3CaG2STBS.pem",
       "CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, organizationIdentifier=NTRNO-983163327, C=NO"},
      {"prod/BPCl3CaG2HTBS.pem",
       "CN=Buypass Class 3 CA G2 HT Business, O=Buypass AS, organizationIdentifier=NTRNO-983163327, C=NO"},
      {"test/BPCl3CaG2STBS.pem",
       "CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, organizationIdentifier=NTRNO-983163327, C=NO"},
      {"test/BPCl3CaG2HTBS.pem",
       "CN=Buypass Class 3 Test4 CA G2 HT Business, O=Buypass AS, organizationIdentifier=NTRNO-983163327, C=NO"},
      {"prod/CommfidesLegalPersonCA-G3.pem",
       "CN=Commfides Legal Person - G3, organizationIdentifier=NTRNO-988312495, O=Commfides Norge AS, C=NO"},
      {"test/CommfidesLegalPersonCA-G3-TEST.pem",
       "CN=Commfides Legal Person - G3 - TEST, organizationIdentifier=NTRNO-988312495, O=Commfides Norge AS, C=NO"},
      {"prod/BPClass3CA3.pem", "CN=Buypass Class 3 CA 3, O=Buypass AS-983163327, C=NO"},
      {"test/BPClass3T4CA3.pem", "CN=Buypass Class 3 Test4 CA 3, O=Buypass AS-983163327, C=NO"},
      {"test/BPClass3T4CA1.pem", "CN=Buypass Class 3 Test4 CA 1, O=Buypass, C=NO"},
      {"prod/CommfidesEnterprise-SHA256.pem",
       "CN=CPN Enterprise SHA256 CLASS 3, OU=Commfides Trust Environment (c) 2011 Commfides Norge AS, O=Commfides "
       "Norge AS - 988 312 495, C=NO"},
      {"test/CommfidesEnterprise2-SHA256.pem",
       "CN=Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2, OU=Commfides Trust Environment(C) 2014 Commfides "
       "Norge AS - TEST, "
       "OU=CPN Enterprise-Norwegian SHA256 CA- TEST2, O=Commfides Norge AS - 988 312 495, C=NO"},
  };
  for (const auto& [file, declared] : rows) {
    DYNAMIC_SECTION(file) {
      const CertInfo c = real_ca(file);
      CHECK(same_name(c.subject, parse_dn(declared)));
      CHECK(c.subject.size() == parse_dn(declared).size());
    }
  }
}

namespace {

struct YamlEntry {
  std::string group, env, file, name;
  DistinguishedName dn;
};

// Reads rules/data/certificate-authorities.yaml in the one-entry-per-line shape it is written in.
std::vector<YamlEntry> read_ca_yaml(const std::string& text) {
  static const std::regex group_re(R"re(^([a-z0-9_]+):\s*$)re"), env_re(R"re(^  (prod|test):\s*$)re");
  static const std::regex from_re(R"re(^    # from ca-certificates/(\S+))re"),
      name_re(R"re(^    - \{name: "([^"]*)", dn: \[(.*)\]\}\s*$)re");
  static const std::regex attr_re(R"re(\{([A-Za-z0-9.]+): "([^"]*)"\})re");
  std::vector<YamlEntry> entries;
  std::string group, env, file;
  std::istringstream in(text);
  std::smatch m;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_match(line, m, group_re))
      group = m[1];
    else if (std::regex_match(line, m, env_re))
      env = m[1];
    else if (std::regex_search(line, m, from_re))
      file = m[1];
    else if (std::regex_match(line, m, name_re)) {
      YamlEntry e{group, env, file, m[1], {}};
      const std::string list = m[2];
      for (std::sregex_iterator it(list.begin(), list.end(), attr_re), end; it != end; ++it)
        e.dn.push_back({(*it)[1], (*it)[2]});
      entries.push_back(std::move(e));
      file.clear();
    }
  }
  return entries;
}

}  // namespace

TEST_CASE("certificate-authorities.yaml lists every CA certificate with its exact subject", "[cert][data]") {
  const auto entries =
      read_ca_yaml(test_certs::read_file(test_certs::source_path("rules/data/certificate-authorities.yaml")));
  std::map<std::string, int> per_group;
  std::set<std::string> listed;
  for (const YamlEntry& e : entries) {
    DYNAMIC_SECTION(e.group << "/" << e.env << ": " << e.name) {
      REQUIRE_FALSE(e.file.empty());
      CHECK(e.file.rfind(e.env + "/", 0) == 0);
      const CertInfo c = real_ca(e.file);
      CHECK(e.dn == c.subject);  // same attributes in the same (DER) order
      CHECK(e.name == c.subject_cn);
    }
    per_group[e.group + "/" + e.env]++;
    CHECK(listed.insert(e.file).second);
  }
  const std::map<std::string, int> expected = {{"seid2_enterprise/prod", 3},
                                               {"seid2_enterprise/test", 3},
                                               {"person/prod", 2},
                                               {"person/test", 2},
                                               {"seid1/prod", 4},
                                               {"seid1/test", 5}};
  CHECK(per_group == expected);
  std::set<std::string> on_disk;
  for (const std::string env : {"prod", "test"})
    for (const auto& f : std::filesystem::directory_iterator(test_certs::shared_data_path("ca-certificates/" + env)))
      if (f.path().extension() == ".pem") on_disk.insert(env + "/" + f.path().filename().string());
  CHECK(listed == on_disk);
}

// ---- generated leaf certificates ----------------------------------------------------------------

TEST_CASE("a generated leaf's issuer equals the copied CA subject", "[cert]") {
  struct Row {
    std::string file, issuer_cn, rfc2253;
  };
  const std::vector<Row> rows = {
      {"prod/BPCl3CaG2STBS.pem", "Buypass Class 3 CA G2 ST Business",
       "CN=Buypass Class 3 CA G2 ST Business,O=Buypass AS,organizationIdentifier=NTRNO-983163327,C=NO"},
      {"prod/BPCl3CaG2HTBS.pem", "Buypass Class 3 CA G2 HT Business",
       "CN=Buypass Class 3 CA G2 HT Business,O=Buypass AS,organizationIdentifier=NTRNO-983163327,C=NO"},
      {"prod/CommfidesLegalPersonCA-G3.pem", "Commfides Legal Person - G3",
       "CN=Commfides Legal Person - G3,organizationIdentifier=NTRNO-988312495,O=Commfides Norge AS,C=NO"},
      {"test/BPCl3CaG2STBS.pem", "Buypass Class 3 Test4 CA G2 ST Business",
       "CN=Buypass Class 3 Test4 CA G2 ST Business,O=Buypass AS,organizationIdentifier=NTRNO-983163327,C=NO"},
      {"test/CommfidesLegalPersonCA-G3-TEST.pem", "Commfides Legal Person - G3 - TEST",
       "CN=Commfides Legal Person - G3 - TEST,organizationIdentifier=NTRNO-988312495,O=Commfides Norge AS,C=NO"},
      {"test/CommfidesNaturalPersonCA-G3-TEST.pem", "Commfides Natural Person - G3 - TEST",
       "CN=Commfides Natural Person - G3 - TEST,organizationIdentifier=NTRNO-988312495,O=Commfides Norge AS,C=NO"},
      {"prod/BPClass3CA3.pem", "Buypass Class 3 CA 3", "CN=Buypass Class 3 CA 3,O=Buypass AS-983163327,C=NO"},
      {"test/CommfidesEnterprise2-SHA256.pem", "Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2",
       "C=NO,O=Commfides Norge AS - 988 312 495,OU=CPN Enterprise-Norwegian SHA256 CA- TEST2,"
       "OU=Commfides Trust Environment(C) 2014 Commfides Norge AS - TEST,CN=Commfides CPN Enterprise-Norwegian SHA256 "
       "CA - TEST2"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.file) {
      const CertInfo leaf = only_cert(test_ca(row.file).issue(LeafSpec{}));
      CHECK(leaf.issuer == real_ca(row.file).subject);
      CHECK(leaf.issuer_cn == row.issuer_cn);
      CHECK(same_name(leaf.issuer, parse_dn(row.rfc2253)));
      CHECK(leaf.subject_cn == "FJORDBANKEN ASA");
    }
  }
  SECTION("names of different CAs differ") {
    const CertInfo leaf = only_cert(buypass_st().issue(LeafSpec{}));
    CHECK_FALSE(same_name(leaf.issuer, real_ca("prod/BPCl3CaG2HTBS.pem").subject));
    CHECK_FALSE(same_name(leaf.issuer, real_ca("test/BPCl3CaG2STBS.pem").subject));
    CHECK_FALSE(same_name(leaf.issuer, real_ca("prod/BPCl3CaG2HTPS.pem").subject));
  }
}

TEST_CASE("org number from organizationIdentifier (SEID 2) or serialNumber (SEID 1)", "[cert]") {
  struct Row {
    std::string what;
    test_certs::Subject subject;
    std::string orgnr;
  };
  const std::vector<Row> rows = {
      {"SEID 2", test_certs::seid2_subject("FJORDBANKEN ASA", "FJORDBANKEN ASA", "923609016"), "923609016"},
      {"SEID 1", test_certs::seid1_subject("FJORDBANKEN ASA", "FJORDBANKEN ASA", "912345678"), "912345678"},
      {"SEID 2 wins over serialNumber",
       {{"organizationIdentifier", "NTRNO-923609016"}, {"serialNumber", "912345678"}},
       "923609016"},
      {"by OID 2.5.4.97", {{"C", "NO"}, {"2.5.4.97", "NTRNO-974761076"}, {"CN", "SKATTEETATEN"}}, "974761076"},
      {"by OID 2.5.4.5", {{"CN", "X"}, {"2.5.4.5", "974761076"}}, "974761076"},
      {"not NTRNO", {{"organizationIdentifier", "VATNO-923609016"}, {"CN", "X"}}, ""},
      {"lower-case prefix", {{"organizationIdentifier", "ntrno-923609016"}}, ""},
      {"8 digits", {{"organizationIdentifier", "NTRNO-92360901"}}, ""},
      {"10 digits", {{"organizationIdentifier", "NTRNO-9236090161"}}, ""},
      {"space inside", {{"organizationIdentifier", "NTRNO-923 609 016"}}, ""},
      {"bad organizationIdentifier, SEID 1 serialNumber",
       {{"organizationIdentifier", "NTRNO-X"}, {"serialNumber", "912345678"}},
       "912345678"},
      {"personal serialNumber", {{"CN", "Ola Nordmann"}, {"serialNumber", "UN:NO-9578-5999-4-1234567"}}, ""},
      {"serialNumber with letters", {{"serialNumber", "91234567A"}}, ""},
      {"nothing", {{"CN", "FJORDBANKEN ASA"}, {"O", "FJORDBANKEN ASA"}}, ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.what) {
      LeafSpec spec;
      spec.subject = row.subject;
      const CertInfo c = only_cert(buypass_st().issue(spec));
      CHECK(c.org_number == row.orgnr);
      CHECK(c.subject.size() == row.subject.size());
    }
  }
  SECTION("subject attribute types use OpenSSL short names") {
    LeafSpec spec;
    spec.subject = {{"2.5.4.97", "NTRNO-974761076"}, {"2.5.4.5", "974761076"}, {"1.2.3.4.5", "private"}};
    const CertInfo c = only_cert(buypass_st().issue(spec));
    CHECK(c.subject ==
          dn({{"organizationIdentifier", "NTRNO-974761076"}, {"serialNumber", "974761076"}, {"1.2.3.4.5", "private"}}));
  }
}

TEST_CASE("validity dates are UTC calendar dates", "[cert]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"2024-02-29", "2027-02-28"},  // leap day
      {"1999-12-31", "2049-12-31"},  // UTCTime range ends
      {"2050-01-01", "2051-06-30"},  // GeneralizedTime
      {"1950-01-01", "2100-12-31"},
  };
  for (const auto& [from, to] : rows) {
    DYNAMIC_SECTION(from << " to " << to) {
      LeafSpec spec;
      spec.not_before = from;
      spec.not_after = to;
      const CertInfo c = only_cert(buypass_st().issue(spec));
      CHECK(c.not_before == from);
      CHECK(c.not_after == to);
    }
  }
}

TEST_CASE("key type and size, SHA-1 signatures, serial", "[cert]") {
  struct Row {
    std::string key_type;
    int bits;
    Digest digest;
    std::string signature;
  };
  const std::vector<Row> rows = {
      {"RSA", 1024, Digest::Sha256, "sha256WithRSAEncryption"},
      {"RSA", 2048, Digest::Sha256, "sha256WithRSAEncryption"},
      {"RSA", 2048, Digest::Sha1, "sha1WithRSAEncryption"},
      {"RSA", 1024, Digest::Sha1, "sha1WithRSAEncryption"},
      {"EC", 256, Digest::Sha256, "sha256WithRSAEncryption"},  // the CA signs with RSA
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.key_type << " " << row.bits << (row.digest == Digest::Sha1 ? " SHA-1" : " SHA-256")) {
      LeafSpec spec;
      spec.key = {row.key_type, row.bits};
      spec.digest = row.digest;
      spec.serial = 0x0A0B0C;
      const CertInfo c = only_cert(buypass_st().issue(spec));
      CHECK(c.key_type == row.key_type);
      CHECK(c.key_bits == row.bits);
      CHECK(c.sha1_signature == (row.digest == Digest::Sha1));
      CHECK(c.signature_algorithm == row.signature);
      CHECK(c.serial_hex == "0A0B0C");
    }
  }
}

// ---- encodings, chains, keys, PKCS#12 ------------------------------------------------------------

TEST_CASE("DER input, concatenated DER, and PEM give the same data", "[cert]") {
  LeafSpec spec;
  spec.serial = 77;
  const CertInfo pem = only_cert(buypass_st().issue(spec, Encoding::Pem));
  const CertInfo der = only_cert(buypass_st().issue(spec, Encoding::Der));
  CHECK(der.subject == pem.subject);
  CHECK(der.issuer == pem.issuer);
  CHECK(der.serial_hex == "4D");
  CHECK(der.not_after == pem.not_after);
  CHECK(der.key_bits == pem.key_bits);
  const ReadResult two =
      read_certificates(buypass_st().issue(spec, Encoding::Der) + buypass_st().certificate(Encoding::Der));
  REQUIRE(two.kind == ContentKind::Certificates);
  REQUIRE(two.certs.size() == 2);
  CHECK(two.certs[0].subject_cn == "FJORDBANKEN ASA");
  CHECK(two.certs[1].subject == buypass_st_name);
}

TEST_CASE("PEM chains are read in file order, leaf first", "[cert]") {
  const TestCa& ca = test_ca("test/CommfidesLegalPersonCA-G3-TEST.pem");
  const std::string leaf = ca.issue(LeafSpec{});
  const std::string ca_pem = ca.certificate();
  auto crlf = [](std::string s) {
    std::string out;
    for (char c : s) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
  };
  auto relabel = [](std::string s, const std::string& label) {
    for (std::size_t p = 0; (p = s.find("CERTIFICATE-----", p)) != std::string::npos; p += label.size())
      s.replace(p, 11, label);
    return s;
  };
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"plain", leaf + ca_pem},
      {"CRLF", crlf(leaf + ca_pem)},
      {"text around blocks", "subject=CN = FJORDBANKEN ASA\n" + leaf + "\nissuer=...\n" + ca_pem + "\n\n"},
      {"TRUSTED CERTIFICATE label", relabel(leaf, "TRUSTED CERTIFICATE") + relabel(ca_pem, "TRUSTED CERTIFICATE")},
      {"X509 CERTIFICATE label", relabel(leaf, "X509 CERTIFICATE") + ca_pem},
      {"other PEM blocks are ignored", leaf + "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n" + ca_pem},
  };
  const CertInfo real = real_ca("test/CommfidesLegalPersonCA-G3-TEST.pem");
  for (const auto& [what, bytes] : rows) {
    DYNAMIC_SECTION(what) {
      const ReadResult r = read_certificates(bytes);
      INFO(r.error);
      REQUIRE(r.kind == ContentKind::Certificates);
      REQUIRE(r.certs.size() == 2);
      CHECK(r.certs[0].subject_cn == "FJORDBANKEN ASA");
      CHECK(r.certs[0].issuer == real.subject);
      CHECK(r.certs[1].subject == real.subject);
      CHECK(r.certs[1].issuer == real.issuer);
      CHECK(r.certs[1].issuer_cn == "Commfides Root CA - G3 - TEST");
    }
  }
  SECTION("many certificates") {
    std::string many;
    for (int i = 0; i < 300; ++i) many += leaf;
    const ReadResult r = read_certificates(many);
    CHECK(r.kind == ContentKind::Certificates);
    CHECK(r.certs.size() == 300);
  }
}

TEST_CASE("private keys are detected without being decoded", "[cert]") {
  static const std::string leaf = buypass_st().issue(LeafSpec{});
  struct Row {
    std::string what, bytes;
    std::size_t certs;
  };
  static const std::vector<Row> rows = {
      // static: the keys are made once, not once per section
      {"PKCS#8", test_certs::private_key_pem(KeyForm::Pkcs8), 0},
      {"RSA traditional", test_certs::private_key_pem(KeyForm::RsaTraditional), 0},
      {"EC traditional", test_certs::private_key_pem(KeyForm::EcTraditional), 0},
      {"encrypted PKCS#8", test_certs::private_key_pem(KeyForm::EncryptedPkcs8), 0},
      {"certificate then key", leaf + test_certs::private_key_pem(KeyForm::Pkcs8), 1},
      {"key then certificate", test_certs::private_key_pem(KeyForm::RsaTraditional) + leaf, 1},
      {"key block that is not base64", "-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n-----END PRIVATE KEY-----\n",
       0},
      {"OpenSSH key",
       "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n", 0},
      {"truncated key BEGIN line", "-----BEGIN RSA PRIVATE KEY", 0},
      {"key block without END", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n", 0},
      {"DER PKCS#8", test_certs::private_key_der(false), 0},
      {"DER encrypted PKCS#8", test_certs::private_key_der(true), 0},
      {"DER RSA traditional", traditional_der(test_certs::private_key_pem(KeyForm::RsaTraditional)), 0},
      {"DER EC traditional", traditional_der(test_certs::private_key_pem(KeyForm::EcTraditional)), 0},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.what) {
      const ReadResult r = read_certificates(row.bytes);
      INFO(kind_name(r.kind) << " " << r.error);
      CHECK(r.kind == ContentKind::PrivateKey);
      CHECK(r.certs.size() == row.certs);
      CHECK(r.error.empty());
    }
  }
  SECTION("the traditional DER keys are not PKCS#8") {
    for (const std::size_t row : {rows.size() - 2, rows.size() - 1}) {
      const auto* p = reinterpret_cast<const unsigned char*>(rows[row].bytes.data());
      PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(rows[row].bytes.size()));
      CHECK(info == nullptr);
      PKCS8_PRIV_KEY_INFO_free(info);
      ERR_clear_error();
    }
  }
  SECTION("the key PEM blocks have the expected labels") {
    CHECK_THAT(rows[0].bytes, Catch::Matchers::StartsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK_THAT(rows[1].bytes, Catch::Matchers::StartsWith("-----BEGIN RSA PRIVATE KEY-----"));
    CHECK_THAT(rows[2].bytes, Catch::Matchers::StartsWith("-----BEGIN EC PRIVATE KEY-----"));
    CHECK_THAT(rows[3].bytes, Catch::Matchers::StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
  }
}

TEST_CASE("PKCS#12 bundles are detected without decrypting", "[cert]") {
  for (const std::string password : {"secret", ""}) {
    DYNAMIC_SECTION("password '" << password << "'") {
      const std::string p12 = buypass_st().pkcs12(LeafSpec{}, password);
      const ReadResult r = read_certificates(p12);
      CHECK(r.kind == ContentKind::Pkcs12);
      CHECK(r.certs.empty());
      const ReadResult cut = read_certificates(p12.substr(0, p12.size() / 2));
      CHECK(cut.kind == ContentKind::Unreadable);
      CHECK_FALSE(cut.error.empty());
    }
  }
}

// ---- bad input -------------------------------------------------------------------------------------

TEST_CASE("empty, garbage and truncated input", "[cert]") {
  static const std::string leaf = buypass_st().issue(LeafSpec{});
  static const std::string der = buypass_st().issue(LeafSpec{}, Encoding::Der);
  static const std::size_t body = leaf.find('\n') + 1;
  struct Row {
    std::string what, bytes;
    ContentKind kind;
    std::string error;  // a part of the expected error text
  };
  static const std::vector<Row> rows = {
      // static: built once, not once per section
      {"empty", "", ContentKind::Empty, ""},
      {"white space", " \n\t\r\n ", ContentKind::Empty, ""},
      {"byte-order mark", "\xEF\xBB\xBF\n", ContentKind::Empty, ""},
      {"text", "issuer: Buypass Class 3 CA G2 ST Business\n", ContentKind::Unreadable, "not a certificate"},
      {"NUL bytes", std::string(100, '\0'), ContentKind::Unreadable, "not a certificate"},
      {"PEM without END", leaf.substr(0, leaf.size() / 2), ContentKind::Unreadable,
       "truncated PEM block 'CERTIFICATE'"},
      {"PEM BEGIN line cut", "-----BEGIN CERTIF", ContentKind::Unreadable, "truncated PEM BEGIN line"},
      {"only BEGIN line", "-----BEGIN CERTIFICATE-----\n", ContentKind::Unreadable, "truncated PEM block"},
      {"END label differs", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END X509 CRL-----\n", ContentKind::Unreadable,
       "does not match"},
      {"empty body", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n", ContentKind::Unreadable, "bad base64"},
      {"bad base64", "-----BEGIN CERTIFICATE-----\nMII*&^%\n-----END CERTIFICATE-----\n", ContentKind::Unreadable,
       "bad base64"},
      {"body cut, END kept", leaf.substr(0, body + 200) + "\n-----END CERTIFICATE-----\n", ContentKind::Unreadable,
       "PEM block 1 ('CERTIFICATE')"},
      {"base64 of text", "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n",
       ContentKind::Unreadable, "DER parse failed"},
      {"good then truncated", leaf + leaf.substr(0, 100), ContentKind::Unreadable, "truncated PEM block"},
      {"good then broken", leaf + leaf.substr(0, body + 100) + "\n-----END CERTIFICATE-----\n", ContentKind::Unreadable,
       "PEM block 2"},
      {"CSR only", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
       ContentKind::Unreadable, "no CERTIFICATE block"},
      {"DER cut by one byte", der.substr(0, der.size() - 1), ContentKind::Unreadable, "DER parse failed"},
      {"DER cut in half", der.substr(0, der.size() / 2), ContentKind::Unreadable, "DER parse failed"},
      {"DER with trailing byte", der + "x", ContentKind::Unreadable, "trailing data"},
      {"lone SEQUENCE tag", "\x30", ContentKind::Unreadable, "DER parse failed"},
      {"empty SEQUENCE", std::string("\x30\x00", 2), ContentKind::Unreadable, "DER parse failed"},
      {"long-form length lies", std::string("\x30\x84\xFF\xFF\xFF\xFF\x30\x00", 8), ContentKind::Unreadable,
       "DER parse failed"},
      {"too large", std::string(lint::cert::max_certificate_file_size + 1, 'A'), ContentKind::Unreadable, "too large"},
      {"many BEGIN lines",
       [] {
         std::string s;
         while (s.size() < 3'000'000) s += "-----BEGIN CERTIFICATE-----\n";
         return s;
       }(),
       ContentKind::Unreadable, "truncated PEM block"},
      {"many BEGIN markers on one line",
       [] {
         std::string s;
         while (s.size() < 3'000'000) s += "-----BEGIN ";
         return s;
       }(),
       ContentKind::Unreadable, "truncated PEM"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.what) {
      const ReadResult r = read_certificates(row.bytes);
      INFO(kind_name(r.kind) << ": " << r.error);
      CHECK(r.kind == row.kind);
      CHECK(r.certs.empty());
      CHECK_THAT(r.error, Catch::Matchers::Contains(row.error));
      CHECK((row.kind == ContentKind::Unreadable) != r.error.empty());
    }
  }
}

TEST_CASE("random and mutated input never crashes", "[cert][fuzz]") {
  std::mt19937 rng(20240601);
  auto random_bytes = [&](std::size_t n) {
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
  };
  SECTION("random bytes are never certificates") {
    for (int i = 0; i < 300; ++i) {
      std::string bytes = random_bytes(rng() % 3000);
      if (i % 3 == 0 && !bytes.empty()) bytes[0] = '\x30';  // look like DER
      const ReadResult r = read_certificates(bytes);
      CHECK(r.kind != ContentKind::Certificates);
    }
    CHECK(read_certificates(random_bytes(1'000'000)).kind == ContentKind::Unreadable);
  }
  SECTION("mutated DER and PEM certificates") {
    const std::string der = buypass_st().issue(LeafSpec{}, Encoding::Der);
    const std::string pem = buypass_st().issue(LeafSpec{}, Encoding::Pem) + buypass_st().certificate();
    int read = 0;
    for (int i = 0; i < 1500; ++i) {
      std::string bytes = i % 2 == 0 ? der : pem;
      for (unsigned flips = 1 + rng() % 4; flips > 0; --flips)
        bytes[rng() % bytes.size()] = static_cast<char>(rng() & 0xFF);
      if (i % 5 == 0) bytes.resize(rng() % bytes.size());
      const ReadResult r = read_certificates(bytes);
      if (r.kind == ContentKind::Certificates) ++read;
      CHECK((r.kind == ContentKind::Unreadable) != r.error.empty());
    }
    CHECK(read > 0);  // some mutations only touch the signature or a name
  }
}

TEST_CASE("OpenSSL's error queue is left as it was", "[cert]") {
  ERR_clear_error();
  read_certificates("\x30\x03\x02\x01");
  read_certificates("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
  read_certificates(buypass_st().pkcs12(LeafSpec{}, "x").substr(0, 50));
  parse_dn("1.2.3.x=foo, ...=bar");
  CHECK(ERR_peek_error() == 0);
  ERR_raise(ERR_LIB_X509, X509_R_CERT_ALREADY_IN_HASH_TABLE);
  const unsigned long before = ERR_peek_last_error();
  read_certificates("\x30\x03\x02\x01");
  CHECK(ERR_peek_last_error() == before);
  CHECK(ERR_peek_error() == before);
  ERR_clear_error();
}

// ---- parse_dn, same_name, canonical_attribute_type --------------------------------------------------

TEST_CASE("parse_dn", "[dn]") {
  struct Row {
    std::string text;
    DistinguishedName expected;
  };
  const std::vector<Row> rows = {
      {"CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, C=NO",
       dn({{"CN", "Buypass Class 3 CA G2 ST Business"}, {"O", "Buypass AS"}, {"C", "NO"}})},
      {"CN=Buypass Class 3 CA G2 ST Business,O=Buypass AS,organizationIdentifier=NTRNO-983163327,C=NO",
       dn({{"CN", "Buypass Class 3 CA G2 ST Business"},
           {"O", "Buypass AS"},
           {"organizationIdentifier", "NTRNO-983163327"},
           {"C", "NO"}})},
      {"C = NO, organizationIdentifier = NTRNO-983163327, O = Buypass AS, CN = Buypass Class 3 CA G2 ST Business",
       buypass_st_name},
      {"  2.5.4.97 = NTRNO-983163327  ", dn({{"organizationIdentifier", "NTRNO-983163327"}})},
      {"OID.2.5.4.97=NTRNO-983163327, SERIALNUMBER=912345678",
       dn({{"organizationIdentifier", "NTRNO-983163327"}, {"serialNumber", "912345678"}})},
      {"/C=NO/O=Buypass AS-983163327/CN=Buypass Class 3 CA 3",
       dn({{"C", "NO"}, {"O", "Buypass AS-983163327"}, {"CN", "Buypass Class 3 CA 3"}})},
      {"commonName=X; organizationName=Y; countryName=NO", dn({{"CN", "X"}, {"O", "Y"}, {"C", "NO"}})},
      {"cn=x, ou=y, st=Oslo, l=Oslo, e=a@b.no",
       dn({{"CN", "x"}, {"OU", "y"}, {"ST", "Oslo"}, {"L", "Oslo"}, {"emailAddress", "a@b.no"}})},
      {R"(O=Foo\, Inc., C=NO)", dn({{"O", "Foo, Inc."}, {"C", "NO"}})},
      {"O=Foo, Inc., C=NO", dn({{"O", "Foo, Inc."}, {"C", "NO"}})},
      {R"(O="Foo, Inc.", C=NO)", dn({{"O", "Foo, Inc."}, {"C", "NO"}})},
      {R"(CN=R\C3\A6v\2C Bj\c3\b8rn)", dn({{"CN", "R\xC3\xA6v, Bj\xC3\xB8rn"}})},
      {R"(CN=Ola Nordmann+serialNumber=UN:NO-9578-5999-4-1234567)",
       dn({{"CN", "Ola Nordmann"}, {"serialNumber", "UN:NO-9578-5999-4-1234567"}})},
      {"OU=Commfides Trust Environment(C) 2014 Commfides Norge AS - TEST, OU=CPN Enterprise-Norwegian SHA256 CA- TEST2",
       dn({{"OU", "Commfides Trust Environment(C) 2014 Commfides Norge AS - TEST"},
           {"OU", "CPN Enterprise-Norwegian SHA256 CA- TEST2"}})},
      {"CN=a=b", dn({{"CN", "a=b"}})},
      {"CN=", dn({{"CN", ""}})},
      {R"(CN=trailing\)", dn({{"CN", "trailing\\"}})},
      {"1.2.3.4.5=foo, x-custom=bar", dn({{"1.2.3.4.5", "foo"}, {"x-custom", "bar"}})},
      {"Buypass Class 3 CA G2 ST Business", {}},
      {"", {}},
      {"   ", {}},
      {"====,,,;;;+++", {}},
      {"=NO", {}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION("'" << row.text << "'") { CHECK(parse_dn(row.text) == row.expected); }
  }
  SECTION("random text never crashes") {
    std::mt19937 rng(7);
    const std::string alphabet = "CNO=,;+/\\\" 2.5.4.97x\t";
    for (int i = 0; i < 2000; ++i) {
      std::string s(rng() % 40, ' ');
      for (char& c : s) c = alphabet[rng() % alphabet.size()];
      const DistinguishedName parsed = parse_dn(s);
      CHECK(same_name(parsed, parsed));
    }
  }
}

TEST_CASE("same_name", "[dn]") {
  struct Row {
    std::string a, b;
    bool same;
  };
  const std::vector<Row> rows = {
      {"CN=X, O=Buypass AS, C=NO", "C=NO, O=Buypass AS, CN=X", true},
      {"CN=X,O=Buypass AS,organizationIdentifier=NTRNO-983163327,C=NO",
       "C = NO, 2.5.4.97 = NTRNO-983163327, O = Buypass AS, CN = X", true},
      {"commonName=X", "cn=X", true},
      {" CN =  X ", "CN=X", true},
      {"C=no", "C=NO", false},
      {"CN=X, C=NO", "CN=X", false},
      {"CN=X", "CN=X, C=NO", false},
      {"CN=X, O=Y", "CN=Y, O=X", false},
      {"OU=a, OU=a, CN=x", "OU=a, CN=x, CN=x", false},
      {"OU=a, OU=b, CN=x", "OU=b, CN=x, OU=a", true},
      {"OU=CPN Enterprise-Norwegian SHA256 CA- TEST2", "OU=CPN Enterprise-Norwegian SHA256 CA - TEST2", false},
      {"serialNumber=912345678", "SN=912345678", false},  // SN is surname in OpenSSL
      {"", "", true},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION("'" << row.a << "' vs '" << row.b << "'") {
      CHECK(same_name(parse_dn(row.a), parse_dn(row.b)) == row.same);
      CHECK(same_name(parse_dn(row.b), parse_dn(row.a)) == row.same);
    }
  }
  SECTION("unparsed attributes: types canonicalised, values trimmed") {
    CHECK(same_name(dn({{"commonName", " X "}, {"2.5.4.6", "NO"}}), dn({{"C", "NO"}, {"CN", "X"}})));
    CHECK_FALSE(same_name(dn({{"CN", "X Y"}}), dn({{"CN", "X  Y"}})));
  }
}

TEST_CASE("canonical_attribute_type", "[dn]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"CN", "CN"},
      {"cn", "CN"},
      {"commonName", "CN"},
      {"2.5.4.3", "CN"},
      {"organizationIdentifier", "organizationIdentifier"},
      {"2.5.4.97", "organizationIdentifier"},
      {"OID.2.5.4.97", "organizationIdentifier"},
      {"ORGANIZATIONIDENTIFIER", "organizationIdentifier"},
      {"serialNumber", "serialNumber"},
      {"SERIALNUMBER", "serialNumber"},
      {"2.5.4.5", "serialNumber"},
      {"SN", "SN"},
      {"countryName", "C"},
      {"E", "emailAddress"},
      {" O ", "O"},
      {"1.2.3.4.5", "1.2.3.4.5"},
      {"madeUpType", "madeUpType"},
      {"", ""},
  };
  for (const auto& [in, out] : rows) {
    DYNAMIC_SECTION("'" << in << "'") { CHECK(canonical_attribute_type(in) == out); }
  }
}
