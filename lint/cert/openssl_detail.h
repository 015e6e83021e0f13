/// Internal OpenSSL helpers for lint/cert: owning pointers, an error-queue guard, X509 to CertInfo.
#pragma once

#include <memory>
#include <string>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include "lint/cert/cert_reader.h"

namespace lint::cert::detail {

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* p) const noexcept {
    Free(p);
  }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT_free>>;

/// Restores OpenSSL's thread-local error queue on scope exit: errors pushed inside the scope
/// are dropped, errors pushed before it are kept.
class ErrorQueueGuard {
 public:
  ErrorQueueGuard() noexcept { ERR_set_mark(); }
  ~ErrorQueueGuard() { ERR_pop_to_mark(); }
  ErrorQueueGuard(const ErrorQueueGuard&) = delete;
  ErrorQueueGuard& operator=(const ErrorQueueGuard&) = delete;
};

/// The attributes of an X509_NAME in DER order.
DistinguishedName to_distinguished_name(const X509_NAME* name);

/// Everything CertInfo holds, read from a parsed certificate.
CertInfo cert_info(const X509& cert);

}  // namespace lint::cert::detail
