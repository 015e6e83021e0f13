// read_file: stat first, refuse non-regular files, read at most the limit.
#include "lint/core/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lint {

namespace {

std::string describe_type(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string mib(std::size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

}  // namespace

std::variant<std::string, ReadFailure> read_file(const std::string& path, std::size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) return ReadFailure{ReadFailure::Kind::Missing, "no such file"};
    return ReadFailure{ReadFailure::Kind::Unreadable, std::strerror(err)};
  }
  if (!S_ISREG(st.st_mode)) return ReadFailure{ReadFailure::Kind::NotRegular, describe_type(st.st_mode)};
  if (static_cast<std::size_t>(st.st_size) > max_bytes)
    return ReadFailure{ReadFailure::Kind::TooLarge,
                       mib(static_cast<std::size_t>(st.st_size)) + "; the limit is " + mib(max_bytes)};
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return ReadFailure{ReadFailure::Kind::Unreadable, std::strerror(errno)};
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      return ReadFailure{ReadFailure::Kind::Unreadable, why};
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(got);
  return bytes;
}

std::string read_failure_text(const ReadFailure& f) {
  switch (f.kind) {
    case ReadFailure::Kind::Missing:
      return "does not exist";
    case ReadFailure::Kind::NotRegular:
      return "is not a regular file (" + f.detail + ")";
    case ReadFailure::Kind::TooLarge:
      return "is larger than the size limit (" + f.detail + ")";
    case ReadFailure::Kind::Unreadable:
      return "cannot be read (" + f.detail + ")";
  }
  return "cannot be read";
}

}  // namespace lint
