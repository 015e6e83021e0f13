// Test helper implementation: in-memory keys, certificates and PKCS#12 bundles via the OpenSSL API.
#include "tests/support/test_certs.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include "lint/cert/openssl_detail.h"

namespace test_certs {

using lint::cert::detail::BioPtr;
using lint::cert::detail::EvpPkeyPtr;
using lint::cert::detail::X509NamePtr;
using lint::cert::detail::X509Ptr;

namespace {

[[noreturn]] void fail(const std::string& what) {
  const unsigned long code = ERR_get_error();
  char reason[256] = "";
  if (code != 0) ERR_error_string_n(code, reason, sizeof reason);
  ERR_clear_error();
  throw std::runtime_error("test_certs: " + what + (code != 0 ? std::string(": ") + reason : std::string()));
}

void check(int ok, const std::string& what) {
  if (ok <= 0) fail(what);
}

EvpPkeyPtr generate(const KeySpec& spec) {
  EVP_PKEY* key = nullptr;
  if (spec.type == "RSA")
    key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(spec.bits));
  else if (spec.type == "EC" && spec.bits == 256)
    key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
  if (key == nullptr) fail("cannot make a " + spec.type + " key of " + std::to_string(spec.bits) + " bits");
  return EvpPkeyPtr(key);
}

// One key per kind for the whole test run: RSA key generation is slow under sanitizers.
EVP_PKEY* cached_key(const KeySpec& spec) {
  static std::map<std::pair<std::string, int>, EvpPkeyPtr> cache;
  auto& slot = cache[{spec.type, spec.bits}];
  if (!slot) slot = generate(spec);
  return slot.get();
}

std::string bio_bytes(BIO* bio) {
  char* data = nullptr;
  const long len = BIO_get_mem_data(bio, &data);
  return std::string(data, static_cast<std::size_t>(len));
}

BioPtr memory_bio() {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio) fail("BIO_new");
  return bio;
}

std::string encode(X509* cert, Encoding encoding) {
  BioPtr bio = memory_bio();
  check(encoding == Encoding::Pem ? PEM_write_bio_X509(bio.get(), cert) : i2d_X509_bio(bio.get(), cert),
        "encode certificate");
  return bio_bytes(bio.get());
}

void set_date(ASN1_TIME* t, const std::string& date) {
  std::string text = date;  // "YYYY-MM-DD" -> "YYYYMMDD000000Z"
  std::erase(text, '-');
  check(ASN1_TIME_set_string_X509(t, (text + "000000Z").c_str()), "set date " + date);
}

X509NamePtr make_name(const Subject& subject) {
  X509NamePtr name(X509_NAME_new());
  for (const auto& [type, value] : subject) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(value.c_str());
    check(X509_NAME_add_entry_by_txt(name.get(), type.c_str(), MBSTRING_UTF8, bytes, -1, -1, 0), "name entry " + type);
  }
  return name;
}

const EVP_MD* digest(Digest d) { return d == Digest::Sha1 ? EVP_sha1() : EVP_sha256(); }

X509Ptr read_pem_certificate(const std::string& pem) {
  BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!cert) fail("cannot read a PEM certificate");
  return cert;
}

}  // namespace

std::string shared_data_path(std::string_view relative) {
#ifdef DSOPLINT_SHARED_DATA
  const std::filesystem::path base = DSOPLINT_SHARED_DATA;
#else
  const std::filesystem::path base = std::filesystem::path(source_path("..")) / "shared" / "data";
#endif
  return (base / relative).string();
}

std::string source_path(std::string_view relative) {
#ifdef DSOPLINT_SOURCE_DIR
  const std::filesystem::path root = DSOPLINT_SOURCE_DIR;
#else
  const std::filesystem::path root = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
#endif
  return (root / relative).string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Subject seid2_subject(std::string cn, std::string org, std::string orgnr) {
  return {{"C", "NO"}, {"O", std::move(org)}, {"organizationIdentifier", "NTRNO-" + orgnr}, {"CN", std::move(cn)}};
}

Subject seid1_subject(std::string cn, std::string org, std::string orgnr) {
  return {{"C", "NO"}, {"O", std::move(org)}, {"CN", std::move(cn)}, {"serialNumber", std::move(orgnr)}};
}

struct TestCa::Impl {
  X509Ptr cert;
  EVP_PKEY* key = nullptr;  // owned by the key cache

  X509Ptr make_leaf(const LeafSpec& spec, EVP_PKEY* leaf_key) const {
    X509Ptr leaf(X509_new());
    if (!leaf) fail("X509_new");
    check(X509_set_version(leaf.get(), X509_VERSION_3), "version");
    check(ASN1_INTEGER_set(X509_get_serialNumber(leaf.get()), spec.serial), "serial");
    set_date(X509_getm_notBefore(leaf.get()), spec.not_before);
    set_date(X509_getm_notAfter(leaf.get()), spec.not_after);
    check(X509_set_subject_name(leaf.get(), make_name(spec.subject).get()), "subject");
    check(X509_set_issuer_name(leaf.get(), X509_get_subject_name(cert.get())), "issuer");
    check(X509_set_pubkey(leaf.get(), leaf_key), "public key");
    check(X509_sign(leaf.get(), key, digest(spec.digest)), "sign leaf");
    return leaf;
  }
};

TestCa::TestCa(const std::string& ca_file) : m_impl(std::make_unique<Impl>()) {
  const X509Ptr real = read_pem_certificate(read_file(shared_data_path(ca_file)));
  m_impl->key = cached_key({"RSA", 2048});
  X509Ptr cert(X509_new());
  if (!cert) fail("X509_new");
  check(X509_set_version(cert.get(), X509_VERSION_3), "version");
  check(ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1), "serial");
  check(X509_set1_notBefore(cert.get(), X509_get0_notBefore(real.get())), "notBefore");
  check(X509_set1_notAfter(cert.get(), X509_get0_notAfter(real.get())), "notAfter");
  check(X509_set_subject_name(cert.get(), X509_get_subject_name(real.get())), "subject");  // copies
  check(X509_set_issuer_name(cert.get(), X509_get_issuer_name(real.get())), "issuer");
  check(X509_set_pubkey(cert.get(), m_impl->key), "public key");
  check(X509_sign(cert.get(), m_impl->key, EVP_sha256()), "sign CA");
  m_impl->cert = std::move(cert);
}

TestCa::~TestCa() = default;
TestCa::TestCa(TestCa&&) noexcept = default;
TestCa& TestCa::operator=(TestCa&&) noexcept = default;

std::string TestCa::issue(const LeafSpec& leaf, Encoding encoding) const {
  return encode(m_impl->make_leaf(leaf, cached_key(leaf.key)).get(), encoding);
}

std::string TestCa::certificate(Encoding encoding) const { return encode(m_impl->cert.get(), encoding); }

std::string TestCa::pkcs12(const LeafSpec& leaf, const std::string& password) const {
  EVP_PKEY* key = cached_key(leaf.key);
  const X509Ptr cert = m_impl->make_leaf(leaf, key);
  STACK_OF(X509)* chain = sk_X509_new_null();
  if (chain == nullptr || sk_X509_push(chain, m_impl->cert.get()) <= 0) fail("chain");
  PKCS12* p12 = PKCS12_create(password.c_str(), "leaf", key, cert.get(), chain, 0, 0, 0, 0, 0);
  sk_X509_free(chain);  // does not free the CA certificate
  const lint::cert::detail::Pkcs12Ptr owned(p12);
  if (!owned) fail("PKCS12_create");
  BioPtr bio = memory_bio();
  check(i2d_PKCS12_bio(bio.get(), owned.get()), "encode PKCS#12");
  return bio_bytes(bio.get());
}

std::string private_key_pem(KeyForm form) {
  const bool ec = form == KeyForm::EcTraditional;
  const EvpPkeyPtr key = generate(ec ? KeySpec{"EC", 256} : KeySpec{"RSA", 1024});  // fresh, never cached
  BioPtr bio = memory_bio();
  static const char pass[] = "test-only";
  int ok = 0;
  switch (form) {
    case KeyForm::Pkcs8:
      ok = PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
      break;
    case KeyForm::RsaTraditional:
    case KeyForm::EcTraditional:
      ok = PEM_write_bio_PrivateKey_traditional(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
      break;
    case KeyForm::EncryptedPkcs8:
      ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), EVP_aes_256_cbc(), pass, sizeof pass - 1, nullptr,
                                         nullptr);
      break;
  }
  check(ok, "write private key");
  return bio_bytes(bio.get());
}

std::string private_key_der(bool encrypted) {
  const EvpPkeyPtr key = generate({"RSA", 1024});
  BioPtr bio = memory_bio();
  static char pass[] = "test-only";
  const EVP_CIPHER* cipher = encrypted ? EVP_aes_256_cbc() : nullptr;
  check(i2d_PKCS8PrivateKey_bio(bio.get(), key.get(), cipher, pass, sizeof pass - 1, nullptr, nullptr),
        "write DER key");
  return bio_bytes(bio.get());
}

}  // namespace test_certs
