/// The known issuing CAs (a data table such as rules/data/certificate-authorities.yaml) and matching an issuer to them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/cert/cert_reader.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

/// One issuing CA: its group in the table (e.g. `seid2_enterprise`, `person`, `seid1`), its
/// environment (`prod`, `test`), its name (the CN) and its subject DN.
struct KnownCa {
  std::string group, env, name;
  cert::DistinguishedName dn;
};

/// The table named by a kind's `authorities` option: group -> environment -> list of
/// `{name, dn: [{TYPE: value}, ...]}`. A malformed table stops loading with its position.
class CaTable {
 public:
  static CaTable from_options(Options& options, const Catalog& catalog);

  /// The CA whose subject equals `issuer` attribute by attribute (cert::same_name), or nullptr.
  const KnownCa* by_dn(const cert::DistinguishedName& issuer) const;
  /// The CA a declared issuer names: a full DN compared attribute by attribute, or its CN
  /// (a DN of only a CN counts as a CN), compared exactly after trimming; or nullptr.
  const KnownCa* by_declared(std::string_view text) const;
  /// The name of a CA in `group` and `env` (either "" for any) nearest to a declared issuer
  /// that matches none (a likely typo), or "".
  std::string suggest(std::string_view text, const std::string& group, const std::string& env) const;
  bool has_group(std::string_view group) const;
  const std::vector<KnownCa>& all() const { return m_cas; }

 private:
  std::vector<KnownCa> m_cas;
};

/// A DN as text in reverse encoding order, as `openssl -nameopt RFC2253` shows it: "CN=…, O=…, C=NO".
std::string dn_text(const cert::DistinguishedName& dn);

}  // namespace lint
