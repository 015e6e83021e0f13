// Kind `url-policy`: an absolute URL; in strict environments no insecure scheme, localhost or private address.
#include <arpa/inet.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "lint/core/url.h"
#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"

namespace lint {

namespace {

struct Network {
  std::array<unsigned char, 16> bytes{};
  int family = AF_INET;
  int prefix = 0;
};

// An IPv4 or IPv6 address (brackets allowed) as bytes; false when `text` is not one.
bool parse_ip(std::string text, std::array<unsigned char, 16>& bytes, int& family) {
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  family = text.find(':') == std::string::npos ? AF_INET : AF_INET6;
  return inet_pton(family, text.c_str(), bytes.data()) == 1;
}

bool in_network(const std::array<unsigned char, 16>& ip, int family, const Network& net) {
  if (family != net.family) return false;
  for (int bit = 0; bit < net.prefix; ++bit) {
    const unsigned char mask = static_cast<unsigned char>(0x80 >> (bit % 8));
    if ((ip[static_cast<std::size_t>(bit / 8)] & mask) != (net.bytes[static_cast<std::size_t>(bit / 8)] & mask))
      return false;
  }
  return true;
}

class UrlPolicyCheck final : public Check {
 public:
  UrlPolicyCheck(std::vector<std::string> web, std::vector<std::string> insecure, std::vector<std::string> strict,
                 std::unique_ptr<RE2> app_scheme, std::unique_ptr<RE2> local_hosts, std::vector<Network> nets)
      : m_web(std::move(web)),
        m_insecure(std::move(insecure)),
        m_strict(std::move(strict)),
        m_app_scheme(std::move(app_scheme)),
        m_local_hosts(std::move(local_hosts)),
        m_nets(std::move(nets)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& url = ctx.yaml().scalar(target.node);
    if (has_placeholder(url)) return;
    const std::string env = target_env(ctx, target);
    Finding f = finding_at(ctx, target);
    f.args["env"] = env;
    const std::string scheme = url_scheme(url), host = url_host(url);
    f.args["scheme"] = scheme;
    f.args["host"] = host;
    const bool web = contains(m_web, scheme);
    const bool app = !web && !scheme.empty() && m_app_scheme && RE2::FullMatch(scheme, *m_app_scheme);
    const bool strict = contains(m_strict, env);
    if (scheme.empty() || (!web && !app) || (web && host.empty()))
      f.variant = "relative";
    else if (app)
      return;
    else if (strict && is_local(host))
      f.variant = "local";
    else if (contains(m_insecure, scheme))
      f.variant = strict ? "insecure" : "insecure-test";
    else
      return;
    out.push_back(std::move(f));
  }

 private:
  static bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
  }

  bool is_local(const std::string& host) const {
    if (m_local_hosts && RE2::FullMatch(host, *m_local_hosts)) return true;
    std::array<unsigned char, 16> ip{};
    int family = 0;
    if (!parse_ip(host, ip, family)) return false;
    return std::any_of(m_nets.begin(), m_nets.end(), [&](const Network& n) { return in_network(ip, family, n); });
  }

  std::vector<std::string> m_web, m_insecure, m_strict;
  std::unique_ptr<RE2> m_app_scheme, m_local_hosts;
  std::vector<Network> m_nets;
};

}  // namespace

std::unique_ptr<Check> make_url_policy(Options& options, const Catalog&) {
  auto web = options.list("web_schemes", true);
  auto insecure = options.list("insecure_schemes");
  auto strict = options.list("strict_envs");
  auto app = compile_regex(options, "app_scheme", false);
  auto local = compile_regex(options, "local_hosts", false);
  std::vector<Network> nets;
  for (const auto& cidr : options.list("private_networks")) {
    Network n;
    const std::size_t slash = cidr.find('/');
    int bits = -1;
    if (slash != std::string::npos) {
      auto [end, ec] = std::from_chars(cidr.data() + slash + 1, cidr.data() + cidr.size(), bits);
      if (ec != std::errc() || end != cidr.data() + cidr.size()) bits = -1;
    }
    if (slash == std::string::npos || !parse_ip(cidr.substr(0, slash), n.bytes, n.family) || bits < 0 ||
        bits > (n.family == AF_INET ? 32 : 128))
      options.fail(options.node("private_networks"), "'" + cidr + "' is not a network such as 10.0.0.0/8 or fc00::/7");
    n.prefix = bits;
    nets.push_back(n);
  }
  return std::make_unique<UrlPolicyCheck>(std::move(web), std::move(insecure), std::move(strict), std::move(app),
                                          std::move(local), std::move(nets));
}

}  // namespace lint
