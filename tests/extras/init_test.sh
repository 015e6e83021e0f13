#!/usr/bin/env bash
# `dsoplint init`: the starter it writes lints clean (no finding at any severity), it prints what it
# wrote, and it never overwrites: with any of its files present it writes nothing, names the file
# and exits 2. Usage: init_test.sh BIN ROOT
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
expected=$(cd "$root/starter" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)

# Into a new folder given as DIR.
"$bin" init "$work/new" > "$work/out" 2> "$work/err"; rc=$?
[ "$rc" = 0 ] || fail "init DIR exited $rc: $(cat "$work/err")"
[ -s "$work/err" ] && fail "init DIR wrote to standard error: $(cat "$work/err")"
wrote=$(sed -n "s|^wrote $work/new/||p" "$work/out" | LC_ALL=C sort)
[ "$wrote" = "$expected" ] || fail "init printed '$wrote', expected the starter's files '$expected'"
for f in $expected; do cmp -s "$root/starter/$f" "$work/new/$f" || fail "$f differs from starter/$f"; done
written=$(cd "$work/new" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
[ "$written" = "$expected" ] || fail "init wrote '$written', expected '$expected'"

# It lints clean: no finding at any severity, in text and JSON (a pinned date keeps expiries fixed).
(cd "$work/new" && "$bin" --today 2026-12-02 --fail-on info) > "$work/lint" 2>&1; rc=$?
[ "$rc" = 0 ] || fail "the starter does not lint clean (exit $rc): $(cat "$work/lint")"
grep -q '^no problems found' "$work/lint" || fail "linting the starter printed: $(cat "$work/lint")"
(cd "$work/new" && "$bin" --today 2026-12-02 --fail-on info --format json) > "$work/json" 2>&1
grep -q '"findings": \[\]' "$work/json" || fail "the starter's JSON report has findings: $(cat "$work/json")"

# Into the current folder (no DIR): paths printed relative to it.
mkdir "$work/here"
(cd "$work/here" && "$bin" init) > "$work/out" 2>&1; rc=$?
[ "$rc" = 0 ] || fail "init in the current folder exited $rc: $(cat "$work/out")"
grep -qx 'wrote dsop.yaml' "$work/out" || fail "init in the current folder did not print 'wrote dsop.yaml': $(cat "$work/out")"

# Again over the same folder: nothing written, every existing file named, exit 2.
sums=$(cd "$work/new" && find . -type f -exec sha256sum {} + | LC_ALL=C sort)
"$bin" init "$work/new" > "$work/out" 2> "$work/err"; rc=$?
[ "$rc" = 2 ] || fail "init over an initialised folder exited $rc, expected 2"
[ -s "$work/out" ] && fail "init over an initialised folder printed: $(cat "$work/out")"
for f in $expected; do
  grep -qF "'$work/new/$f' exists" "$work/err" || fail "init over an initialised folder did not name $f: $(cat "$work/err")"
done
[ "$sums" = "$(cd "$work/new" && find . -type f -exec sha256sum {} + | LC_ALL=C sort)" ] || fail "init changed files it must not overwrite"

# One existing file (the bank's own nb text) is enough to write nothing at all.
mkdir -p "$work/one/texts"
echo "Vår egen tekst." > "$work/one/texts/samtykke.nb.md"
"$bin" init "$work/one" > "$work/out" 2> "$work/err"; rc=$?
[ "$rc" = 2 ] || fail "init with one existing file exited $rc, expected 2"
grep -qF "'$work/one/texts/samtykke.nb.md' exists" "$work/err" || fail "init did not name the existing file: $(cat "$work/err")"
[ "$(grep -c exists "$work/err")" = 1 ] || fail "init named more than the one existing file: $(cat "$work/err")"
[ "$(cd "$work/one" && find . -type f)" = "./texts/samtykke.nb.md" ] || fail "init wrote files beside an existing one: $(cd "$work/one" && find . -type f)"
[ "$(cat "$work/one/texts/samtykke.nb.md")" = "Vår egen tekst." ] || fail "init changed the existing text"

# A DIR that is a file: exit 2, nothing written.
echo x > "$work/plain"
"$bin" init "$work/plain" > "$work/out" 2> "$work/err"; rc=$?
[ "$rc" = 2 ] || fail "init into a file exited $rc, expected 2"
grep -q "is not a folder" "$work/err" || fail "init into a file said: $(cat "$work/err")"

[ $status = 0 ] && echo "init wrote $(echo "$expected" | wc -l) files that lint clean, and refused to overwrite"
exit $status
