// Kind certificate-validity (CERT006): expired, not yet valid, expiring within the warning window; file or declared.
#include <catch2/catch.hpp>

#include "kind_cert_support.h"

using namespace cert_tests;

namespace {

const std::string kOptions = "{warn_within_days: 60}";

std::string valid(const std::string& from, const std::string& to) {
  return write(prod_ca().issue(valid_between(from, to)));
}

}  // namespace

TEST_CASE("kind certificate-validity: a certificate file against --today 2026-11-27") {
  static const std::string fine = valid("2025-01-01", "2028-01-01");
  static const std::string expired = valid("2023-01-01", "2026-01-01");
  static const std::string expired_yesterday = valid("2023-01-01", "2026-11-26");
  static const std::string last_day = valid("2023-01-01", "2026-11-27");
  static const std::string not_yet = valid("2026-11-28", "2029-11-28");
  static const std::string starts_today = valid("2026-11-27", "2029-11-27");
  static const std::string in_60_days = valid("2024-01-26", "2027-01-26");
  static const std::string in_61_days = valid("2024-01-27", "2027-01-27");
  static const std::string garbage = write("garbage");
  auto [file, expected] = GENERATE_REF(table<std::string, Findings>({
      {fine, {}},
      {expired, {"8:13 expired"}},
      {expired_yesterday, {"8:13 expired"}},
      {last_day, {"8:13 soon"}},  // valid on its last day, and expiring within 60 days
      {not_yet, {"8:13 not-yet-valid"}},
      {starts_today, {}},
      {in_60_days, {"8:13 soon"}},
      {in_61_days, {}},
      {garbage, {}},  // CERT001's concern
  }));
  INFO(file);
  CHECK(run("certificate-validity", kOptions, config("prod", {"file: " + file, "expires: 2030-01-01"})) == expected);
}

TEST_CASE("kind certificate-validity: the declared expiry date") {
  auto [expires, expected] = GENERATE(table<std::string, Findings>({
      {"2028-03-01", {}},
      {"2026-11-26", {"8:16 declared-expired"}},
      {"2026-11-27", {"8:16 declared-soon"}},
      {"2027-01-26", {"8:16 declared-soon"}},
      {"2027-01-27", {}},
      {"2027-02-30", {}},  // malformed: DSOP005's concern
      {"soon", {}},
  }));
  INFO(expires);
  CHECK(run("certificate-validity", kOptions, config("prod", {"expires: " + expires})) == expected);
}

TEST_CASE("kind certificate-validity: the warning window is an option") {
  static const std::string in_30_days = valid("2024-01-01", "2026-12-27");
  CHECK(run("certificate-validity", "{warn_within_days: 30}", config("prod", {"file: " + in_30_days})) ==
        Findings{"8:13 soon"});
  CHECK(run("certificate-validity", "{warn_within_days: 29}", config("prod", {"file: " + in_30_days})).empty());
  using lint::testing::load_error;
  using lint::testing::rule;
  CHECK_THAT(load_error(rule("certificate-validity", "{}")), Catch::Contains("warn_within_days"));
  CHECK_THAT(load_error(rule("certificate-validity", "{warn_within_days: 1.5}")), Catch::Contains("whole number"));
}
