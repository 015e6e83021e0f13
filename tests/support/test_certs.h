/// Test helper: makes certificates, private keys and PKCS#12 bundles in memory at test time.
#pragma once

// Nothing here is ever written to disk: keys are generated in memory for each test run, and
// the CA names are copied from the public CA certificates in the shared data folder.

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace test_certs {

/// The shared data folder (DSOPLINT_SHARED_DATA) joined with `relative`.
std::string shared_data_path(std::string_view relative);
/// The repository root joined with `relative` (DSOPLINT_SOURCE_DIR, else found from __FILE__).
std::string source_path(std::string_view relative);
/// A file's bytes; throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

enum class Digest { Sha1, Sha256 };
enum class Encoding { Pem, Der };

/// "RSA" with 1024, 2048 or 3072 bits, or "EC" with 256 (P-256). Keys are cached per kind.
struct KeySpec {
  std::string type = "RSA";
  int bits = 2048;
};

/// Subject attributes as (type, value) in encoding order; the type as an OpenSSL name
/// ("CN", "organizationIdentifier", "serialNumber") or a dotted OID ("2.5.4.97").
using Subject = std::vector<std::pair<std::string, std::string>>;

/// C=NO, O=<org>, organizationIdentifier=NTRNO-<orgnr>, CN=<cn> (a SEID 2 enterprise subject).
Subject seid2_subject(std::string cn, std::string org, std::string orgnr);
/// C=NO, O=<org>, CN=<cn>, serialNumber=<orgnr> (a SEID 1 enterprise subject).
Subject seid1_subject(std::string cn, std::string org, std::string orgnr);

struct LeafSpec {
  Subject subject = seid2_subject("FJORDBANKEN ASA", "FJORDBANKEN ASA", "923609016");
  std::string not_before = "2025-01-01";  // "YYYY-MM-DD", 00:00:00 UTC
  std::string not_after = "2028-01-01";
  KeySpec key;
  Digest digest = Digest::Sha256;
  long serial = 0x1234;
};

/// A test CA: a fresh in-memory RSA-2048 key, with subject, issuer and validity copied from a
/// real CA certificate (`ca_file` relative to the shared data folder,
/// e.g. "ca-certificates/prod/BPCl3CaG2STBS.pem").
class TestCa {
 public:
  explicit TestCa(const std::string& ca_file);
  ~TestCa();
  TestCa(TestCa&&) noexcept;
  TestCa& operator=(TestCa&&) noexcept;

  /// A leaf certificate issued (and signed) by this CA.
  std::string issue(const LeafSpec& leaf, Encoding encoding = Encoding::Pem) const;
  /// The CA's own certificate (self-signed with the test key).
  std::string certificate(Encoding encoding = Encoding::Pem) const;
  /// A PKCS#12 (DER PFX) bundle with a leaf, its private key and this CA's certificate.
  std::string pkcs12(const LeafSpec& leaf, const std::string& password) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> m_impl;
};

enum class KeyForm {
  Pkcs8,           // -----BEGIN PRIVATE KEY-----
  RsaTraditional,  // -----BEGIN RSA PRIVATE KEY-----
  EcTraditional,   // -----BEGIN EC PRIVATE KEY-----
  EncryptedPkcs8,  // -----BEGIN ENCRYPTED PRIVATE KEY-----
};

/// A freshly made private key as a PEM block.
std::string private_key_pem(KeyForm form);
/// A freshly made RSA private key as DER PKCS#8 (PrivateKeyInfo, or EncryptedPrivateKeyInfo).
std::string private_key_der(bool encrypted);

}  // namespace test_certs
