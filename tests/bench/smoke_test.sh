#!/usr/bin/env bash
# Smoke test of the benchmark corpus: 100 generated repositories give exactly the planted findings,
# the same bytes with --jobs 1 and --jobs 2, and exit code 1. No timing is asserted.
# Usage: smoke_test.sh DSOPLINT SOURCE_DIR
set -euo pipefail
dsoplint=$1 root=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/dsoplint-bench-smoke-XXXXXX")
trap 'rm -rf "$work"' EXIT
bash "$root/tests/bench/make_corpus.sh" 100 "$work/corpus"
fail=0
for jobs in 1 2; do
  rc=0
  "$dsoplint" --today 2026-12-02 --color never --jobs "$jobs" "$work/corpus" > "$work/out$jobs" 2>&1 || rc=$?
  if [ "$rc" -ne 1 ]; then
    echo "FAIL: --jobs $jobs exited with $rc, expected 1 (findings)"
    fail=1
  fi
done
if ! cmp -s "$work/out1" "$work/out2"; then
  echo "FAIL: --jobs 1 and --jobs 2 differ:"
  diff "$work/out1" "$work/out2" | head -20
  fail=1
fi
# Findings per rule, as reported and as planted (DIR/planted.tsv: index, defect, rule, count).
grep -o '\[[A-Z]*[0-9]* ' "$work/out1" | tr -d '[ ' | sort | uniq -c | awk '{ print $2, $1 }' > "$work/found"
awk -F'\t' '{ c[$3] += $4 } END { for (r in c) print r, c[r] }' "$work/corpus/planted.tsv" | sort > "$work/planted"
if ! cmp -s "$work/found" "$work/planted"; then
  echo "FAIL: findings per rule (left: reported, right: planted):"
  diff "$work/found" "$work/planted" || true
  fail=1
fi
if [ "$fail" -eq 0 ]; then
  echo "ok: the findings per rule are the planted ones: $(tail -n 1 "$work/out1")"
fi
exit "$fail"
