/// The error of a bad invocation: printed as `dsoplint: error: …`, exit code 2.
#pragma once

#include <stdexcept>

namespace lint {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace lint
