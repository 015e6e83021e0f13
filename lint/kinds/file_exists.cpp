// Kind `file-exists`: a path value names a file that exists, relative to the document's folder.
#include <filesystem>

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

namespace fs = std::filesystem;

class FileExistsCheck final : public Check {
 public:
  explicit FileExistsCheck(bool report_missing) : m_report_missing(report_missing) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    const bool absent = target.node == kNoNode || y.node(y.resolve(target.node)).kind == NodeKind::Null ||
                        (y.is_scalar(target.node) && y.scalar(target.node).empty());
    if (absent) {
      if (m_report_missing && target.parent != kNoNode) out.push_back(finding_at(ctx, target, "missing"));
      return;
    }
    if (!y.is_scalar(target.node)) return;  // not a path: the value-type rule's concern
    const std::string& value = y.scalar(target.node);
    if (value.rfind("${", 0) == 0) return;  // a reference resolved elsewhere: nothing to look at
    const fs::path resolved = (fs::path(ctx.doc.base_dir) / value).lexically_normal();
    std::error_code ec;
    // A path that exists but is not a readable regular file is the file-unreadable rule's concern.
    if (fs::exists(resolved, ec) || ec) return;
    Finding f = finding_at(ctx, target);
    f.args["resolved"] = resolved.string();
    out.push_back(std::move(f));
  }

 private:
  bool m_report_missing;
};

}  // namespace

std::unique_ptr<Check> make_file_exists(Options& options, const Catalog&) {
  return std::make_unique<FileExistsCheck>(options.flag("report_missing", false));
}

}  // namespace lint
