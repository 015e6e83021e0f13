#!/usr/bin/env bash
# Baselines on copies of the samples: record the findings, move lines, plant a new finding, leave a
# stale entry, rewrite, name a text alone, and give a malformed or missing baseline.
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$work/out"; echo "--- stderr"; cat "$work/err"; exit 1; }
run() { "$bin" "$@" --today 2026-11-27 > "$work/out" 2> "$work/err"; rc=$?; }
count() { grep -c -- "$1" "$work/out"; }

cp -r "$root/samples/broken/hosts-mixed-up" "$work/bank"
cd "$work/bank" || exit 2

# Recording: the run passes, says what it wrote, and the file is sorted JSON, one entry per line.
run . --write-baseline baseline.json
[ "$rc" = 0 ] || fail "--write-baseline exited $rc, expected 0"
grep -qx "note: baseline.json: baseline written: 3 entries for the files this run checked" "$work/err" ||
  fail "no note saying the baseline was written"
cat > "$work/expected.json" <<'JSON'
{
  "dsoplintBaseline": 1,
  "findings": [
    {"rule": "MP001", "file": "dsop.yaml", "where": "environments.prod.maskinporten.issuer"},
    {"rule": "MP001", "file": "dsop.yaml", "where": "environments.prod.maskinporten.token_endpoint"},
    {"rule": "SKE001", "file": "dsop.yaml", "where": "environments.prod.skatteetaten.base_url"}
  ]
}
JSON
diff -u "$work/expected.json" baseline.json || fail "the baseline file differs from the expected one"

# Moved lines still match: three comment lines at the top move every finding down by three.
sed -i '5a # Endret 2026-11-30: kontaktinformasjon flyttet.\n# Se docs/drift.md.\n#' dsop.yaml
run . --baseline baseline.json --format sarif
[ "$rc" = 0 ] || fail "after moving lines: exit $rc, expected 0"
[ "$(count '"baselineState": "unchanged"')" = 3 ] || fail "expected 3 results with baselineState unchanged"
[ "$(count '"baselineState": "new"')" = 0 ] || fail "expected no new result"

# A new finding fails the run and is the one marked new.
sed -i '0,/issuer: https:\/\/test.maskinporten.no\//s//issuer: https:\/\/maskinporten.no\//' dsop.yaml
run . --baseline baseline.json --format sarif
[ "$rc" = 1 ] || fail "with a new finding: exit $rc, expected 1"
[ "$(count '"baselineState": "new"')" = 1 ] || fail "expected exactly one new result"
run . --baseline baseline.json --format json
[ "$(grep -c '"ruleId": "MP001"' "$work/out")" = 3 ] || fail "the JSON report keeps the accepted findings"

# A fixed finding leaves a stale entry: a note, not a failure of its own.
awk '/base_url: https:\/\/kravogbetalinger.api.skatteetaten-test.no/ && ++seen == 2 { sub(/skatteetaten-test/, "skatteetaten") } 1' \
  dsop.yaml > dsop.yaml.new && mv dsop.yaml.new dsop.yaml
run . --baseline baseline.json
[ "$rc" = 1 ] || fail "with a stale entry and a new finding: exit $rc, expected 1"
grep -qx "note: baseline.json: stale baseline entry: SKE001 in dsop.yaml at environments.prod.skatteetaten.base_url matches no finding any more; --write-baseline drops it" "$work/err" ||
  fail "no note for the stale SKE001 entry"

# Rewriting drops the stale entry and records the new finding.
run . --baseline baseline.json --write-baseline baseline.json
[ "$rc" = 0 ] || fail "rewriting: exit $rc, expected 0"
grep -q "stale" "$work/err" && fail "a rewrite does not report the entries it drops"
[ "$(grep -c '"rule"' baseline.json)" = 3 ] || fail "the rewritten baseline should hold 3 entries"
grep -q '"where": "environments.test.maskinporten.issuer"' baseline.json || fail "the new finding was not recorded"
grep -q 'SKE001' baseline.json && fail "the stale SKE001 entry was kept"

# Texts: keyed by the line's text, so a paragraph added above still matches; a text named alone
# rewrites only its own entries.
cp -r "$root/samples/broken/text-disagrees" "$work/texts-bank"
cd "$work/texts-bank" || exit 2
run . --write-baseline .dsoplint-baseline.json
[ "$rc" = 0 ] || fail "recording the text findings: exit $rc"
[ "$(grep -c '"rule"' .dsoplint-baseline.json)" = 3 ] || fail "expected TXT012 and two TXT013 entries"
sed -i '1a \\nDenne teksten er gjennomgått av personvernombudet.\n' texts/samtykke.nb.md
run . --baseline .dsoplint-baseline.json
[ "$rc" = 0 ] || fail "text findings after an added paragraph: exit $rc, expected 0"
run texts/samtykke.nb.md --baseline .dsoplint-baseline.json --write-baseline .dsoplint-baseline.json
[ "$rc" = 0 ] || fail "a text named alone with its baseline: exit $rc, expected 0"
grep -qx "note: .dsoplint-baseline.json: baseline written: 1 entries for the files this run checked, 2 kept for files it did not check" "$work/err" ||
  fail "a run on one text should keep the other texts' entries"
[ "$(grep -c 'TXT013' .dsoplint-baseline.json)" = 2 ] || fail "the other texts' TXT013 entries were dropped"

# A malformed or missing baseline is a usage error naming the place.
printf '{"dsoplintBaseline": 1, "findings": [\n  {"rule": "MP001", "fil": "dsop.yaml"}\n]}\n' > bad.json
run . --baseline bad.json
[ "$rc" = 2 ] || fail "a malformed baseline: exit $rc, expected 2"
grep -qx "dsoplint: error: bad.json:2:21: not a dsoplint baseline: unknown key 'fil'; expected rule, file, where or count" "$work/err" ||
  fail "the malformed baseline's message"
run . --baseline missing.json
[ "$rc" = 2 ] || fail "a missing baseline: exit $rc, expected 2"
grep -q "dsoplint: error: cannot read the baseline 'missing.json'" "$work/err" || fail "the missing baseline's message"
echo "baselines: all checks passed"
