// Path strings: normal_path and normal_join agree with std::filesystem's lexically_normal on plain
// and tricky paths, and identity() with fs::absolute, so the fast path never changes a name.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "lint/core/file_paths.h"
#include "lint/engine/discovery.h"

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kPaths{
    "a",      "a/b.yaml", "/abs/x.md", "texts/samtykke.nb.md", ".",      "..",   "./a",     "a/./b", "a/../b",
    "a//b",   "a/b/",     "/",         "//a",                  "a/..",   "a/.",  "../a/b",  "/..",   "/a/../../b",
    "a/b/..", ".hidden",  "a/.b/c",    "..a/b..",              "a/...",  "",     "x/./",    "/a//b/", "æøå/ü.md"};

}  // namespace

TEST_CASE("file paths: plain paths are recognised, the others are not") {
  CHECK(lint::plainly_normal("a/b.yaml"));
  CHECK(lint::plainly_normal("/abs/x.md"));
  CHECK(lint::plainly_normal("..a/b.."));
  CHECK_FALSE(lint::plainly_normal(""));
  CHECK_FALSE(lint::plainly_normal("/"));
  CHECK_FALSE(lint::plainly_normal("a//b"));
  CHECK_FALSE(lint::plainly_normal("a/./b"));
  CHECK_FALSE(lint::plainly_normal("a/../b"));
  CHECK_FALSE(lint::plainly_normal("a/b/"));
  CHECK_FALSE(lint::plainly_normal("./a"));
}

TEST_CASE("file paths: normal_path and normal_join are std::filesystem's lexically_normal") {
  for (const std::string& p : kPaths) {
    CAPTURE(p);
    CHECK(lint::normal_path(p) == fs::path(p).lexically_normal().string());
    for (const std::string& base : kPaths) {
      CAPTURE(base);
      CHECK(lint::normal_join(base, p) == (fs::path(base) / p).lexically_normal().string());
    }
  }
}

TEST_CASE("file paths: identity is the absolute, lexically normal path") {
  for (const std::string& p : kPaths) {
    CAPTURE(p);
    std::error_code ec;
    const fs::path absolute = fs::absolute(p, ec);  // "" has no absolute form: it stays as it is
    CHECK(lint::identity(p) == (ec ? fs::path(p) : absolute).lexically_normal().string());
    CHECK(lint::identity(p, lint::working_directory()) == lint::identity(p));  // the working directory asked once
    if (!p.empty()) CHECK(lint::identity(p, "/srv/./a/../b") == (fs::path("/srv/b") / p).lexically_normal().string());
  }
}
