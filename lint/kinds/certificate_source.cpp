// The certificate section of a config for the CERT kinds: its file, read once and shared, or its declared facts.
#include "lint/kinds/certificate_source.h"

#include <filesystem>
#include <map>

#include "lint/core/files.h"
#include "lint/kinds/certificate_authorities.h"
#include "lint/kinds/common.h"

namespace lint {

namespace {

namespace fs = std::filesystem;

// The certificate that issued no other certificate in the file (a chain may be in any order).
std::size_t leaf_index(const std::vector<cert::CertInfo>& certs) {
  for (std::size_t i = 0; i < certs.size(); ++i) {
    bool issued_another = false;
    for (std::size_t j = 0; j < certs.size() && !issued_another; ++j)
      issued_another = j != i && cert::same_name(certs[j].issuer, certs[i].subject);
    if (!issued_another) return i;
  }
  return 0;
}

// The certificates of a file; nullptr when the file system cannot give it (DSOP006 reports that).
std::shared_ptr<const CertificateFile> read_certificate_file(const std::string& path, std::size_t max_size) {
  auto bytes = read_file(path, max_size);
  if (std::holds_alternative<ReadFailure>(bytes)) return nullptr;
  auto file = std::make_shared<CertificateFile>();
  file->read = cert::read_certificates(std::get<std::string>(bytes));
  file->leaf = leaf_index(file->read.certs);
  return file;
}

// "kind:name", built by append: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string.
std::string cache_key(std::string kind, const std::string& name) { return kind.append(1, ':').append(name); }

// Each file is read once per job and shared by the CERT rules.
std::shared_ptr<const CertificateFile> read_once(const CheckContext& ctx, const std::string& path) {
  if (!ctx.cache) return read_certificate_file(path, ctx.max_file_size);
  return ctx.cache->get<CertificateFile>(cache_key("certificate", path),
                                         [&] { return read_certificate_file(path, ctx.max_file_size); });
}

// A usable declared value: a non-empty scalar that is not a `${NAME}` reference.
NodeId usable(const YamlDocument& y, NodeId section, const char* field) {
  const NodeId n = y.get(section, field);
  if (!y.is_scalar(n) || y.scalar(n).empty() || y.scalar(n).rfind("${", 0) == 0) return kNoNode;
  return n;
}

// The arguments that name one certificate of a file.
void add_certificate_args(Finding& f, const cert::CertInfo& c) {
  f.args["subject"] = c.subject_cn.empty() ? dn_text(c.subject) : c.subject_cn;
  f.args["serial"] = c.serial_hex;
  f.args["not_before"] = c.not_before;
  f.args["not_after"] = c.not_after;
  f.args["issuer"] = dn_text(c.issuer);
  f.args["issuer_cn"] = c.issuer_cn;
}

}  // namespace

const cert::CertInfo* CertificateSource::leaf() const {
  if (from != From::File || content->read.certs.empty()) return nullptr;
  return &content->read.certs[content->leaf];
}

std::vector<std::size_t> CertificateSource::chain_order() const {
  if (!leaf()) return {};
  std::vector<std::size_t> order{content->leaf};
  for (std::size_t i = 0; i < content->read.certs.size(); ++i)
    if (i != content->leaf) order.push_back(i);
  return order;
}

CertificateSource certificate_source(const CheckContext& ctx, const Target& target) {
  CertificateSource s;
  const YamlDocument& y = ctx.yaml();
  if (target.node == kNoNode || !y.is_mapping(target.node)) return s;
  s.issuer = usable(y, target.node, "issuer");
  s.orgnr = usable(y, target.node, "orgnr");
  s.expires = usable(y, target.node, "expires");
  s.from = CertificateSource::From::Declared;
  if (const NodeId file = usable(y, target.node, "file"); file != kNoNode) {
    const std::string path = (fs::path(ctx.doc.base_dir) / y.scalar(file)).lexically_normal().string();
    if (auto content = read_once(ctx, path)) {
      s.from = CertificateSource::From::File;
      s.file = file;
      s.content = std::move(content);
    }
  }
  return s;
}

Finding file_finding(const CheckContext& ctx, const Target& target, const CertificateSource& source,
                     std::string variant) {
  Finding f = finding_at_node(ctx, source.file, target.path + ".file", std::move(variant));
  f.args["file"] = ctx.yaml().scalar(source.file);
  f.args["field"] = "file";
  f.args["path"] = target.path + ".file";
  f.args["env"] = target.env;
  if (const cert::CertInfo* leaf = source.leaf()) add_certificate_args(f, *leaf);
  return f;
}

Finding certificate_finding(const CheckContext& ctx, const Target& target, const CertificateSource& source,
                            std::size_t index, std::string variant) {
  Finding f = file_finding(ctx, target, source, std::move(variant));
  const auto& certs = source.content->read.certs;
  add_certificate_args(f, certs.at(index));
  f.args["position"] = std::to_string(index + 1);
  f.args["count"] = std::to_string(certs.size());
  if (index != source.content->leaf) f.path += "#certificate-" + std::to_string(index + 1);
  return f;
}

Finding declared_finding(const CheckContext& ctx, const Target& target, NodeId node, std::string variant) {
  Finding f = finding_at_node(ctx, node, node_path(ctx.yaml(), node), std::move(variant));
  const std::string field = ctx.yaml().scalar(ctx.yaml().node(node).key);
  f.args["field"] = field;
  f.args["path"] = target.path + "." + field;
  f.args["env"] = target.env;
  return f;
}

}  // namespace lint
