#!/usr/bin/env bash
# Benchmark: dsoplint beside yamllint, Spectral and the floors (cat, our YAML parse, ICU) on generated bank repositories.
#
# Usage: tests/bench/run.sh [N...]      (default: 1000 10000 repositories; RUNS=3 runs per contender)
#
# For each N it writes one corpus (tests/bench/make_corpus.sh: N repositories of 6 linted files)
# into a temporary folder, removed on exit, then times every contender RUNS times, round-robin
# (run 1 of each, then run 2 of each, ...), with GNU time: wall, CPU (user + sys), peak RSS. It
# prints one table of medians per N. It installs what it lacks when it can (yamllint and GNU time
# with apt-get, Spectral with npm into tests/bench/.node) and otherwise says what it skips and why.
# Exit code 1 of a linter means findings; above 1 is a broken run: reported, and the script fails.
# BUILD (default: build) is the CMake build folder; dsoplint and parse_bench are built in it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$root/build}
runs=${RUNS:-3}
today=2026-12-02
if [ $# -eq 0 ]; then set -- 1000 10000; fi
for n in "$@"; do
  if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: run.sh [N...] (N: number of repositories)" >&2
    exit 2
  fi
done

# --- tools -----------------------------------------------------------------------------------
can_apt() { command -v apt-get > /dev/null && [ "$(id -u)" -eq 0 ]; }
if ! command -v yamllint > /dev/null && can_apt; then
  echo "installing yamllint (apt-get) ..."
  apt-get install -y -qq yamllint > /dev/null 2>&1 || echo "apt-get install yamllint failed"
fi
if ! /usr/bin/time -f %e true > /dev/null 2>&1 && can_apt; then
  echo "installing GNU time (apt-get) ..."
  apt-get install -y -qq time > /dev/null 2>&1 || echo "apt-get install time failed"
fi
spectral="$root/tests/bench/.node/node_modules/.bin/spectral"
if [ ! -x "$spectral" ] && command -v npm > /dev/null; then
  echo "installing Spectral (npm, into tests/bench/.node) ..."
  npm install --silent --prefix "$root/tests/bench/.node" @stoplight/spectral-cli > /dev/null 2>&1 ||
    echo "npm install @stoplight/spectral-cli failed"
fi
skipped=()
have_yamllint=1 have_spectral=1 have_gnu_time=1
command -v yamllint > /dev/null || { have_yamllint=0; skipped+=("yamllint: not installed (no apt-get as root)"); }
[ -x "$spectral" ] || { have_spectral=0; skipped+=("spectral: not installed (npm missing or the install failed)"); }
/usr/bin/time -f %e true > /dev/null 2>&1 ||
  { have_gnu_time=0; skipped+=("peak RSS: GNU time missing, wall and CPU from bash's time"); }

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
fi
cmake --build "$build" --target dsoplint parse_bench > /dev/null
dsoplint="$build/lint/dsoplint"
parse_bench="$build/tests/bench/parse_bench"

# --- machine ---------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2> /dev/null || true)
echo "machine: $(nproc) cores, ${cpu_model:-unknown CPU}, $(uname -sr), $(awk '{ printf "%.1f GB RAM", $2 / 1048576; exit }' /proc/meminfo)"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
echo "tools:   $("$dsoplint" --version 2>&1 | head -n 1) (${build_type:-default} build, $("${compiler:-c++}" --version 2>&1 | head -n 1))"
yamllint_python=$(head -n 1 "$(command -v yamllint)" | sed -n 's/^#! *\([^ ]*\).*/\1/p')
[ "$have_yamllint" -eq 1 ] && echo "         $(yamllint --version 2>&1), $("${yamllint_python:-python3}" --version 2>&1)"
[ "$have_spectral" -eq 1 ] && echo "         spectral $("$spectral" --version 2>&1), node $(node --version 2>&1)"
gnu_time_version=$(dpkg-query -W -f '${Version}' time 2> /dev/null || /usr/bin/time --version 2>&1 | head -n 1)
[ "$have_gnu_time" -eq 1 ] && echo "         GNU time $gnu_time_version, $(ld.so --version 2> /dev/null | head -n 1 || true)"
echo "load:    $(uptime)"
for s in "${skipped[@]}"; do echo "skipped: $s"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/dsoplint-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$root/tests/bench/spectral-ruleset.yaml" "$work/ruleset.yaml"

# measure NAME CMD...: one run; appends "name wall cpu rss_kb rc" (tab-separated) to $work/results.
measure() {
  local name=$1 rc=0 wall user sys rss
  shift
  if [ "$have_gnu_time" -eq 1 ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/out" 2> "$work/err" || rc=$?
    # GNU time writes "Command exited with non-zero status N" first when the command fails.
    read -r wall user sys rss < <(tail -n 1 "$work/time")
  else
    local TIMEFORMAT='%R %U %S'
    { time "$@" > "$work/out" 2> "$work/err" || rc=$?; } 2> "$work/time"
    read -r wall user sys < "$work/time"
    rss=-
  fi
  if [ "$rc" -gt 1 ]; then
    echo "BROKEN: $name exited with $rc:" >&2
    head -n 5 "$work/err" >&2
    broken=1
  fi
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v c="$rc" \
    'BEGIN { printf "%s\t%s\t%.2f\t%s\t%s\n", n, w, u + s, r, c }' >> "$work/results"
}

broken=0
declare -A summary
for n in "$@"; do
  corpus="$work/corpus-$n"
  bash "$root/tests/bench/make_corpus.sh" "$n" "$corpus"
  cd "$corpus"
  configs=()
  while IFS= read -r f; do configs+=("$f"); done < <(find . -name dsop.yaml | sort)
  find . \( -name '*.yaml' -o -name '*.json' -o -name '*.md' \) -type f | sort > "$work/linted-files"
  files=$(wc -l < "$work/linted-files")
  templates_and_configs=$(grep -c -E '\.(yaml|json)$' "$work/linted-files")
  texts=$(grep -c -E '\.md$' "$work/linted-files")
  : > "$work/results"
  contenders=("dsoplint --jobs 1" "dsoplint (--jobs $(nproc))")
  [ "$have_yamllint" -eq 1 ] && contenders+=("yamllint (default config)")
  [ "$have_spectral" -eq 1 ] && contenders+=("spectral lint (16 rules)")
  contenders+=("floor: cat" "floor: our YAML parse" "floor: ICU word breaks")
  for r in $(seq 1 "$runs"); do
    for c in "${contenders[@]}"; do
      case $c in
        "dsoplint --jobs 1") measure "$c" "$dsoplint" --today "$today" --color never --jobs 1 . ;;
        "dsoplint (--jobs"*) measure "$c" "$dsoplint" --today "$today" --color never . ;;
        yamllint*) measure "$c" yamllint "${configs[@]}" ;;
        spectral*) measure "$c" "$spectral" lint --ruleset "$work/ruleset.yaml" "${configs[@]}" ;;
        "floor: cat") measure "$c" xargs -a "$work/linted-files" cat ;;
        "floor: our YAML"*) measure "$c" "$parse_bench" --floor yaml . ;;
        "floor: ICU"*) measure "$c" "$parse_bench" --floor icu . ;;
      esac
      if [ "$r" -eq 1 ] && [[ $c == "dsoplint --jobs 1" ]]; then dsoplint_summary=$(tail -n 1 "$work/out"); fi
    done
  done
  cd "$root"
  rm -rf "$corpus"

  echo
  echo "== $n repositories: $files linted files ($n configs, $((templates_and_configs - n)) templates, $texts texts), median of $runs runs"
  echo "   dsoplint's findings: $dsoplint_summary; load after: $(uptime | sed 's/.*load average/load average/')"
  # Per contender: the files it handles, then medians, files/s and the ratios.
  for c in "${contenders[@]}"; do
    case $c in
      dsoplint* | "floor: cat") handled=$files ;;
      yamllint* | spectral*) handled=$n ;;
      "floor: our YAML"*) handled=$templates_and_configs ;;
      "floor: ICU"*) handled=$texts ;;
    esac
    awk -F'\t' -v c="$c" -v h="$handled" '
        $1 == c { k++; w[k] = $2; u[k] = $3; r[k] = $4; if ($5 > 1) bad = 1 }
        function med(a, k,   i, j, t) {
          for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
          return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
        }
        END { printf "%s\t%.3f\t%.2f\t%s\t%d\t%s\n", c, med(w, k), med(u, k), (r[1] == "-" ? "-" : sprintf("%.1f", med(r, k) / 1024)), h, bad ? "BROKEN" : "" }' "$work/results"
  done > "$work/medians"
  awk -F'\t' '
    NR == FNR { wall[$1] = $2; cpu[$1] = $3; if ($1 ~ /^dsoplint \(/) dwall = $2; if ($1 == "dsoplint --jobs 1") dcpu = $3; next }
    FNR == 1 {
      printf "%-26s %10s %10s %10s %10s %10s %10s\n", "contender", "wall s", "CPU s", "RSS MB", "files/s", "wall/dsop", "CPU/dsop1"
    }
    {
      fps = ($2 > 0) ? sprintf("%.0f", $5 / $2) : "-"
      printf "%-26s %10.3f %10.2f %10s %10s %9.2fx %9.2fx%s\n", $1, $2, $3, $4, fps, $2 / dwall, (dcpu > 0 ? $3 / dcpu : 0), ($6 == "" ? "" : " " $6)
      if ($1 ~ /^floor/) floor += $3
    }
    END { if (floor > 0) printf "dsoplint vs floor: dsoplint --jobs 1 CPU / sum of the floors CPU = %.2f / %.2f = %.2fx\n", dcpu, floor, dcpu / floor }
  ' "$work/medians" "$work/medians"
  summary[$n]=$(awk -F'\t' '$1 == "dsoplint --jobs 1" { c = $3 } $1 ~ /^dsoplint \(/ { w = $2 } END { print c, w }' "$work/medians")
done

if [ -n "${summary[1000]:-}" ] && [ -n "${summary[10000]:-}" ]; then
  read -r c1 w1 <<< "${summary[1000]}"
  read -r c10 w10 <<< "${summary[10000]}"
  awk -v c1="$c1" -v w1="$w1" -v c10="$c10" -v w10="$w10" 'BEGIN {
    printf "\n10k/1k: dsoplint --jobs 1 CPU %.1fx, dsoplint default wall %.1fx (10x the input)\n", c10 / c1, w10 / w1 }'
fi
if [ "$broken" -ne 0 ]; then
  echo "some runs were broken (exit code above 1); see above" >&2
  exit 1
fi
