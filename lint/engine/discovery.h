/// Turns inputs into jobs: a folder yields its configs (or, without one, its documents), and a
/// path named twice is linted once.
#pragma once

#include <string>
#include <vector>

#include "lint/engine/options.h"

namespace lint {

/// One job to run: a file to read, or a text given on standard input under a name.
struct JobSpec {
  std::string path;
  const std::string* text = nullptr;  // the standard-input text, when the input came from there
};

/// The jobs for the inputs, in input order (a folder's files sorted by path). `inputs` must
/// outlive the returned specs, which point at its standard-input texts.
std::vector<JobSpec> plan_jobs(const std::vector<Input>& inputs);

}  // namespace lint
