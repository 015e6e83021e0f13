// read_certificates: tells PEM, DER, private keys and PKCS#12 apart and reads the certificates.
#include "lint/cert/cert_reader.h"

#include <algorithm>
#include <exception>
#include <optional>

#include "lint/cert/openssl_detail.h"

namespace lint::cert {

namespace {

using detail::X509Ptr;
using EncodeCtxPtr = std::unique_ptr<EVP_ENCODE_CTX, detail::Deleter<EVP_ENCODE_CTX_free>>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, detail::Deleter<PKCS8_PRIV_KEY_INFO_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, detail::Deleter<X509_SIG_free>>;

constexpr std::string_view begin_marker = "-----BEGIN ";
constexpr std::string_view end_marker = "-----END ";
constexpr std::string_view dashes = "-----";

ReadResult unreadable(std::string error) { return {ContentKind::Unreadable, {}, std::move(error)}; }

bool is_blank(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);  // UTF-8 byte-order mark
  return bytes.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

const unsigned char* uchars(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// ---- DER -------------------------------------------------------------------------------------

// Parses one DER structure with `d2i` and says whether it used up all of `der`.
template <typename Ptr, typename D2i>
bool parses_whole(std::string_view der, D2i d2i) {
  const unsigned char* p = uchars(der);
  Ptr obj(d2i(nullptr, &p, static_cast<long>(der.size())));
  return obj != nullptr && p == uchars(der) + der.size();
}

bool is_pkcs12(std::string_view der) { return parses_whole<detail::Pkcs12Ptr>(der, d2i_PKCS12); }

// A SEQUENCE whose first element is the INTEGER 0 or 1, as a key's version is.
bool starts_with_version(std::string_view der) {
  if (der.size() < 5 || der[0] != '\x30') return false;
  const auto first_length = static_cast<unsigned char>(der[1]);
  const std::size_t header = first_length < 0x80 ? 2 : 2 + (first_length & 0x7Fu);
  return der.size() >= header + 3 && der[header] == '\x02' && der[header + 1] == '\x01' &&
         (der[header + 2] == '\x00' || der[header + 2] == '\x01');
}

void free_sequence(ASN1_SEQUENCE_ANY* seq) { sk_ASN1_TYPE_pop_free(seq, ASN1_TYPE_free); }
using SequencePtr = std::unique_ptr<ASN1_SEQUENCE_ANY, detail::Deleter<free_sequence>>;

// A traditional DER key (what `openssl pkey -outform DER` writes), told by its shape, not decoded:
// RSA (version 0 and eight integers; multi-prime: version 1 and more), DSA (version 0 and five
// integers) or EC (version 1, the key as an octet string, then at most two tagged fields).
bool is_traditional_key(std::string_view der) {
  if (!starts_with_version(der)) return false;  // OpenSSL is not asked: its error queue stays as it was
  const unsigned char* p = uchars(der);
  const SequencePtr seq(d2i_ASN1_SEQUENCE_ANY(nullptr, &p, static_cast<long>(der.size())));
  if (seq == nullptr || p != uchars(der) + der.size()) return false;
  const int n = sk_ASN1_TYPE_num(seq.get());
  const auto type_at = [&](int i) { return ASN1_TYPE_get(sk_ASN1_TYPE_value(seq.get(), i)); };
  if (n < 2 || type_at(0) != V_ASN1_INTEGER) return false;
  const long version = ASN1_INTEGER_get(sk_ASN1_TYPE_value(seq.get(), 0)->value.integer);
  bool integers = true;
  for (int i = 1; i < n; ++i) integers = integers && type_at(i) == V_ASN1_INTEGER;
  if (integers) return (version == 0 && (n == 9 || n == 6)) || (version == 1 && n >= 10);
  return version == 1 && n <= 4 && type_at(1) == V_ASN1_OCTET_STRING;
}

// PKCS#8 (plain or encrypted), or a traditional RSA, DSA or EC key.
bool is_private_key(std::string_view der) {
  return parses_whole<Pkcs8Ptr>(der, d2i_PKCS8_PRIV_KEY_INFO) || parses_whole<X509SigPtr>(der, d2i_X509_SIG) ||
         is_traditional_key(der);
}

// Reads one certificate from the front of `der`; advances `der` past it.
std::optional<CertInfo> next_der_certificate(std::string_view& der, bool trusted) {
  const unsigned char* p = uchars(der);
  const long len = static_cast<long>(der.size());
  X509Ptr x509(trusted ? d2i_X509_AUX(nullptr, &p, len) : d2i_X509(nullptr, &p, len));
  if (x509 == nullptr) return std::nullopt;
  der.remove_prefix(static_cast<std::size_t>(p - uchars(der)));
  return detail::cert_info(*x509);
}

ReadResult read_der(std::string_view der) {
  ReadResult result{ContentKind::Certificates, {}, {}};
  while (!der.empty()) {
    auto info = next_der_certificate(der, false);
    if (!info) break;
    result.certs.push_back(std::move(*info));
  }
  if (der.empty()) return result;
  if (!result.certs.empty())
    return unreadable("trailing data after DER certificate " + std::to_string(result.certs.size()));
  if (is_pkcs12(der)) return {ContentKind::Pkcs12, {}, {}};
  if (is_private_key(der)) return {ContentKind::PrivateKey, {}, {}};
  return unreadable("not a certificate (DER parse failed)");
}

// ---- PEM -------------------------------------------------------------------------------------

struct PemBlock {
  std::string_view label, body;
};

struct PemScan {
  std::vector<PemBlock> blocks;          // complete blocks
  std::vector<std::string_view> labels;  // the labels of all BEGIN lines, complete or not
  std::string error;                     // the first structural problem
  std::size_t next_end = 0;              // cache: the first END line at or after some position
};

// Keeps the first structural problem only.
void note(PemScan& scan, std::string_view what, std::string_view label = {}, std::string_view tail = {}) {
  if (scan.error.empty()) scan.error = std::string(what) + std::string(label) + std::string(tail);
}

// The first END line at or after `from`, cached so that many BEGIN lines without END stay linear.
std::size_t find_end_marker(std::string_view text, std::size_t from, PemScan& scan) {
  if (scan.next_end != std::string_view::npos && scan.next_end < from) scan.next_end = text.find(end_marker, from);
  return scan.next_end;
}

// Finds the END line of a block whose body starts at `body`; notes an error when there is none.
std::optional<std::size_t> find_end(std::string_view text, std::size_t body, std::string_view label, PemScan& scan) {
  const std::size_t end = find_end_marker(text, body, scan);
  const std::size_t next_begin = text.find(begin_marker, body);
  if (end == std::string_view::npos || next_begin < end) {
    note(scan, "truncated PEM block '", label, "' (no END line)");
    return std::nullopt;
  }
  const std::string_view end_line = text.substr(end + end_marker.size());
  if (!end_line.starts_with(label) || !end_line.substr(label.size()).starts_with(dashes)) {
    note(scan, "PEM END line does not match BEGIN '", label, "'");
    return std::nullopt;
  }
  return end;
}

PemScan scan_pem(std::string_view text) {
  PemScan scan;
  std::size_t pos = 0;
  while ((pos = text.find(begin_marker, pos)) != std::string_view::npos) {
    // The label ends at the next "-----" (at the latest where the next BEGIN starts), so
    // looking for the line end only up to there keeps the whole scan linear.
    const std::size_t start = pos + begin_marker.size();
    const std::size_t close = std::min(text.find(dashes, start), text.size());
    const std::size_t eol = text.substr(start, close - start).find_first_of("\r\n");
    pos = start;
    scan.labels.push_back(text.substr(start, std::min(eol, close - start)));
    if (close == text.size() || eol != std::string_view::npos) {
      note(scan, "truncated PEM BEGIN line");
      continue;
    }
    const std::size_t body = close + dashes.size();
    const auto end = find_end(text, body, scan.labels.back(), scan);
    if (!end) continue;
    scan.blocks.push_back({scan.labels.back(), text.substr(body, *end - body)});
    pos = *end + end_marker.size();
  }
  return scan;
}

std::optional<std::string> decode_base64(std::string_view body) {
  EncodeCtxPtr ctx(EVP_ENCODE_CTX_new());
  if (ctx == nullptr) return std::nullopt;
  std::string out(body.size() + 80, '\0');
  auto* dst = reinterpret_cast<unsigned char*>(out.data());
  int n = 0, tail = 0;
  EVP_DecodeInit(ctx.get());
  if (EVP_DecodeUpdate(ctx.get(), dst, &n, uchars(body), static_cast<int>(body.size())) < 0) return std::nullopt;
  if (EVP_DecodeFinal(ctx.get(), dst + n, &tail) < 0) return std::nullopt;
  out.resize(static_cast<std::size_t>(n + tail));
  return out;
}

bool is_certificate_label(std::string_view label) {
  return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

bool is_private_key_label(std::string_view label) { return label.find("PRIVATE KEY") != std::string_view::npos; }

// Reads one CERTIFICATE block, or says what is wrong with it.
std::optional<CertInfo> read_pem_certificate(const PemBlock& block, std::string& error) {
  const auto der = decode_base64(block.body);
  if (!der || der->empty()) {
    error = "bad base64";
    return std::nullopt;
  }
  std::string_view rest = *der;
  auto info = next_der_certificate(rest, block.label == "TRUSTED CERTIFICATE");
  if (!info)
    error = "not a certificate (DER parse failed)";
  else if (!rest.empty())
    error = "trailing data after the certificate";
  return rest.empty() ? info : std::nullopt;
}

ReadResult read_pem_certificates(const PemScan& scan, bool best_effort) {
  ReadResult result{ContentKind::Certificates, {}, {}};
  std::size_t index = 0;
  for (const PemBlock& block : scan.blocks) {
    ++index;
    if (!is_certificate_label(block.label)) continue;
    std::string error;
    auto info = read_pem_certificate(block, error);
    if (info)
      result.certs.push_back(std::move(*info));
    else if (!best_effort)
      return unreadable("PEM block " + std::to_string(index) + " ('" + std::string(block.label) + "'): " + error);
  }
  return result;
}

ReadResult read_pem(std::string_view text) {
  const PemScan scan = scan_pem(text);
  if (std::any_of(scan.labels.begin(), scan.labels.end(), is_private_key_label))
    return {ContentKind::PrivateKey, read_pem_certificates(scan, true).certs, {}};
  if (!scan.error.empty()) return unreadable(scan.error);
  ReadResult result = read_pem_certificates(scan, false);
  if (result.kind == ContentKind::Certificates && result.certs.empty())
    return unreadable("no CERTIFICATE block in PEM (found '" + std::string(scan.labels.front()) + "')");
  return result;
}

ReadResult read_any(std::string_view bytes) {
  if (bytes.size() > max_certificate_file_size)
    return unreadable("too large for a certificate file (" + std::to_string(bytes.size()) + " bytes)");
  if (is_blank(bytes)) return {ContentKind::Empty, {}, {}};
  const bool pem = bytes.find(begin_marker) != std::string_view::npos;
  if (static_cast<unsigned char>(bytes.front()) == 0x30) {
    ReadResult der = read_der(bytes);
    if (der.kind != ContentKind::Unreadable || !pem) return der;
  }
  if (pem) return read_pem(bytes);
  return unreadable("not a certificate (no PEM block, not DER)");
}

}  // namespace

ReadResult read_certificates(std::string_view bytes) {
  detail::ErrorQueueGuard guard;
  try {
    return read_any(bytes);
  } catch (const std::exception& e) {
    return unreadable(std::string("internal error: ") + e.what());
  } catch (...) {
    return unreadable("internal error");
  }
}

}  // namespace lint::cert
