/// What a config's `environments.<env>.certificate` section tells the CERT kinds: the certificates
/// in its `file` (read once per file and shared), or its declared `issuer`, `orgnr`, `expires`.
#pragma once

#include <memory>
#include <string>

#include "lint/cert/cert_reader.h"
#include "lint/ruleset/check.h"

namespace lint {

/// A certificate file's content, read once, with the index of its leaf certificate.
struct CertificateFile {
  cert::ReadResult read;
  std::size_t leaf = 0;  // the certificate no other one in the file was issued by (usually the first)
};

/// The certificate section a target points at (rules select `environments.*.certificate`).
struct CertificateSource {
  /// File: `file` names a readable file. Declared: no file, a `${NAME}` reference, or a file the
  /// file system cannot give (DSOP006 reports that), so the declared facts stand in. Nothing: no section.
  enum class From { Nothing, File, Declared } from = From::Nothing;
  NodeId file = kNoNode;                           // the `file:` value
  std::shared_ptr<const CertificateFile> content;  // From::File
  /// The declared scalars; kNoNode when absent, empty or a `${NAME}` reference.
  NodeId issuer = kNoNode, orgnr = kNoNode, expires = kNoNode;

  /// The leaf certificate of a file, or nullptr (no file, or no certificate in it).
  const cert::CertInfo* leaf() const;
  /// The indexes of a file's certificates, the leaf first and then the others in file order
  /// (the rest of its chain); empty without a file.
  std::vector<std::size_t> chain_order() const;
};

CertificateSource certificate_source(const CheckContext& ctx, const Target& target);

/// A finding at the `file:` value naming the leaf certificate: `{file}`, `{subject}` (its CN, else
/// its subject DN), `{serial}`, `{not_before}`, `{not_after}`, `{issuer}` (DN), `{issuer_cn}`.
Finding file_finding(const CheckContext& ctx, const Target& target, const CertificateSource& source,
                     std::string variant);
/// The same for certificate `index` of the file (see chain_order), with `{position}` (its place in
/// the file, from 1) and `{count}` (the certificates in the file). A certificate other than the
/// leaf gets its own fingerprint.
Finding certificate_finding(const CheckContext& ctx, const Target& target, const CertificateSource& source,
                            std::size_t index, std::string variant);
/// A finding at a declared field (`issuer`, `orgnr` or `expires`), with `{field}`, `{value}`, `{path}`.
Finding declared_finding(const CheckContext& ctx, const Target& target, NodeId node, std::string variant);

}  // namespace lint
