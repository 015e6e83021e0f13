#!/usr/bin/env bash
# Microsoft's SARIF validator with GitHub's ingestion rules (sarif-multitool validate --rule-kind
# "Sarif;Gh") on the SARIF of every sample, of the clean sample alone, and of a copy whose path has
# a space and non-ASCII letters: no error and no warning. The tool comes from npm into
# tests/bench/.node (ignored by git); without npm this exits 77, which ctest reports as skipped.
set -u
bin=$1 root=$2
version=5.7.0
tool_dir=$root/tests/bench/.node
tool=$tool_dir/node_modules/.bin/sarif-multitool
if ! command -v npm > /dev/null || ! command -v node > /dev/null; then
  echo "skipped: npm is not installed, so the SARIF validator cannot be"
  exit 77
fi
installed=$(node -p "require('$tool_dir/node_modules/@microsoft/sarif-multitool/package.json').version" 2> /dev/null)
if [ ! -x "$tool" ] || [ "$installed" != "$version" ]; then
  echo "installing @microsoft/sarif-multitool@$version into $tool_dir"
  mkdir -p "$tool_dir"
  if ! npm install --prefix "$tool_dir" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$version"; then
    echo "npm could not install @microsoft/sarif-multitool@$version"
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
"$bin" --format sarif --today 2026-11-27 samples/ > "$work/samples.sarif"
"$bin" --format sarif --today 2026-11-27 samples/eksempelbanken > "$work/clean.sarif"
mkdir -p "$work/repo/Fjord bank/blåbær"
cp -R samples/broken/hosts-mixed-up/. "$work/repo/Fjord bank/blåbær/"
(cd "$work/repo" && "$bin" --format sarif --today 2026-11-27 "Fjord bank/blåbær") > "$work/odd-path.sarif"
for f in samples clean odd-path; do
  [ -s "$work/$f.sarif" ] || { echo "dsoplint wrote no SARIF for $f"; exit 1; }
done

# The tool's launcher runs it through a shell, so a list with ';' needs its own quotes.
"$tool" validate --rule-kind '"Sarif;Gh"' --level '"Error;Warning"' --output "$work/validation.sarif" \
  "$work/samples.sarif" "$work/clean.sarif" "$work/odd-path.sarif" > "$work/console.txt" 2>&1
rc=$?
cat "$work/console.txt"
[ -s "$work/validation.sarif" ] || { echo "the SARIF validator wrote no log (exit code $rc)"; exit 1; }
# Every error and warning the validator found, counted from its own SARIF log.
problems=$(node -e '
  const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const results = log.runs.flatMap(r => r.results || []);
  const bad = results.filter(r => ["error", "warning"].includes(r.level || "warning"));
  for (const r of bad) console.log((r.level || "warning") + " " + r.ruleId + " " + JSON.stringify(r.message));
  console.log(bad.length);
' "$work/validation.sarif")
echo "$problems"
count=$(echo "$problems" | tail -n 1)
if [ "$rc" != 0 ] || [ "$count" != 0 ]; then
  echo "the SARIF validator found $count errors and warnings (exit code $rc)"
  exit 1
fi
echo "3 SARIF files pass sarif-multitool $version (Sarif;Gh) with no error and no warning"
