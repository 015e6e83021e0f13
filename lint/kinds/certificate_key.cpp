// Kind `certificate-key`: the certificate in the file has a weak key (RSA below a size) or a SHA-1 signature.
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class CertificateKeyCheck final : public Check {
 public:
  CertificateKeyCheck(int min_rsa_bits, bool report_sha1) : m_min_rsa_bits(min_rsa_bits), m_report_sha1(report_sha1) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    // Only a file tells the key and the signature; the declared facts do not.
    const CertificateSource s = certificate_source(ctx, target);
    // Every certificate of the file: the leaf, then the rest of its chain (variants `chain-…`).
    for (std::size_t i : s.chain_order()) check(ctx, target, s, i, out);
  }

 private:
  void check(const CheckContext& ctx, const Target& target, const CertificateSource& s, std::size_t index,
             std::vector<Finding>& out) const {
    const cert::CertInfo& c = s.content->read.certs[index];
    const std::string prefix = index == s.content->leaf ? "" : "chain-";
    const bool rsa = c.key_type == "RSA" || c.key_type == "RSA-PSS";
    if (rsa && c.key_bits > 0 && c.key_bits < m_min_rsa_bits) {
      Finding f = certificate_finding(ctx, target, s, index, prefix + "rsa-bits");
      f.path += "#key";  // two defects at one place keep two fingerprints
      f.args["bits"] = std::to_string(c.key_bits);
      f.args["min_bits"] = std::to_string(m_min_rsa_bits);
      f.args["key_type"] = c.key_type;
      out.push_back(std::move(f));
    }
    // A self-signed root's own signature is not what trust rests on: only the others' count.
    const bool self_signed_root = !prefix.empty() && cert::same_name(c.subject, c.issuer);
    if (m_report_sha1 && c.sha1_signature && !self_signed_root) {
      Finding f = certificate_finding(ctx, target, s, index, prefix + "sha1");
      f.path += "#signature";
      f.args["signature_algorithm"] = c.signature_algorithm;
      out.push_back(std::move(f));
    }
  }

  int m_min_rsa_bits;
  bool m_report_sha1;
};

}  // namespace

std::unique_ptr<Check> make_certificate_key(Options& options, const Catalog&) {
  const auto bits = options.number("min_rsa_bits");
  if (!bits || *bits < 1 || *bits > 65536 || *bits != static_cast<double>(static_cast<int>(*bits)))
    options.fail(options.node("min_rsa_bits"), "'min_rsa_bits' must be a whole number of bits, such as 2048");
  return std::make_unique<CertificateKeyCheck>(static_cast<int>(*bits), options.flag("sha1", true));
}

}  // namespace lint
