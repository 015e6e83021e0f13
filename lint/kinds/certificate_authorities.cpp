// The known issuing CAs from a data table, and matching a certificate's or a declared issuer to them.
#include "lint/kinds/certificate_authorities.h"

#include <algorithm>

#include "lint/core/strings.h"
#include "lint/core/suggest.h"
#include "lint/ruleset/catalog.h"

namespace lint {

namespace {

// One `{name, dn: [{TYPE: value}, ...]}` entry of the table.
KnownCa read_entry(const RuleFile& file, NodeId item, const std::string& group, const std::string& env) {
  const YamlDocument& y = file.yaml;
  KnownCa ca{group, env, y.scalar(y.get(item, "name")), {}};
  const NodeId dn = y.get(item, "dn");
  if (!y.is_mapping(item) || ca.name.empty() || !y.is_sequence(dn))
    fail_at(file, item, "a certificate authority needs 'name' and 'dn' (a list of {TYPE: value})");
  for (NodeId part : y.node(y.resolve(dn)).children) {
    const auto entries = y.entries(part);
    if (entries.size() != 1 || !y.is_scalar(entries[0].second))
      fail_at(file, part, "each 'dn' attribute is one {TYPE: value} pair");
    ca.dn.push_back({cert::canonical_attribute_type(y.scalar(entries[0].first)), y.scalar(entries[0].second)});
  }
  return ca;
}

}  // namespace

CaTable CaTable::from_options(Options& options, const Catalog& catalog) {
  const std::string name = options.text("authorities");
  const DataRef* ref = catalog.data(name);
  if (!ref) options.fail(options.node("authorities"), "no data table named '" + name + "'");
  const YamlDocument& y = ref->file->yaml;
  if (!y.is_mapping(ref->node)) fail_at(*ref->file, ref->node, "expected a mapping: group -> environment -> CAs");
  CaTable table;
  for (auto [group_key, envs] : y.entries(ref->node)) {
    if (!y.is_mapping(envs)) fail_at(*ref->file, envs, "expected a mapping: environment -> list of CAs");
    for (auto [env_key, list] : y.entries(envs)) {
      if (!y.is_sequence(list)) fail_at(*ref->file, list, "expected a list of certificate authorities");
      for (NodeId item : y.node(y.resolve(list)).children)
        table.m_cas.push_back(read_entry(*ref->file, y.resolve(item), y.scalar(group_key), y.scalar(env_key)));
    }
  }
  return table;
}

const KnownCa* CaTable::by_dn(const cert::DistinguishedName& issuer) const {
  for (const KnownCa& ca : m_cas)
    if (cert::same_name(ca.dn, issuer)) return &ca;
  return nullptr;
}

const KnownCa* CaTable::by_declared(std::string_view text) const {
  const cert::DistinguishedName dn = cert::parse_dn(text);
  if (dn.size() > 1) return by_dn(dn);
  const std::string_view cn = dn.size() == 1 && dn[0].type == "CN" ? std::string_view(dn[0].value) : trim(text);
  for (const KnownCa& ca : m_cas)
    if (ca.name == cn) return &ca;
  return nullptr;
}

std::string CaTable::suggest(std::string_view text, const std::string& group, const std::string& env) const {
  const cert::DistinguishedName dn = cert::parse_dn(text);
  const std::string_view cn = dn.size() == 1 && dn[0].type == "CN" ? std::string_view(dn[0].value) : trim(text);
  if (dn.size() > 1) return "";  // a DN that matches no CA: no single name to suggest
  std::vector<std::string> names;
  for (const KnownCa& ca : m_cas)
    if ((group.empty() || ca.group == group) && (env.empty() || ca.env == env)) names.push_back(ca.name);
  if (names.empty()) return "";
  for (const std::string& n : names)  // differs only in letter case: nearest() ignores case
    if (n.size() == cn.size() && edit_distance(n, cn) == 0) return n;
  return nearest(cn, names);
}

bool CaTable::has_group(std::string_view group) const {
  return std::any_of(m_cas.begin(), m_cas.end(), [&](const KnownCa& ca) { return ca.group == group; });
}

std::string dn_text(const cert::DistinguishedName& dn) {
  std::string out;
  for (auto it = dn.rbegin(); it != dn.rend(); ++it) out += (out.empty() ? "" : ", ") + it->type + "=" + it->value;
  return out;
}

}  // namespace lint
