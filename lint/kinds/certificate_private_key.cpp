// Kind `certificate-private-key`: the referenced certificate file holds a private key or is a PKCS#12 bundle.
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class CertificatePrivateKeyCheck final : public Check {
 public:
  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const CertificateSource s = certificate_source(ctx, target);
    if (s.from != CertificateSource::From::File) return;
    // The reader recognises a key by its PEM label or DER shape and never decodes it; the
    // finding names the file (and any certificate beside the key), never the key's bytes.
    const cert::ReadResult& r = s.content->read;
    if (r.kind == cert::ContentKind::PrivateKey) {
      Finding f = file_finding(ctx, target, s, s.leaf() ? "with-certificate" : "default");
      f.args["certificates"] = std::to_string(r.certs.size());
      out.push_back(std::move(f));
    } else if (r.kind == cert::ContentKind::Pkcs12) {
      out.push_back(file_finding(ctx, target, s, "pkcs12"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_certificate_private_key(Options&, const Catalog&) {
  return std::make_unique<CertificatePrivateKeyCheck>();
}

}  // namespace lint
