// read_file and the CLI on hostile inputs made at test time: FIFOs, symlink loops, huge, NUL, UTF-16, lone CR.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/cli/cli.h"
#include "lint/core/files.h"

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    char tmpl[] = "/tmp/dsoplint-test-XXXXXX";
    path = ::mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return path / name;
  }
};

std::pair<int, std::string> lint_file(const fs::path& p) {
  const std::string path = p.string();
  const char* argv[] = {"dsoplint", "--today", "2026-11-27", path.c_str()};
  std::ostringstream out, err;
  const int rc = lint::run_cli(4, argv, out, err);
  return {rc, out.str() + err.str()};
}

}  // namespace

TEST_CASE("files: a FIFO, a symlink loop and a directory are refused without blocking") {
  TempDir dir;
  REQUIRE(::mkfifo((dir.path / "fifo.yaml").c_str(), 0600) == 0);
  fs::create_symlink(dir.path / "b", dir.path / "a");
  fs::create_symlink(dir.path / "a", dir.path / "b");
  const auto start = std::chrono::steady_clock::now();
  auto fifo = lint::read_file((dir.path / "fifo.yaml").string(), 1024);
  auto loop = lint::read_file((dir.path / "a").string(), 1024);
  auto folder = lint::read_file(dir.path.string(), 1024);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  REQUIRE(std::holds_alternative<lint::ReadFailure>(fifo));
  CHECK(std::get<lint::ReadFailure>(fifo).detail == "a FIFO");
  CHECK(std::get<lint::ReadFailure>(loop).kind == lint::ReadFailure::Kind::Unreadable);
  CHECK(std::get<lint::ReadFailure>(folder).detail == "a directory");
  CHECK(lint_file(dir.path / "fifo.yaml").second.find("DSOP006") != std::string::npos);
}

TEST_CASE("files: a file over the size limit is not read") {
  TempDir dir;
  const auto p = dir.write("big.yaml", std::string(2048, 'a'));
  auto r = lint::read_file(p.string(), 1024);
  REQUIRE(std::holds_alternative<lint::ReadFailure>(r));
  CHECK(std::get<lint::ReadFailure>(r).kind == lint::ReadFailure::Kind::TooLarge);
}

TEST_CASE("files: hostile content ends in one diagnostic") {
  TempDir dir;
  auto [name, bytes, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"nul.yaml", std::string("a: 1\0b: 2\n", 10),
       "dsop-cli:1:5: error: not well-formed YAML: control character 0x00"},
      {"utf16.yaml",
       std::string("\xFF\xFE"
                   "a\0:\0 \0"
                   "1\0",
                   10),
       "the file is UTF-16"},
      {"latin1.yaml", "navn: bl\xE5\n", "not valid UTF-8: byte 0xE5 at offset 8"},
      {"deep.yaml", std::string(100000, '['), "input limit reached"},
  }));
  const auto p = dir.write(name, bytes);
  const auto [rc, out] = lint_file(p);
  CHECK(rc == 1);
  std::string shown = expected;
  if (shown.rfind("dsop-cli:", 0) == 0) shown = p.string() + shown.substr(8);
  INFO(out);
  CHECK(out.find(shown) != std::string::npos);
}

TEST_CASE("files: CRLF and lone CR keep positions right") {
  TempDir dir;
  auto [name, bytes] = GENERATE(table<std::string, std::string>({
      {"crlf.yaml", "a: 1\r\nversion: 1\r\nservice: s\r\ninstitution: {name: B, orgnr: '910000005'}\r\n"},
      {"cr.yaml", "a: 1\rversion: 1\rservice: s\rinstitution: {name: B, orgnr: '910000005'}\r"},
  }));
  const auto p = dir.write(name, bytes);
  const auto [rc, out] = lint_file(p);
  CHECK(out.find(p.string() + ":4:32: error: organisation number '910000005'") != std::string::npos);
}
