// Converts a parsed OpenSSL X509 into CertInfo: names, serial, dates, key, signature, org number.
#include <algorithm>
#include <cstdio>
#include <ctime>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/objects.h>

#include "lint/cert/openssl_detail.h"

namespace lint::cert::detail {

namespace {

// The short name of an object (long name when `long_name`), or its dotted OID when unknown.
std::string object_name(const ASN1_OBJECT* obj, bool long_name = false) {
  if (obj == nullptr) return {};
  const int nid = OBJ_obj2nid(obj);
  if (nid != NID_undef) {
    const char* name = long_name ? OBJ_nid2ln(nid) : OBJ_nid2sn(nid);
    if (name != nullptr) return name;
  }
  const int len = OBJ_obj2txt(nullptr, 0, obj, 1);
  if (len <= 0) return {};
  std::string text(static_cast<std::size_t>(len) + 1, '\0');
  OBJ_obj2txt(text.data(), len + 1, obj, 1);
  text.resize(static_cast<std::size_t>(len));
  return text;
}

std::string hex(const unsigned char* data, int len) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out;
  for (int i = 0; data != nullptr && i < len; ++i) {
    out += digits[data[i] >> 4];
    out += digits[data[i] & 0x0F];
  }
  return out;
}

std::string string_value(const ASN1_STRING* s) {
  if (s == nullptr) return {};
  unsigned char* utf8 = nullptr;
  const int len = ASN1_STRING_to_UTF8(&utf8, s);
  if (len < 0) {
    std::string raw(1, '#');  // built by append: GCC 12 warns falsely (-Wrestrict) on "#" + std::string
    raw.append(hex(ASN1_STRING_get0_data(s), ASN1_STRING_length(s)));
    return raw;
  }
  std::string out(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(len));
  OPENSSL_free(utf8);
  return out;
}

std::string last_cn(const DistinguishedName& dn) {
  const auto it = std::find_if(dn.rbegin(), dn.rend(), [](const NameAttribute& a) { return a.type == "CN"; });
  return it == dn.rend() ? std::string() : it->value;
}

std::string serial_hex(const X509& cert) {
  BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(&cert), nullptr);
  char* text = bn != nullptr ? BN_bn2hex(bn) : nullptr;
  std::string out = text != nullptr ? text : "";
  OPENSSL_free(text);
  BN_free(bn);
  return out;
}

std::string calendar_date(const ASN1_TIME* t) {
  std::tm tm{};
  if (t == nullptr || ASN1_TIME_to_tm(t, &tm) != 1) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

std::string key_type_name(const EVP_PKEY* key) {
  switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
      return "RSA";
    case EVP_PKEY_RSA_PSS:
      return "RSA-PSS";
    case EVP_PKEY_EC:
      return "EC";
    case EVP_PKEY_DSA:
      return "DSA";
    case EVP_PKEY_ED25519:
      return "ED25519";
    case EVP_PKEY_ED448:
      return "ED448";
    default:
      break;
  }
  const char* name = EVP_PKEY_get0_type_name(key);
  return name != nullptr ? name : "unknown";
}

void read_key(const X509& cert, CertInfo& info) {
  if (const EVP_PKEY* key = X509_get0_pubkey(&cert)) {
    info.key_type = key_type_name(key);
    info.key_bits = EVP_PKEY_get_bits(key);
    return;
  }
  ASN1_OBJECT* alg = nullptr;  // key not decodable: name its algorithm only
  if (const X509_PUBKEY* pub = X509_get_X509_PUBKEY(&cert))
    X509_PUBKEY_get0_param(&alg, nullptr, nullptr, nullptr, pub);
  info.key_type = alg != nullptr ? object_name(alg) : "unknown";
}

void read_signature(const X509& cert, CertInfo& info) {
  const X509_ALGOR* alg = nullptr;
  X509_get0_signature(nullptr, &alg, &cert);
  const ASN1_OBJECT* obj = nullptr;
  if (alg != nullptr) X509_ALGOR_get0(&obj, nullptr, nullptr, alg);
  info.signature_algorithm = object_name(obj, true);
  int md_nid = NID_undef;
  const int sig_nid = obj != nullptr ? OBJ_obj2nid(obj) : NID_undef;
  info.sha1_signature =
      sig_nid != NID_undef && OBJ_find_sigid_algs(sig_nid, &md_nid, nullptr) == 1 && md_nid == NID_sha1;
}

bool nine_digits(std::string_view s) {
  return s.size() == 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string org_number(const DistinguishedName& subject) {
  constexpr std::string_view prefix = "NTRNO-";
  for (const auto& a : subject) {
    const std::string_view v = a.value;
    if (a.type == "organizationIdentifier" && v.starts_with(prefix) && nine_digits(v.substr(prefix.size())))
      return std::string(v.substr(prefix.size()));
  }
  for (const auto& a : subject)
    if (a.type == "serialNumber" && nine_digits(a.value)) return a.value;
  return {};
}

}  // namespace

DistinguishedName to_distinguished_name(const X509_NAME* name) {
  DistinguishedName dn;
  const int count = name != nullptr ? X509_NAME_entry_count(name) : 0;
  for (int i = 0; i < count; ++i) {
    const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    if (entry == nullptr) continue;
    dn.push_back({object_name(X509_NAME_ENTRY_get_object(entry)), string_value(X509_NAME_ENTRY_get_data(entry))});
  }
  return dn;
}

CertInfo cert_info(const X509& cert) {
  CertInfo info;
  info.subject = to_distinguished_name(X509_get_subject_name(&cert));
  info.issuer = to_distinguished_name(X509_get_issuer_name(&cert));
  info.subject_cn = last_cn(info.subject);
  info.issuer_cn = last_cn(info.issuer);
  info.serial_hex = serial_hex(cert);
  info.not_before = calendar_date(X509_get0_notBefore(&cert));
  info.not_after = calendar_date(X509_get0_notAfter(&cert));
  read_key(cert, info);
  read_signature(cert, info);
  info.org_number = org_number(info.subject);
  return info;
}

}  // namespace lint::cert::detail
