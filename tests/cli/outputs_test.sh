#!/usr/bin/env bash
# Report files: a run with nothing to lint exits 2 and writes none of them (nor truncates one that
# exists); several formats at once, to standard output and to files, are each what that format
# alone writes, for --jobs 1 and 2; a finding-free part between others changes nothing.
set -u
bin=$1 root=$2
cd "$root" || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

mkdir "$work/empty"
echo "kept" > "$work/kept.json"
"$bin" "$work/empty" --format "json=$work/new.json" --format "sarif=$work/kept.json" > /dev/null 2>&1
[ $? = 2 ] || fail "nothing to lint: exit code is not 2"
[ -e "$work/new.json" ] && fail "nothing to lint: a report file was created"
[ "$(cat "$work/kept.json")" = "kept" ] || fail "nothing to lint: an existing report file was overwritten"

for jobs in 1 2; do
  "$bin" samples/ --today 2026-11-27 --jobs "$jobs" --format text --format "json=$work/all.json" \
    --format "sarif=$work/all.sarif" --format "gitlab=$work/all.gitlab" > "$work/all.text" 2> /dev/null
  echo "exit $?" >> "$work/all.text"
  for format in json sarif gitlab text; do
    "$bin" samples/ --today 2026-11-27 --jobs "$jobs" --format "$format" > "$work/one.$format" 2> /dev/null
    rc=$?
    [ "$format" = text ] && echo "exit $rc" >> "$work/one.$format"
    cmp -s "$work/one.$format" "$work/all.$format" || fail "--jobs $jobs: $format with other formats differs from $format alone"
  done
  [ "$(grep -c . "$work/all.text")" -gt 20 ] || fail "--jobs $jobs: too little text output to compare"
done
[ $status = 0 ] && echo "no file for a run with nothing to lint; formats together write what each writes alone"
exit $status
