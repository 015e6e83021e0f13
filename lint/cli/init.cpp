// `dsoplint init`: writes the embedded starter repository, never over an existing file.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "lint/cli/cli.h"
#include "lint/cli/starter.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

// The starter files already present in `dir` (also a dangling symbolic link, or a folder).
std::vector<fs::path> existing_targets(const fs::path& dir) {
  std::vector<fs::path> found;
  for (const StarterFile& file : starter_files()) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(dir / file.path, ec))) found.push_back(dir / file.path);
  }
  return found;
}

// Creates `path` (never opening an existing one: O_EXCL) and writes `text`; "" or why it failed.
std::string write_new_file(const fs::path& path, const std::string& text) {
  std::error_code ec;
  if (!path.parent_path().empty()) fs::create_directories(path.parent_path(), ec);
  if (ec) return ec.message();
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return std::strerror(errno);
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      return why;
    }
    done += static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0 ? "" : std::strerror(errno);
}

}  // namespace

int init_repository(const std::string& dir, std::ostream& out, std::ostream& err) {
  const fs::path root(dir);  // "": the current folder, and paths printed without "./"
  std::error_code ec;
  if (!dir.empty() && fs::exists(root, ec) && !fs::is_directory(root, ec)) {
    err << "dsoplint: error: '" << root.string() << "' is not a folder; init writes nothing\n";
    return kExitUsage;
  }
  const auto existing = existing_targets(root);
  for (const fs::path& path : existing)
    err << "dsoplint: error: '" << path.string() << "' exists; init never overwrites a file\n";
  if (!existing.empty()) {
    err << "dsoplint: init wrote nothing\n";
    return kExitUsage;
  }
  for (const StarterFile& file : starter_files()) {
    const fs::path path = root / file.path;
    const std::string why = write_new_file(path, file.text);
    if (!why.empty()) {
      err << "dsoplint: error: cannot write '" << path.string() << "': " << why << '\n';
      return kExitUsage;
    }
    out << "wrote " << path.string() << '\n';
  }
  out << "Replace the example values (institution, client, certificate, URLs, texts), then run dsoplint";
  if (!dir.empty() && dir != ".") out << " in " << dir;
  out << ".\n";
  return kExitClean;
}

}  // namespace lint
