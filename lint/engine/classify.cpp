// Document kind recognition.
#include "lint/engine/classify.h"

#include <cstdio>
#include <filesystem>

namespace lint {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The document's top level holds at least `recognise_by_fields` of the schema's top-level fields,
// and more of them than other keys (so a template that lacks its recognition keys is still one).
bool has_fields_of(const YamlDocument& y, NodeId root, const Schema& schema) {
  if (schema.recognise_by_fields == 0) return false;
  std::size_t known = 0, other = 0;
  for (auto [k, v] : y.entries(root)) (schema.root.field(y.scalar(k)) ? known : other) += 1;
  return known >= schema.recognise_by_fields && known > other;
}

}  // namespace

const std::vector<std::string>& config_file_names() {
  static const std::vector<std::string> kNames = {"dsop.yaml", "dsop.yml", ".dsop.yaml"};
  return kNames;
}

DocKind kind_from_name(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  for (const std::string& config : config_file_names())
    if (name == config) return DocKind::Config;
  for (const char* ext : {".md", ".txt", ".markdown"})
    if (ends_with(name, ext)) return DocKind::Text;
  return DocKind::Yaml;
}

bool certificate_name(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  for (const char* cert : {".pem", ".crt", ".cer", ".der", ".p12", ".pfx", ".key"})
    if (ext == cert) return true;
  return false;
}

DocKind classify(const YamlDocument& y, DocKind hint, const Catalog& catalog) {
  const NodeId root = y.root();
  if (!y.is_mapping(root)) return hint;
  if (y.get(root, "version") != kNoNode && y.get(root, "service") != kNoNode) return DocKind::Config;
  for (const auto& schema : catalog.schemas())
    for (const std::string& key : schema->recognise_by)
      if (y.get(root, key) != kNoNode) return DocKind::Template;
  for (const auto& schema : catalog.schemas())
    if (has_fields_of(y, root, *schema)) return DocKind::Template;
  return hint;
}

std::optional<std::size_t> first_forbidden_control(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
  }
  return std::nullopt;
}

std::string byte_hex(char byte) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(byte)));
  return buf;
}

}  // namespace lint
