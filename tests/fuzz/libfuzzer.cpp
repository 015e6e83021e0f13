// libFuzzer entry points (clang -fsanitize=fuzzer): FUZZ_TARGET selects lint_yaml, load_rules or lint_text.
#include <cstddef>
#include <cstdint>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lint::fuzz::FUZZ_TARGET(bytes);
  return 0;
}
