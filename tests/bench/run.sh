#!/usr/bin/env bash
# Benchmark: dsoplint beside yamllint and Spectral on the same N configs (default 1000), and our YAML
# layer beside YAML::Load. Installs yamllint (Debian) and Spectral (npm, into tests/bench/.node).
set -euo pipefail
n=${1:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$root/build}
corpus=$(mktemp -d /tmp/dsoplint-bench-XXXXXX)
trap 'rm -rf "$corpus"' EXIT
cd "$root"
command -v yamllint > /dev/null || apt-get install -y -qq yamllint > /dev/null
spectral="$root/tests/bench/.node/node_modules/.bin/spectral"
if [ ! -x "$spectral" ] && command -v npm > /dev/null; then
  npm install --silent --prefix "$root/tests/bench/.node" @stoplight/spectral-cli > /dev/null 2>&1 || true
fi
cmake --build "$build" --target dsoplint parse_bench > /dev/null
bash tests/bench/make_corpus.sh "$n" "$corpus"
files=$(find "$corpus" -name dsop.yaml | sort)

timed() {  # label, command... (a run that exits above 1 is a broken run, not a measurement)
  local label=$1; shift
  local start end rc=0
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || rc=$?
  end=$(date +%s.%N)
  if [ "$rc" -gt 1 ]; then echo "$label: failed with exit code $rc"; return; fi
  awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "%-58s %8.3f s\n", l, e - s }'
}

echo "corpus: $n bank repositories (config + 2 templates + 3 texts each) on $(nproc) cores"
timed "dsoplint (configs and everything they reference)" "$build/lint/dsoplint" --today 2026-11-27 "$corpus"
# shellcheck disable=SC2086
timed "yamllint (configs only)" yamllint -d relaxed $files
if [ -x "$spectral" ]; then
  printf 'extends: []\nrules:\n  version-is-one:\n    given: "$.version"\n    then: {function: truthy}\n' > "$corpus/.spectral.yaml"
  # shellcheck disable=SC2086
  timed "spectral lint (configs only, one rule)" "$spectral" lint --ruleset "$corpus/.spectral.yaml" $files
else
  echo "spectral: not installed (npm unavailable)"
fi
"$build/tests/bench/parse_bench" "$corpus"
