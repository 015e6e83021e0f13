#!/usr/bin/env bash
# Runs one CLI case: tests/cli/cases/<name>/{cmd,expected.out,expected.rc}; cmd runs from the repo root.
# A case with expected.summary runs with GITHUB_STEP_SUMMARY set to a file that already holds a
# line, and compares that file afterwards; every other case runs without the variable.
set -u
bin=$1 case_dir=$2 root=$3
cd "$root" || exit 2
read -r -a args < "$case_dir/cmd"
actual_out=$(mktemp) actual_err=$(mktemp) actual_summary=$(mktemp)
trap 'rm -f "$actual_out" "$actual_err" "$actual_summary"' EXIT
unset GITHUB_STEP_SUMMARY
if [ -f "$case_dir/expected.summary" ]; then
  echo "an earlier step's line" > "$actual_summary"
  export GITHUB_STEP_SUMMARY=$actual_summary
fi
"$bin" "${args[@]}" > "$actual_out" 2> "$actual_err" < /dev/null
rc=$?
if [ -n "${DSOPLINT_UPDATE_GOLDEN:-}" ]; then
  cp "$actual_out" "$case_dir/expected.out"
  echo "$rc" > "$case_dir/expected.rc"
  if [ -s "$actual_err" ]; then cp "$actual_err" "$case_dir/expected.err"; else rm -f "$case_dir/expected.err"; fi
  if [ -f "$case_dir/expected.summary" ]; then cp "$actual_summary" "$case_dir/expected.summary"; fi
fi
status=0
if ! diff -u "$case_dir/expected.out" "$actual_out"; then status=1; fi
if [ -f "$case_dir/expected.err" ] && ! diff -u "$case_dir/expected.err" "$actual_err"; then status=1; fi
if [ -f "$case_dir/expected.summary" ] && ! diff -u "$case_dir/expected.summary" "$actual_summary"; then status=1; fi
expected_rc=$(cat "$case_dir/expected.rc")
if [ "$rc" != "$expected_rc" ]; then echo "exit code $rc, expected $expected_rc"; cat "$actual_err"; status=1; fi
exit $status
