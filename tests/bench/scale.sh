#!/usr/bin/env bash
# Benchmark: dsoplint on large single files (a 100,000-key mapping, a 10 MB single-line JSON object,
# deep block nesting, a long line of tagged flow scalars, a minified consent request template with
# 20,000 secrets on its one line): wall and CPU time and peak memory of each.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$root/build}
dir=$(mktemp -d /tmp/dsoplint-scale-XXXXXX)
trap 'rm -rf "$dir"' EXIT
cmake --build "$build" --target dsoplint > /dev/null

# 100,000 lines "k000000: v00000" (1.6 MB); the last key repeats k050000.
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "k%06d: v%05d\n", (i == 99999 ? 50000 : i), i }' > "$dir/wide.yaml"
# One line of 10 MB: numbers, strings, booleans, nulls, arrays and objects as values.
awk 'BEGIN {
  printf "{"; size = 1
  for (i = 0; size < 10000000; i++) {
    k = i % 6
    if (k == 0) v = i; else if (k == 1) v = "\"a longer text " i " with \\\"escapes\\\" in it, as a value\""
    else if (k == 2) v = (i % 4 == 0 ? "true" : "false"); else if (k == 3) v = "null"
    else if (k == 4) v = "[" i ", -1.5e3, \"x\"]"; else v = "{\"n\": " i ", \"ok\": true}"
    entry = sprintf("%s\"key%07d\": %s", (i ? ", " : ""), i, v)
    printf "%s", entry; size += length(entry)
  }
  print "}"
}' > "$dir/object.json"
# 5,000 nested block sequences on one line, and 4,500 nested block mappings (one space deeper each).
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "- "; print "x" }' > "$dir/deep-sequences.yaml"
awk 'BEGIN { s = ""; for (i = 0; i < 4500; i++) { print s "a:"; s = s " " } print s "x: 1" }' > "$dir/deep-mappings.yaml"
# 50,000 tagged and anchored values in one flow mapping on one line (1.2 MB).
awk 'BEGIN { printf "{"; for (i = 0; i < 50000; i++) printf "k%d: !!str &a%d v, ", i, i; print "k7: *a7}" }' > "$dir/tags.yaml"
# A minified consent request template (0.7 MB on one line) with 20,000 bearer tokens: 20,000
# findings that share the line, each masking all the tokens.
awk 'BEGIN { printf "{\"consentRights\": []"; for (i = 0; i < 20000; i++) printf ", \"h%d\": \"Bearer Zq8hemmelig%d\"", i, i; print "}" }' \
  > "$dir/secrets.json"

printf '%-20s %9s %9s %9s  %s\n' file size wall cpu "peak memory, first line of output"
for f in wide.yaml object.json deep-sequences.yaml deep-mappings.yaml tags.yaml secrets.json; do
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$build/lint/dsoplint" --fail-on never "$dir/$f" > "$dir/out" 2>&1
  read -r wall user sys kb < "$dir/time"
  awk -v f="$f" -v b="$(wc -c < "$dir/$f")" -v w="$wall" -v u="$user" -v s="$sys" -v m="$kb" \
      -v o="$(head -1 "$dir/out" | sed 's|^.*/||' | cut -c1-80)" \
      'BEGIN { printf "%-20s %7.1f MB %7.2f s %7.2f s  %d MB, %s\n", f, b / 1e6, w, u + s, m / 1024, o }'
done
