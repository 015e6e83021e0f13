/// Reading files safely: size limit, regular files only, no blocking on FIFOs.
#pragma once

#include <string>
#include <variant>

namespace lint {

struct ReadFailure {
  enum class Kind { Missing, NotRegular, TooLarge, Unreadable } kind;
  std::string detail;  // e.g. "a directory", "12.0 MiB; the limit is 10 MiB", strerror text
};

/// Why a file could not be read, in words for a message.
std::string read_failure_text(const ReadFailure& failure);

/// The file's bytes, or why it could not be read. Never blocks on a FIFO or device.
std::variant<std::string, ReadFailure> read_file(const std::string& path, std::size_t max_bytes);

}  // namespace lint
