#!/usr/bin/env bash
# Runs each libFuzzer target (fuzz_<target> in BUILD/tests) for SECONDS, from seed corpora made of
# the samples, the fixtures, the rule pack, the YAML test suite and the CA certificates. A crash,
# leak, timeout or out-of-memory input is copied to tests/fuzz/regressions/<target>/ and fails the run.
set -uo pipefail
build=$1 seconds=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$root/../shared/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seed() {  # target, then find(1) arguments naming seed files
  local target=$1; shift
  mkdir -p "$work/$target"
  find "$@" -type f -size -256k 2>/dev/null | while read -r f; do cp "$f" "$work/$target/$(echo "$f" | md5sum | cut -c1-16)"; done
  cp "$root/tests/fuzz/regressions/$target/"* "$work/$target/" 2>/dev/null || true
}
seed lint_yaml "$root/samples" "$root/tests/fixtures" "$shared/yaml-test-suite" \( -name '*.yaml' -o -name '*.json' -o -name in.yaml \)
seed lint_text "$root/samples" "$root/tests/fixtures" -name '*.md'
seed read_certs "$shared/ca-certificates" -name '*.pem'
seed load_rules "$root/rules" -name '*.yaml'

declare -A dict=([lint_yaml]=yaml [lint_text]=text [read_certs]=certs [load_rules]=yaml)
status=0
for target in lint_yaml lint_text read_certs load_rules; do
  bin=$build/tests/fuzz_$target
  [ -x "$bin" ] || { echo "fuzz_$target: not built (configure with -DDSOPLINT_LIBFUZZER=ON and clang)"; status=1; continue; }
  mkdir -p "$work/artifacts-$target"
  echo "== fuzz_$target for ${seconds}s ($(ls "$work/$target" | wc -l) seeds)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$bin" "$work/$target" -dict="$root/tests/fuzz/dict/${dict[$target]}.dict" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts-$target/" > "$work/$target.log" 2>&1
  rc=$?
  grep -E "^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|Done [0-9]+ runs" "$work/$target.log" | tr '\n' ' '; echo
  if [ $rc != 0 ] || [ -n "$(ls "$work/artifacts-$target")" ]; then
    echo "fuzz_$target FAILED (exit $rc); inputs kept in tests/fuzz/regressions/$target/:"
    grep -A25 "ERROR:\|==ERROR\|runtime error" "$work/$target.log" | head -40
    mkdir -p "$root/tests/fuzz/regressions/$target"
    cp "$work/artifacts-$target/"* "$root/tests/fuzz/regressions/$target/" 2>/dev/null
    status=1
  fi
done
exit $status
