/// Reads X.509 certificate files (PEM, DER) into plain data and compares distinguished names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lint::cert {

/// One attribute of a distinguished name.
struct NameAttribute {
  /// Short name such as "CN", "O", "C", "OU", "organizationIdentifier", "serialNumber";
  /// the dotted OID when OpenSSL knows no name for it.
  std::string type;
  /// The value as UTF-8 (as "#<hex>" when it is not a string type).
  std::string value;
  bool operator==(const NameAttribute&) const = default;
};

/// A flat list of name attributes. From a certificate: in the order of the DER encoding
/// (usually C first, CN last). From parse_dn: in textual order.
using DistinguishedName = std::vector<NameAttribute>;

/// What the linter needs to know about one certificate.
struct CertInfo {
  DistinguishedName subject, issuer;
  std::string subject_cn, issuer_cn;  // the last CN in DER order (the most specific), or ""
  std::string serial_hex;             // upper-case hex in whole bytes, as `openssl x509 -serial` ("02")
  std::string not_before, not_after;  // UTC calendar dates "YYYY-MM-DD" ("" when unreadable)
  std::string key_type;               // "RSA", "RSA-PSS", "EC", "ED25519", "DSA", ... or the key's OID
  int key_bits = 0;                   // 0 when the public key cannot be decoded
  std::string signature_algorithm;    // e.g. "sha256WithRSAEncryption"
  bool sha1_signature = false;        // the signature digest is SHA-1
  /// From subject organizationIdentifier "NTRNO-<9 digits>" (SEID 2), else the subject
  /// serialNumber when it is exactly 9 digits (SEID 1), else "".
  std::string org_number;
};

enum class ContentKind { Certificates, PrivateKey, Pkcs12, Empty, Unreadable };

struct ReadResult {
  ContentKind kind = ContentKind::Unreadable;
  /// Certificates: all of them, in file order (leaf first by convention).
  /// PrivateKey: any certificates that could also be read from the same file (maybe none).
  /// Pkcs12, Empty, Unreadable: empty.
  std::vector<CertInfo> certs;
  /// Unreadable only: a short human text, e.g. "truncated PEM block 'CERTIFICATE' (no END line)".
  std::string error;
};

/// Largest input read_certificates looks at; larger input is Unreadable.
inline constexpr std::size_t max_certificate_file_size = 4u * 1024u * 1024u;

/// Reads PEM (one or more CERTIFICATE blocks) or DER (one or more concatenated certificates).
/// Any PEM private-key block (PRIVATE KEY, RSA/EC/DSA/OPENSSH PRIVATE KEY, ENCRYPTED PRIVATE KEY)
/// gives PrivateKey without decoding the key; DER keys (PKCS#8 plain or encrypted, or traditional
/// RSA, DSA or EC, told by their ASN.1 shape) likewise.
/// A DER PKCS#12 (PFX) gives Pkcs12 without decrypting it. Never throws; leaves OpenSSL's
/// error queue as it found it.
ReadResult read_certificates(std::string_view bytes);

/// Parses a declared DN such as "CN=Buypass Class 3 CA G2 ST Business, O=Buypass AS, C=NO"
/// (RFC 2253/4514 or OpenSSL's "C = NO, O = ..." or "/C=NO/O=..." forms; any order). Types are
/// canonicalised (canonical_attribute_type); values are trimmed and unescaped ("\,", "\2C").
/// A comma-separated piece without "type=" is taken as part of the previous value
/// ("O=Foo, Inc." has one attribute). Returns an empty list when the text has no "type=value".
DistinguishedName parse_dn(std::string_view text);

/// Attribute by attribute, order-insensitive multiset comparison; types compared by their
/// canonical short name, values exactly after trimming surrounding white space.
bool same_name(const DistinguishedName& a, const DistinguishedName& b);

/// The OpenSSL short name for an attribute type given as short name, long name or dotted OID,
/// ignoring case for the common ones and an "OID." prefix: "commonName", "cn", "2.5.4.3" -> "CN";
/// "2.5.4.97", "OID.2.5.4.97" -> "organizationIdentifier". Unknown types are returned trimmed.
std::string canonical_attribute_type(std::string_view type);

}  // namespace lint::cert
