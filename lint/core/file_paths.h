/// File system paths as strings, made lexically normal without std::filesystem where they already are.
#pragma once

#include <string>
#include <string_view>

namespace lint {

/// Whether `path` is already lexically normal and plain: not empty, no empty, `.` or `..`
/// component, no trailing `/`, and not the root alone. Such a path normalises to itself.
bool plainly_normal(std::string_view path);

/// std::filesystem::path(path).lexically_normal(), as a string.
std::string normal_path(const std::string& path);

/// (std::filesystem::path(base) / rel).lexically_normal(), as a string.
std::string normal_join(const std::string& base, const std::string& rel);

}  // namespace lint
