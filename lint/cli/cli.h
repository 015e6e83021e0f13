/// The command line: parses flags, loads rules, lints, writes reports and returns the exit code.
#pragma once

#include <iosfwd>

namespace lint {

/// Exit codes (PRODUCT.md): 0 clean, 1 findings at or above --fail-on, 2 usage or rule-file error, 3 internal error.
enum ExitCode { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitInternal = 3 };

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace lint
