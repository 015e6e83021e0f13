// Kind `certificate-orgnr`: the certificate's organisation number is the signer's (institution or supplier).
#include <map>

#include "lint/core/ids.h"
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class CertificateOrgnrCheck final : public Check {
 public:
  CertificateOrgnrCheck(std::string signer, std::map<std::string, std::string> orgnr_of, std::string default_signer)
      : m_signer(std::move(signer)), m_orgnr_of(std::move(orgnr_of)), m_default_signer(std::move(default_signer)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    std::string signer = y.scalar(lookup_path(y, with_env(m_signer, target.env)));
    if (signer.empty()) signer = m_default_signer;
    const auto party = m_orgnr_of.find(signer);
    if (party == m_orgnr_of.end()) return;  // an unknown signer is the value-type rule's concern
    const std::string expected = y.scalar(lookup_path(y, party->second));
    if (!valid_orgnr(expected)) return;  // nothing to compare with; a malformed number is ID001's

    const CertificateSource s = certificate_source(ctx, target);
    std::string actual;
    Finding f;
    if (const cert::CertInfo* leaf = s.leaf()) {
      actual = leaf->org_number;
      if (actual == expected) return;
      f = file_finding(ctx, target, s, actual.empty() ? "no-orgnr" : "default");
    } else if (s.from == CertificateSource::From::Declared && s.orgnr != kNoNode) {
      actual = y.scalar(s.orgnr);
      if (actual == expected || !valid_orgnr(actual)) return;  // a typo in the number is ID001's
      f = declared_finding(ctx, target, s.orgnr, "declared");
    } else {
      return;
    }
    for (const auto& [other, path] : m_orgnr_of)  // the number is the other party's: say whose
      if (other != signer && !actual.empty() && y.scalar(lookup_path(y, path)) == actual) {
        f.variant = f.variant == "declared" ? "declared-other-party" : "other-party";
        f.args["other_signer"] = other;
        f.args["other_path"] = path;
      }
    f.args["orgnr"] = actual;
    f.args["expected"] = expected;
    f.args["signer"] = signer;
    f.args["expected_path"] = party->second;
    out.push_back(std::move(f));
  }

 private:
  std::string m_signer;                           // the path of the signer field (may use {env})
  std::map<std::string, std::string> m_orgnr_of;  // signer value -> path of that party's orgnr
  std::string m_default_signer;
};

}  // namespace

std::unique_ptr<Check> make_certificate_orgnr(Options& options, const Catalog&) {
  std::string signer = options.text("signer");
  const NodeId map = options.node("orgnr_of");
  if (!options.yaml().is_mapping(map)) options.fail(map, "'orgnr_of' maps each signer to the path of its orgnr");
  std::map<std::string, std::string> orgnr_of;
  for (auto [key, value] : options.yaml().entries(map)) {
    if (!options.yaml().is_scalar(value) || options.yaml().scalar(value).empty())
      options.fail(value, "'orgnr_of' values are paths such as institution.orgnr");
    orgnr_of[options.yaml().scalar(key)] = options.yaml().scalar(value);
  }
  std::string default_signer = options.text("default_signer");
  if (!orgnr_of.contains(default_signer))
    options.fail(options.node("default_signer"), "'default_signer' must be one of the keys of 'orgnr_of'");
  return std::make_unique<CertificateOrgnrCheck>(std::move(signer), std::move(orgnr_of), std::move(default_signer));
}

}  // namespace lint
