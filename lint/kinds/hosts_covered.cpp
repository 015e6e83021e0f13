// Kind `hosts-covered`: a list of host names (firewall openings) covers the host of every URL named in options.
#include <algorithm>

#include "lint/core/strings.h"
#include "lint/core/url.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/leave_to.h"

namespace lint {

namespace {

// An allow-list entry as a lower-case host: a URL's host, or the text without a port or trailing dot.
std::string entry_host(const std::string& entry) {
  std::string host = url_host(entry);
  if (host.empty()) {
    host = ascii_lower(entry);
    host = host.substr(0, host.find_first_of(":/"));
  }
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

// `*.example.no` covers any name below example.no; other entries cover exactly their host.
bool covers(const std::string& entry, const std::string& host) {
  if (entry.rfind("*.", 0) == 0) {
    const std::string suffix = entry.substr(1);
    return host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0;
  }
  return entry == host;
}

class HostsCoveredCheck final : public Check {
 public:
  HostsCoveredCheck(std::vector<std::string> urls, LeaveTo leave_to)
      : m_urls(std::move(urls)), m_leave_to(std::move(leave_to)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    if (!y.is_sequence(target.node)) return;  // not given (or not a list): nothing to compare
    std::vector<std::string> entries;
    for (NodeId item : y.node(y.resolve(target.node)).children)
      if (y.is_scalar(item)) entries.push_back(entry_host(y.scalar(item)));
    std::vector<std::string> missing;
    for (const auto& path : m_urls) {
      const NodeId url = lookup_path(y, with_env(path, target.env));
      const std::string host = url_host(y.scalar(url));
      if (host.empty() || std::find(missing.begin(), missing.end(), host) != missing.end()) continue;
      if (m_leave_to.reported(ctx, url)) continue;  // a wrong host is not asked for: fix the URL
      const bool covered =
          std::any_of(entries.begin(), entries.end(), [&](const std::string& e) { return covers(e, host); });
      if (!covered) missing.push_back(host);
    }
    if (missing.empty()) return;
    Finding f = finding_at(ctx, target);
    if (y.node(target.node).key != kNoNode) f.range = y.node(y.node(target.node).key).range;
    f.args.erase("value");
    std::string all;
    for (const auto& h : missing) all += (all.empty() ? "" : ", ") + h;
    f.args["missing"] = all;
    f.args["count"] = std::to_string(missing.size());
    out.push_back(std::move(f));
  }

 private:
  std::vector<std::string> m_urls;  // paths (with {env}) of the URLs the environment calls
  LeaveTo m_leave_to;               // rules that report a URL as the wrong one for the environment
};

}  // namespace

std::unique_ptr<Check> make_hosts_covered(Options& options, const Catalog& catalog) {
  auto urls = options.list("urls", true);
  for (const auto& u : urls)
    if (u.empty() || u.find('*') != std::string::npos)
      options.fail(options.node("urls"), "'urls' are paths to single values (with {env}, no '*'), not '" + u + "'");
  return std::make_unique<HostsCoveredCheck>(std::move(urls), LeaveTo(options, catalog));
}

}  // namespace lint
