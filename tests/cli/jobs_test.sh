#!/usr/bin/env bash
# --jobs changes nothing users see: every format's output and the exit code are byte-identical
# for 1, 2 and 8 jobs on every sample (the correct one and each broken variant together).
set -u
bin=$1 root=$2
cd "$root" || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for format in text json sarif; do
  for jobs in 1 2 8; do
    "$bin" samples/ --today 2026-11-27 --format "$format" --jobs "$jobs" > "$work/$format.$jobs" 2>&1
    echo "exit $?" >> "$work/$format.$jobs"
  done
  [ "$(grep -c . "$work/$format.1")" -gt 20 ] || { echo "$format: too little output to compare"; status=1; }
  for jobs in 2 8; do
    if ! cmp -s "$work/$format.1" "$work/$format.$jobs"; then
      echo "$format: --jobs $jobs differs from --jobs 1:"
      diff "$work/$format.1" "$work/$format.$jobs" | head -20
      status=1
    fi
  done
done
[ $status = 0 ] && echo "text, json and sarif identical for --jobs 1, 2 and 8"
exit $status
