#!/usr/bin/env bash
# Hostile inputs (PRODUCT.md "Reliability"): each ends within the time limit with a diagnostic and
# the documented exit code, and positions stay exact. One case per call; big inputs are made here.
# Usage: hostile_test.sh BIN ROOT LIMIT_SECONDS CASE   (LIMIT_SECONDS: 1 optimised, 10 sanitizers)
set -u
bin=$1 root=$2 limit=$3 case=$4
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 2
bank=$root/samples/eksempelbanken
broken=$root/samples/broken/committed-api-key
today=(--today 2026-11-27)
status=0 runs=0 max_ms=0 max_run=""
runner=()  # a prefix such as setpriv to run the linter as another user

fail() { echo "FAIL $case: $*"; status=1; }

# run RC PATTERN ARGS...: runs the linter under `timeout 10` (stdin: $STDIN or /dev/null); checks
# the exit code, that PATTERN (an extended regex) matches a line of stdout or stderr, no sanitizer
# report, and the real time against the limit. A run over the limit is tried twice more and the
# fastest counts, so that a busy machine alone does not fail it; a slow input is slow every time.
run() {
  local expected_rc=$1 pattern=$2 rc real user sys ms attempt tries=""
  shift 2
  local TIMEFORMAT='%R %U %S'
  for attempt in 1 2 3; do
    { time timeout 10 "${runner[@]}" "$bin" "$@" > out.txt 2> err.txt < "${STDIN:-/dev/null}"; } 2> time.txt
    read -r real user sys < <(tail -1 time.txt)
    rc=$last_rc
    tries="$tries${tries:+, }$real"
    if [ "$rc" = 124 ] || awk -v r="$real" -v l="$limit" 'BEGIN { exit !(r <= l) }'; then break; fi
  done
  ms=$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }')
  runs=$((runs + 1))
  local shown="$*"
  [ -n "${STDIN:-}" ] && shown="$shown < ${STDIN##*/}"
  if [ "$ms" -gt "$max_ms" ]; then max_ms=$ms max_run=$shown; fi
  local first
  first=$(grep -E -m1 -- "$pattern" out.txt err.txt | cut -d: -f2- | cut -c1-160)
  [ "$attempt" -gt 1 ] && real="$real (tries: $tries)"
  echo "  $shown: exit $rc, ${real} s real (${user} s user, ${sys} s sys): ${first:-(no matching line)}"
  if [ "$rc" = 124 ]; then fail "$shown: still running after 10 s (killed)"; return; fi
  if [ "$rc" -ge 128 ]; then fail "$shown: killed by signal $((rc - 128))"; fi
  if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' err.txt; then fail "$shown: sanitizer report:"; head -20 err.txt; fi
  [ "$rc" = "$expected_rc" ] || { fail "$shown: exit $rc, expected $expected_rc"; head -5 out.txt err.txt; }
  [ -n "$first" ] || { fail "$shown: no line matches /$pattern/"; head -5 out.txt err.txt; }
  if [ "$ms" -gt $((limit * 1000)) ]; then fail "$shown: took ${real} s, the limit is ${limit} s"; fi
}
# The exit code of the command `time` ran: `time` itself reports none, so the command records it.
last_rc=0
timeout() { command timeout "$@"; last_rc=$?; return $last_rc; }

# expect_line PATTERN: a line of the last run's output matches (for more than one finding).
expect_line() { grep -qE -- "$1" out.txt err.txt || fail "no line matches /$1/"; }
# expect_no_line PATTERN: no line of the last run's output matches.
expect_no_line() { ! grep -qE -- "$1" out.txt err.txt || fail "a line matches /$1/: $(grep -E -m1 -- "$1" out.txt err.txt)"; }

copy_bank() { rm -rf "$1" && cp -r "$bank" "$1"; }
set_template() { sed -i "s#request_template: consent/test-request.json#request_template: $2#" "$1/dsop.yaml"; }

case_alias_bomb() {  # the billion laughs: nine levels of nine aliases each
  python3 - > bomb.yaml <<'EOF'
print('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]')
prev = 'a'
for name in 'bcdefghi':
    print('%s: &%s [%s]' % (name, name, ','.join(['*' + prev] * 9)))
    prev = name
EOF
  run 1 '^bomb\.yaml:[0-9]+:[0-9]+: error: input limit reached: aliases expand to more than [0-9]+ nodes \[DSOP009 input-limit\]' bomb.yaml
  # The same through merge keys in a config: every level merges the one before nine times.
  python3 - > dsop.yaml <<'EOF'
print('version: 1\nservice: krav-og-betalinger')
print('l0: &l0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}')
for n in range(1, 9):
    print('l%d: &l%d [%s]' % (n, n, ', '.join(['*l%d' % (n - 1)] * 9)))
print('institution: {<<: *l8}')
EOF
  run 1 '^dsop\.yaml:[0-9]+:[0-9]+: error: input limit reached: aliases expand .*\[DSOP009 input-limit\]' dsop.yaml
}

case_alias_fanout() {  # 50,000 aliases of one anchor in a config, which the rules walk
  copy_bank fan
  python3 - fan/dsop.yaml <<'EOF'
import sys
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
scope = '        - altinn:consentrequests.write\n      auth:'
text = text.replace(scope, '        - &scope altinn:consentrequests.write\n' + '        - *scope\n' * 50000 + '      auth:', 1)
text = text.replace('      max_parallel_requests: 5\n      max_period_days: 365\n    firewall:\n      allow:\n        - maskinporten.no',
                    '      max_parallel_requests: fem\n      max_period_days: 365\n    firewall:\n      allow:\n        - maskinporten.no', 1)
open(path, 'w', encoding='utf-8').write(text)
EOF
  local line
  line=$(grep -n 'max_parallel_requests: fem' fan/dsop.yaml | cut -d: -f1)
  run 1 "^fan/dsop\.yaml:$line:30: error: .*max_parallel_requests.*\[DSOP005 invalid-value\]" fan/dsop.yaml "${today[@]}"
}

case_flow_nesting() {  # 100,000-deep flow sequences, then flow mappings
  python3 -c "print('a: ' + '[' * 100000 + ']' * 100000)" > seq.yaml
  run 1 '^seq\.yaml:1:[0-9]+: error: input limit reached: nesting is deeper than .*\[DSOP009 input-limit\]' seq.yaml
  python3 -c "print('{a: ' * 100000 + '1' + '}' * 100000)" > map.json
  run 1 '^map\.json:1:[0-9]+: error: input limit reached: nesting is deeper than .*\[DSOP009 input-limit\]' map.json
}

case_block_nesting() {  # 5,000-deep block sequences (compact), and 2,000-deep block mappings
  python3 -c "print('- ' * 5000 + 'x')" > seq.yaml
  run 1 '^seq\.yaml:1:[0-9]+: error: input limit reached: nesting is deeper than .*\[DSOP009 input-limit\]' seq.yaml
  python3 -c "
for i in range(2000): print(' ' * i + 'k%d:' % i)
print(' ' * 2000 + 'v')" > map.yaml
  run 1 '^map\.yaml:[0-9]+:[0-9]+: error: input limit reached: nesting is deeper than .*\[DSOP009 input-limit\]' map.yaml
}

case_wide_mapping() {  # 100,000 keys, the first repeated at the end
  python3 -c "
for i in range(100000): print('key%06d: value %d' % (i, i))
print('key000000: again')" > wide.yaml
  run 1 '^wide\.yaml:100001:1: error: duplicate key .key000000. \(first at line 1\).*\[DSOP002 duplicate-key\]' wide.yaml
}

case_long_json_line() {  # a 10 MB template on one line, with a finding at its end (columns in code points)
  local column
  column=$(python3 - "$bank/consent/test-request.json" <<'EOF'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
t['padding'] = []
size = 0
while size < 9990000:
    t['padding'].append('Samtykke til innhenting av krav og betalinger, æøå %d' % len(t['padding']))
    size += len(t['padding'][-1].encode()) + 3
t['handledBy'] = 'urn:altinn:organization:identifier-no:947182536'
text = json.dumps(t, separators=(',', ':'), ensure_ascii=False)
open('long.json', 'w', encoding='utf-8').write(text)
print(text.index('"handledBy"') + 1)
EOF
)
  [ "$(wc -l < long.json)" = 0 ] || fail "long.json has more than one line"
  echo "  long.json: $(wc -c < long.json) bytes on one line; handledBy at column $column"
  run 1 "^long\.json:1:$column: error: 'handledBy' is not part of an Altinn 3 consent request.*\[ALT009 template-parties\]" long.json "${today[@]}"
}

case_huge_file() {  # 100 MB: named, referenced as a text, and on standard input
  yes 'key: value' | head -c 100000000 > huge.yaml
  run 1 "^huge\.yaml:1:1: error: 'huge\.yaml' is larger than the size limit \(95\.4 MiB; the limit is 10\.0 MiB\) \[DSOP006 file-unreadable\]" huge.yaml
  copy_bank big
  yes 'Vi henter krav og betalinger fra Skatteetaten.' | head -c 100000000 > big/texts/samtykke.nb.md
  local line
  line=$(grep -n 'nb: texts/samtykke.nb.md' big/dsop.yaml | cut -d: -f1)
  run 1 "^big/dsop\.yaml:$line:9: error: nb 'texts/samtykke\.nb\.md' is larger than the size limit .*\[DSOP006 file-unreadable\]" big/dsop.yaml "${today[@]}"
  STDIN=$work/huge.yaml run 2 '^dsoplint: error: standard input is larger than the size limit \(10 MiB\)$' --stdin-filename dsop.yaml
}

case_nul_bytes() {
  printf 'version: 1\nservice: krav\0-og-betalinger\n' > nul.yaml
  run 1 '^nul\.yaml:2:14: error: not well-formed YAML: control character 0x00 is not allowed in YAML \[DSOP001 yaml-syntax\]' nul.yaml
  printf '# Samtykke\n\nVi henter krav\0 og betalinger fra Skatteetaten.\n' > nul.nb.md
  run 1 '^nul\.nb\.md:3:15: error: invisible character U\+0000 NULL; remove it \[TXT004 invisible-character\]' nul.nb.md "${today[@]}"
  printf '{"consentRights": [], "id": "a\0b"}' > nul.json
  run 1 '^nul\.json:1:31: error: not well-formed YAML: control character 0x00 .*\[DSOP001 yaml-syntax\]' nul.json
}

case_invalid_utf8() {  # a stray byte, an overlong encoding, a UTF-16 surrogate, a cut sequence
  printf 'version: 1\nservice: krav-og-\xffbetalinger\n' > stray.yaml
  run 1 '^stray\.yaml:2:18: error: not valid UTF-8: byte 0xFF at offset 28; save the file as UTF-8 \[DSOP008 invalid-utf8\]' stray.yaml
  printf 'version: 1\nservice: \xc0\xafkrav\n' > overlong.yaml
  run 1 '^overlong\.yaml:2:10: error: not valid UTF-8: byte 0xC0 at offset 20.*\[DSOP008 invalid-utf8\]' overlong.yaml
  printf '# Samtykke\n\nVi henter \xed\xa0\x80 krav.\n' > surrogate.nb.md
  run 1 '^surrogate\.nb\.md:3:11: error: not valid UTF-8: byte 0xED at offset 22.*\[DSOP008 invalid-utf8\]' surrogate.nb.md
  printf '{"consentRights": [], "id": "\xc3"}' > cut.json
  run 1 '^cut\.json:1:30: error: not valid UTF-8: byte 0xC3 at offset 29.*\[DSOP008 invalid-utf8\]' cut.json
}

case_utf16_bom() {  # little and big endian, with a byte-order mark
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$bank/dsop.yaml"; } > le.yaml
  run 1 '^le\.yaml:1:1: error: the file is UTF-16 \(it starts with a UTF-16 byte-order mark\); save it as UTF-8 \[DSOP008 invalid-utf8\]' le.yaml
  { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$bank/texts/samtykke.nb.md"; } > be.nb.md
  run 1 '^be\.nb\.md:1:1: error: the file is UTF-16 .*\[DSOP008 invalid-utf8\]' be.nb.md
}

case_utf16_no_bom() {  # without a byte-order mark: ASCII shows as NUL bytes, æøå as invalid UTF-8
  printf 'version: 1\nservice: krav-og-betalinger\ninstitution:\n  name: Bank \xc3\xa6\xc3\xb8\xc3\xa5 AS\n' | iconv -f UTF-8 -t UTF-16LE > le.yaml
  # Line 4 starts at byte 103, the NUL after line 3's LF; the first byte of æ is byte 130.
  run 1 '^le\.yaml:4:28: error: not valid UTF-8: byte 0xE6 at offset 130; save the file as UTF-8 \[DSOP008 invalid-utf8\]' le.yaml
  printf 'version: 1\nservice: krav-og-betalinger\n' | iconv -f UTF-8 -t UTF-16BE > be.yaml
  run 1 '^be\.yaml:1:1: error: not well-formed YAML: control character 0x00 is not allowed in YAML \[DSOP001 yaml-syntax\]' be.yaml
  iconv -f UTF-8 -t UTF-16LE "$bank/texts/samtykke.nb.md" > le.nb.md
  local offset column
  offset=$(python3 -c "import sys; print(open(sys.argv[1],'rb').read().find(b'\xe5'))" le.nb.md)
  column=$((offset + 1))
  run 1 "^le\\.nb\\.md:1:$column: error: not valid UTF-8: byte 0xE5 at offset $offset.*\\[DSOP008 invalid-utf8\\]" le.nb.md
}

# line_ends NAME CONVERT: the broken sample and a text with their line ends converted; every
# finding keeps the line and column it has with LF.
line_ends() {
  local name=$1 convert=$2
  rm -rf "$name" && cp -r "$broken" "$name"
  perl -pi -e "$convert" "$name/dsop.yaml"
  run 1 "^$name/dsop\\.yaml:49:20: error: consent_api altinn2 in test.*\\[ALT002 altinn2-retired\\]" "$name/dsop.yaml" "${today[@]}"
  expect_line "^$name/dsop\\.yaml:51:16: error: api_key in test is a literal key.*\\[ALT008 api-key-literal\\]"
  expect_line "^ 51 \\|       api_key: \\*{34}   # midlertidig, skal inn i hvelvet\$"
  printf '# Samtykke\n\nVi henter krav og\nbetal\xe2\x80\x8binger fra Skatteetaten. \xc3\x86\xc3\xb8\xc3\xa5\n' > "$name.nb.md"
  perl -pi -e "$convert" "$name.nb.md"
  run 1 "^$name\\.nb\\.md:4:6: error: invisible character U\\+200B ZERO WIDTH SPACE.*\\[TXT004 invisible-character\\]" "$name.nb.md" "${today[@]}"
  printf 'version: 1\nservice: krav-og-betalinger\ninstitution:\n  name: [X, Y\n  orgnr: 1\n' > "$name-syntax.yaml"
  perl -pi -e "$convert" "$name-syntax.yaml"
  run 1 "^$name-syntax\\.yaml:5:8: error: not well-formed YAML.*\\[DSOP001 yaml-syntax\\]" "$name-syntax.yaml"
  printf 'version: 1\nservice: krav-og-betalinger\ninstitution:\n  name: X\n  name: Y\n' > "$name-dup.yaml"
  perl -pi -e "$convert" "$name-dup.yaml"
  run 1 "^$name-dup\\.yaml:5:3: error: duplicate key 'name' \\(first at line 4\\).*\\[DSOP002 duplicate-key\\]" "$name-dup.yaml"
  "$bin" "$name-dup.yaml" --format json > dup.json
  grep -q '"start": {"line": 5, "column": 3}, "end": {"line": 5, "column": 7}' dup.json || fail "JSON range of the duplicate key: $(grep -o '"ruleId": "DSOP002".*' dup.json | cut -c1-200)"
}

case_crlf_positions() { line_ends crlf 's/\n/\r\n/'; }
case_cr_positions() { line_ends cr 's/\n/\r/'; }

case_directory_as_file() {  # a folder where the config names a file
  copy_bank dir && rm dir/consent/test-request.json && mkdir dir/consent/test-request.json
  run 1 "^dir/dsop\\.yaml:52:25: error: request_template 'consent/test-request\\.json' is not a regular file \\(a directory\\).*\\[DSOP006 file-unreadable\\]" dir/dsop.yaml "${today[@]}"
  rm -r dir/texts/samtykke.nb.md && mkdir dir/texts/samtykke.nb.md
  run 1 "^dir/dsop\\.yaml:[0-9]+:9: error: nb 'texts/samtykke\\.nb\\.md' is not a regular file \\(a directory\\).*\\[DSOP006 file-unreadable\\]" dir/dsop.yaml "${today[@]}"
}

case_fifo_as_file() {  # a FIFO nobody writes to: reading it would block forever
  copy_bank fifo && rm fifo/consent/test-request.json && mkfifo fifo/consent/test-request.json
  run 1 "^fifo/dsop\\.yaml:52:25: error: request_template 'consent/test-request\\.json' is not a regular file \\(a FIFO\\).*\\[DSOP006 file-unreadable\\]" fifo/dsop.yaml "${today[@]}"
  run 1 "^fifo/consent/test-request\\.json:1:1: error: 'fifo/consent/test-request\\.json' is not a regular file \\(a FIFO\\) \\[DSOP006 file-unreadable\\]" fifo/consent/test-request.json "${today[@]}"
  mkfifo rules.yaml
  run 2 '^dsoplint: invalid rule file: rules\.yaml: the rule file is not a regular file \(a FIFO\)$' --rules rules.yaml fifo/dsop.yaml
  mkfifo fifo/extra.yaml
  run 1 "^fifo/dsop\\.yaml:52:25: .*\\[DSOP006 file-unreadable\\]" fifo "${today[@]}"
}

case_dev_zero() {  # an endless device: named, referenced as a template and as a certificate, and as input
  run 1 "^/dev/zero:1:1: error: '/dev/zero' is not a regular file \\(a device\\) \\[DSOP006 file-unreadable\\]" /dev/zero
  copy_bank zero && set_template zero /dev/zero
  sed -i 's@      # Testsertifikat fra Buypass (soft token), bestilt i A-3@      file: /dev/zero@' zero/dsop.yaml
  run 1 "^zero/dsop\\.yaml:52:25: error: request_template '/dev/zero' is not a regular file \\(a device\\).*\\[DSOP006 file-unreadable\\]" zero/dsop.yaml "${today[@]}"
  expect_line "^zero/dsop\\.yaml:41:13: error: file '/dev/zero' is not a regular file \\(a device\\).*\\[DSOP006 file-unreadable\\]"
  STDIN=/dev/zero run 2 '^dsoplint: error: standard input is larger than the size limit \(10 MiB\)$' --stdin-filename dsop.yaml
  run 2 '^dsoplint: invalid rule file: /dev/zero: the rule file is not a regular file \(a device\)$' --rules /dev/zero zero/dsop.yaml
}

case_symlink_loop() {  # a link to itself, through a pair, and a folder that links to itself
  ln -s self.yaml self.yaml
  run 1 "^self\\.yaml:1:1: error: 'self\\.yaml' cannot be read \\(Too many levels of symbolic links\\) \\[DSOP006 file-unreadable\\]" self.yaml
  copy_bank loop && rm loop/consent/test-request.json
  ln -s other.json loop/consent/test-request.json && ln -s test-request.json loop/consent/other.json
  run 1 "^loop/dsop\\.yaml:52:25: error: request_template 'consent/test-request\\.json' cannot be read \\(Too many levels of symbolic links\\).*\\[DSOP006 file-unreadable\\]" loop/dsop.yaml "${today[@]}"
  run 1 "^loop/consent/test-request\\.json:1:1: error: 'loop/consent/test-request\\.json' cannot be read \\(Too many levels of symbolic links\\) \\[DSOP006 file-unreadable\\]" loop/consent/test-request.json "${today[@]}"
  rm -rf tree && mkdir tree && cp -r "$broken" tree/bank && ln -s .. tree/bank/up && ln -s . tree/bank/here
  run 1 '^tree/bank/dsop\.yaml:51:16: error: api_key in test is a literal key.*\[ALT008 api-key-literal\]' tree "${today[@]}"
  expect_no_line '/(up|here)/'
  expect_line '^2 errors, 0 warnings, 0 info$'
}

case_unreadable_file() {  # permission denied (as a user that is not root: root reads anything)
  copy_bank locked
  chmod 000 locked/consent/test-request.json
  if [ "$(id -u)" = 0 ]; then
    cp "$bin" "$work/dsoplint" && bin=$work/dsoplint
    chmod -R a+rX "$work" && chmod 000 locked/consent/test-request.json && chmod 755 "$work"
    if command -v setpriv > /dev/null; then runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    elif command -v runuser > /dev/null && id nobody > /dev/null 2>&1; then runner=(runuser -u nobody --)
    else echo "SKIP $case: running as root, and neither setpriv nor runuser is available to drop to a user that cannot read the file"; exit 77
    fi
    echo "  (as uid 65534 through ${runner[0]})"
  fi
  run 1 "^locked/dsop\\.yaml:52:25: error: request_template 'consent/test-request\\.json' cannot be read \\(Permission denied\\).*\\[DSOP006 file-unreadable\\]" locked/dsop.yaml "${today[@]}"
  run 1 "^locked/consent/test-request\\.json:1:1: error: 'locked/consent/test-request\\.json' cannot be read \\(Permission denied\\) \\[DSOP006 file-unreadable\\]" locked/consent/test-request.json "${today[@]}"
  chmod 000 locked/dsop.yaml
  run 1 "^locked/dsop\\.yaml:1:1: error: 'locked/dsop\\.yaml' cannot be read \\(Permission denied\\) \\[DSOP006 file-unreadable\\]" locked/dsop.yaml "${today[@]}"
}

case_unicode_path() {  # spaces and æøå in folder and file names, in every format
  local dir="Bank æøå/Søknad ÆØÅ"
  mkdir -p "$dir" && cp -r "$broken"/. "$dir/"
  run 1 "^$dir/dsop\\.yaml:51:16: error: api_key in test is a literal key.*\\[ALT008 api-key-literal\\]" "$dir/dsop.yaml" "${today[@]}"
  run 1 '"ruleId": "ALT008"' "$dir/dsop.yaml" "${today[@]}" --format json
  grep -q "\"file\": \"$dir/dsop.yaml\"" out.txt || fail "JSON does not name the file as '$dir/dsop.yaml'"
  run 1 '"ruleId": "ALT008"' "Bank æøå" "${today[@]}" --format sarif
  python3 - "$dir/dsop.yaml" out.txt <<'EOF' || fail "SARIF artifact URIs"
import json, sys, urllib.parse
uris = {r['locations'][0]['physicalLocation']['artifactLocation']['uri'] for r in json.load(open(sys.argv[2]))['runs'][0]['results']}
print('  SARIF artifact URIs:', sorted(uris))
sys.exit(0 if uris and all(urllib.parse.unquote(u) == sys.argv[1] for u in uris) else 1)
EOF
}

case_certificate_is_private_key() {  # certificate.file holds a key: PEM, traditional PEM, DER, PKCS#12
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem 2> /dev/null
  openssl pkey -in key.pem -traditional -out rsa.pem
  openssl pkey -in key.pem -outform DER -out rsa.der
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -outform DER -out ec.der 2> /dev/null
  openssl pkcs8 -topk8 -in key.pem -outform DER -passout pass:x -out encrypted.der 2> /dev/null
  local file
  for file in key.pem rsa.pem rsa.der ec.der encrypted.der; do
    copy_bank cert && mkdir cert/certs && cp "$file" "cert/certs/$file"
    sed -i "s@      # Testsertifikat fra Buypass (soft token), bestilt i A-3@      file: certs/$file@" cert/dsop.yaml
    run 1 "^cert/dsop\\.yaml:41:13: error: certs/$file holds a private key; it must hold only the public certificate.*\\[CERT008 private-key-committed\\]" cert/dsop.yaml "${today[@]}"
  done
}

case_rules_bad_re2() {  # a rule file pattern that RE2 rejects: Perl-only syntax, and one too large
  local pattern
  for pattern in '(?=AS)' '(ASA|AS)\1' "$(printf '(?:\\pL{1000})%.0s' 1 2 3 4 5 6 7 8 9 10)"; do
    python3 - "$root/tests/cli/bad-rules/bad-regex.yaml" "$pattern" > rules.yaml <<'EOF'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
print(text.replace('match: "(ASA|AS"', "match: '%s'" % sys.argv[2]), end='')
EOF
    run 2 "^dsoplint: invalid rule file: rules\\.yaml:12:22: invalid regular expression in 'match': (invalid perl operator: \\(\\?=|invalid escape sequence: \\\\1|pattern too large - compile failed)\$" --rules rules.yaml "$bank"
  done
}

if ! declare -F "case_${case//-/_}" > /dev/null; then echo "unknown case '$case'"; exit 2; fi
echo "$case (limit ${limit} s per run):"
"case_${case//-/_}"
echo "$case: $runs runs, the slowest ${max_ms} ms ($max_run); $([ $status = 0 ] && echo passed || echo FAILED)"
exit $status
