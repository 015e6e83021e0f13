// Shared by the kind_cert_* tests: test CAs made once, certificate files in a temporary folder, configs around them.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lint/cli/cli.h"
#include "tests/support/kind_harness.h"
#include "tests/support/test_certs.h"

namespace cert_tests {

namespace fs = std::filesystem;
using Findings = std::vector<std::string>;
using test_certs::LeafSpec;

/// The default LeafSpec (FJORDBANKEN ASA, 923609016, valid 2025-01-01 to 2028-01-01, RSA 2048, SHA-256,
/// serial 1234) with other dates, serial, subject, key or digest.
inline LeafSpec valid_between(const std::string& from, const std::string& to, long serial = 0x1234) {
  LeafSpec s;
  s.not_before = from;
  s.not_after = to;
  s.serial = serial;
  return s;
}
inline LeafSpec with_subject(test_certs::Subject subject) {
  LeafSpec s;
  s.subject = std::move(subject);
  return s;
}
inline LeafSpec with_key(test_certs::KeySpec key, test_certs::Digest digest = test_certs::Digest::Sha256) {
  LeafSpec s;
  s.key = std::move(key);
  s.digest = digest;
  return s;
}

/// One test CA per real CA file (relative to ca-certificates/), made once per test binary: RSA key
/// generation is slow under sanitizers.
inline const test_certs::TestCa& ca(const std::string& relative) {
  static std::map<std::string, test_certs::TestCa> cas;
  auto it = cas.find(relative);
  if (it == cas.end()) it = cas.emplace(relative, test_certs::TestCa("ca-certificates/" + relative)).first;
  return it->second;
}
inline const test_certs::TestCa& test_ca() { return ca("test/BPCl3CaG2STBS.pem"); }
inline const test_certs::TestCa& prod_ca() { return ca("prod/BPCl3CaG2STBS.pem"); }

/// This test binary's folder for certificate files and configs, removed when the binary ends.
inline const std::string& folder() {
  struct Folder {
    std::string path;
    Folder() {
      path = (fs::temp_directory_path() / ("dsoplint-cert-test-" + std::to_string(::getpid()))).string();
      fs::create_directories(path);
    }
    ~Folder() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  };
  static const Folder f;
  return f.path;
}

/// Writes `bytes` to a new file in folder() and returns its name. Every file gets its own name,
/// so no test sees another's file through the CERT kinds' cache.
inline std::string write(const std::string& bytes, const std::string& extension = ".pem") {
  static int count = 0;
  const std::string name = "cert-" + std::to_string(++count) + extension;
  std::ofstream(fs::path(folder()) / name, std::ios::binary) << bytes;
  return name;
}

/// A config whose `environments.<env>.certificate` holds `lines` from line 8 on (column 7), e.g.
/// {"file: cert-1.pem"} puts the file name at 8:13; {"issuer: X", "orgnr: ..."} puts the issuer's
/// value at 8:15 and the orgnr's at 9:14. The institution is 923609016, the supplier 926340786.
inline std::string config(const std::string& env, const std::vector<std::string>& lines,
                          const std::string& signer = "institution") {
  std::string s = "institution:\n  orgnr: \"923609016\"\nsupplier:\n  orgnr: \"926340786\"\nenvironments:\n  " + env +
                  ":\n    certificate:\n";
  for (const auto& l : lines) s += "      " + l + "\n";
  s += "    maskinporten:\n      auth:\n        method: virksomhetssertifikat\n        signer: " + signer + "\n";
  return s;
}

/// A rule of `kind` with `options` over environments.*.certificate, run on `document` with
/// folder() as its base folder.
inline Findings run(const std::string& kind, const std::string& options, const std::string& document,
                    const std::string& today = "2026-11-27") {
  return lint::testing::run_rule(lint::testing::rule(kind, options, "[environments.*.certificate]"), document, today,
                                 "config", folder());
}

/// The fixtures' complete, correct config (institution 910000004, one test environment) with its
/// certificate section replaced by `lines`.
inline std::string base_config(const std::vector<std::string>& lines) {
  std::string base = test_certs::read_file(test_certs::source_path("tests/fixtures/base.yaml"));
  const std::size_t begin = base.find("    certificate:\n"), end = base.find("    altinn:\n");
  std::string section = "    certificate:\n";
  for (const auto& l : lines) section += "      " + l + "\n";
  return base.substr(0, begin) + section + base.substr(end);
}

struct CliRun {
  int rc;
  std::string out;
};

/// The real dsoplint (embedded rules) on a config written to folder(), with --today and `extra` args.
inline CliRun lint_config(const std::string& config_text, const std::vector<std::string>& extra = {},
                          const std::string& today = "2026-11-27") {
  const std::string path = (fs::path(folder()) / write(config_text, ".yaml")).string();
  std::vector<std::string> args = {"dsoplint", "--today", today, "--color", "never"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(path);
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  const int rc = lint::run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
  return {rc, out.str() + err.str()};
}

/// How many times `needle` occurs in `text`.
inline std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace cert_tests
