/// The starter repository `dsoplint init` writes, embedded at build time from starter/.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace lint {

/// One file of the starter: its path relative to the folder it is written into, and its bytes.
struct StarterFile {
  std::string path;
  std::string text;
};

/// Every file under starter/ (config, consent request template, consent texts), sorted by path.
const std::vector<StarterFile>& starter_files();

/// `dsoplint init [DIR]`: writes the starter files into `dir` (created if missing) and prints
/// each path it wrote. Writes nothing when any of them exists, naming each; returns 0 or 2.
int init_repository(const std::string& dir, std::ostream& out, std::ostream& err);

}  // namespace lint
