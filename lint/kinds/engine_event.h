/// Kind `engine`: names a finding the engine itself makes (syntax, duplicate key, limits, files,
/// suppression comments).
#pragma once

#include <memory>
#include <string>

#include "lint/ruleset/check.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

class EngineEventCheck final : public Check {
 public:
  explicit EngineEventCheck(std::string event) : m_event(std::move(event)) {}
  static std::unique_ptr<Check> make(Options& options, const Catalog& catalog);
  void run(const CheckContext&, const Target&, std::vector<Finding>&) const override {}
  std::string_view engine_event() const override { return m_event; }

 private:
  std::string m_event;
};

}  // namespace lint
