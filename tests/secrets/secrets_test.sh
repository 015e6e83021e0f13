#!/usr/bin/env bash
# No output shows a secret (PRODUCT.md principle 3): an API key, a client secret, a private key, a
# password, a bearer token and a JWT, planted in a copy of samples/eksempelbanken (config, request
# template, consent text), are not in stdout, stderr or any report file of any format, whole or as
# a piece of 8 characters or more; and the fingerprints do not depend on them.
# Usage: secrets_test.sh BIN ROOT
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
today=(--today 2026-11-27)
status=0
fail() { echo "FAIL: $*"; status=1; }

# Every format --help lists for --format ("text|json|sarif|..."): new formats are tested unasked.
formats=$("$bin" --help | grep -E -- '--format' | grep -oE '[a-z]+(\|[a-z]+)+' | head -1 | tr '|' ' ')
for required in text json sarif; do
  [[ " $formats " == *" $required "* ]] || { echo "FAIL: --help does not list the format '$required' (found: '$formats')"; exit 1; }
done
echo "formats from --help: $formats"

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem 2> /dev/null || { echo "FAIL: openssl genpkey"; exit 1; }

# plant DIR SEED: a copy of the sample with fresh random secrets (the same lengths for every seed);
# writes DIR.secrets (name value, one a line; the private key as its base64 body lines).
plant() {
  cp -r "$root/samples/eksempelbanken" "$1"
  python3 - "$1" "$2" key.pem <<'EOF'
import json, random, string, sys
folder, seed, key_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
def rand(alphabet, n): return ''.join(rng.choice(alphabet) for _ in range(n))
b64u = string.ascii_letters + string.digits + '-_'
s = {
    'api_key': rand('0123456789abcdef', 32),
    'client_secret': rand(string.ascii_letters + string.digits, 40),
    'password': rand(string.ascii_letters + string.digits + '!#%&', 20),
    'bearer': rand(string.ascii_letters + string.digits, 40),
    'jwt': 'eyJ' + rand(b64u, 30) + '.eyJ' + rand(b64u, 60) + '.' + rand(b64u, 43),
}
pem = open(key_file).read()
if seed != 1:  # another key of the same shape: the body's characters replaced, the lines kept
    pem = '\n'.join(l if l.startswith('-----') else rand(string.ascii_letters + string.digits, len(l)) for l in pem.split('\n'))
key_lines = [l for l in pem.strip().split('\n') if not l.startswith('-----')]

config_path = folder + '/dsop.yaml'
config = open(config_path, encoding='utf-8').read()
auth = '      auth:\n        method: virksomhetssertifikat\n        signer: supplier          # leverandørens eget sertifikat\n'
assert auth in config
indented_key = ''.join('          ' + l + '\n' for l in pem.strip().split('\n'))
config = config.replace(auth,
    '      client_secret: %s\n      access_token: %s\n' % (s['client_secret'], s['jwt']) + auth +
    '        password: "%s"\n        private_key: |\n%s' % (s['password'], indented_key), 1)
altinn = '      consent_api: altinn3\n      base_url: https://platform.tt02.altinn.no\n'
assert altinn in config
config = config.replace(altinn, altinn + '      api_key: %s\n' % s['api_key'], 1)
accept = '      accept: application/json\n'
config = config.replace(accept, accept + '      authorization: Bearer %s\n' % s['bearer'], 1)
open(config_path, 'w', encoding='utf-8').write(config)

template_path = folder + '/consent/test-request.json'
t = json.load(open(template_path, encoding='utf-8'))
t.update({'apiKey': s['api_key'], 'clientSecret': s['client_secret'], 'password': s['password'],
          'Authorization': 'Bearer ' + s['bearer'], 'assertion': s['jwt'], 'privateKey': pem})
open(template_path, 'w', encoding='utf-8').write(json.dumps(t, indent=2, ensure_ascii=False) + '\n')

text_path = folder + '/texts/samtykke.nb.md'
text = open(text_path, encoding='utf-8').read()
open(text_path, 'w', encoding='utf-8').write(text + '\nTeknisk: Authorization: Bearer %s\n\n%s\n' % (s['bearer'], s['jwt']))

with open(folder + '.secrets', 'w') as out:
    for name, value in s.items(): out.write('%s %s\n' % (name, value))
    for line in key_lines: out.write('private_key %s\n' % line)
EOF
}

# The same folder twice, under one/ and two/, with other secrets: run from there, paths are equal.
mkdir one two
plant one/bank 1 || { echo "FAIL: could not plant the secrets"; exit 1; }
plant two/bank 2 || { echo "FAIL: could not plant the secrets"; exit 1; }
# Every piece of 8 characters of every secret, as fixed strings for grep -F.
python3 - one/bank.secrets > pieces.txt <<'EOF'
import sys
for line in open(sys.argv[1]):
    name, value = line.rstrip('\n').split(' ', 1)
    for i in range(len(value) - 7): print(value[i:i + 8])
EOF
echo "planted $(cut -d' ' -f1 one/bank.secrets | sort | uniq -c | tr -s ' ' | paste -sd, -) ($(wc -l < pieces.txt) pieces of 8 characters)"

# check_clean FILE...: no piece of a secret in any of the files.
check_clean() {
  local f
  for f in "$@"; do
    [ -f "$f" ] || { fail "$f was not written"; continue; }
    if grep -q -F -f pieces.txt "$f"; then
      local piece
      piece=$(grep -o -F -f pieces.txt "$f" | head -1)
      fail "$f shows part of the secret '$(grep -F -- "$piece" one/bank.secrets | cut -d' ' -f1 | head -1)' (line $(grep -n -F -- "$piece" "$f" | head -1 | cut -d: -f1))"
    fi
  done
}

# lint NAME ARGS...: runs the linter in one/; keeps stdout and stderr as NAME.out and NAME.err.
lint() {
  local name=$1
  shift
  (cd one && "$bin" "$@") > "$name.out" 2> "$name.err"
  local rc=$?
  [ "$rc" = 1 ] || fail "$name: exit $rc, expected 1 (findings); stderr: $(head -3 "$name.err")"
}

# The same secrets in files that do not parse, each broken on a secret's line: the one finding
# such a file gets shows that line, masked.
plant one/broken 1 || { echo "FAIL: could not plant the secrets"; exit 1; }
python3 - one/broken <<'EOF' || { echo "FAIL: could not break the files"; exit 1; }
import sys
folder = sys.argv[1]
def edit(path, marker, change):
    data = open(path, 'rb').read().split(b'\n')
    hits = [i for i, line in enumerate(data) if marker in line]
    assert hits, (path, marker)
    data[hits[0]] = change(data[hits[0]])
    open(path, 'wb').write(b'\n'.join(data))
edit(folder + '/dsop.yaml', b'password:', lambda l: l + b' \xff')                             # invalid UTF-8
edit(folder + '/consent/test-request.json', b'"apiKey"', lambda l: l.replace(b'",', b'" x,'))  # syntax error
edit(folder + '/texts/samtykke.nb.md', b'Bearer', lambda l: l + b' \xc3')                      # invalid UTF-8
EOF
(cd one && "$bin" broken broken/consent/test-request.json "${today[@]}") > broken-check.out 2>&1
for expected in 'broken/dsop\.yaml:[0-9]+:[0-9]+: error: not valid UTF-8.*\[DSOP008' \
                'broken/consent/test-request\.json:[0-9]+:[0-9]+: error: not well-formed YAML.*\[DSOP001' \
                'broken/texts/samtykke\.nb\.md:[0-9]+:[0-9]+: error: not valid UTF-8.*\[DSOP008'; do
  grep -qE "$expected" broken-check.out || fail "no line matches /$expected/ for the broken files"
done
grep -E -A1 '^broken/.*(DSOP008|DSOP001)' broken-check.out | grep -E '^ *[0-9]+ \|' | sed 's/^/  shown: /' | cut -c1-120

count=0
for format in $formats; do
  for lang in en nb; do
    lint "folder-$format-$lang" bank "${today[@]}" --format "$format" --lang "$lang"
    lint "config-$format-$lang" bank/dsop.yaml "${today[@]}" --format "$format" --lang "$lang"
    lint "template-$format-$lang" bank/consent/test-request.json "${today[@]}" --format "$format" --lang "$lang"
    lint "text-$format-$lang" bank/texts/samtykke.nb.md "${today[@]}" --format "$format" --lang "$lang"
    lint "broken-$format-$lang" broken "${today[@]}" --format "$format" --lang "$lang"
    lint "broken-template-$format-$lang" broken/consent/test-request.json "${today[@]}" --format "$format" --lang "$lang"
    count=$((count + 6))
  done
  grep -q 'SEC001' "folder-$format-en.out" || fail "$format: no SEC001 on stdout: the secrets were not found at all"
done
# Every format to a file at once, and text on stdout.
files=()
for format in $formats; do files+=(--format "$format=../report.$format"); done
lint all-files bank "${today[@]}" "${files[@]}" --format text
count=$((count + 1))
check_clean ./*.out ./*.err
for format in $formats; do check_clean "report.$format"; done
echo "$count runs, $(ls ./*.out ./*.err report.* | wc -l) outputs checked for $(wc -l < pieces.txt) pieces"

# The SEC001 findings are all there, each secret once per place (config, template, text).
sec=$(grep -c 'error: .*\[SEC001 secret-literal\]$' folder-text-en.out)
[ "$sec" = 13 ] || fail "$sec SEC001 findings in the text report; expected 13 (5 in the config, 6 in the template, 2 in the text)"
grep -q 'ALT008' folder-text-en.out || fail "no ALT008 for the literal api_key"
echo "text report: $sec SEC001 findings"

# Fingerprints do not depend on a secret: other secret values of the same length give the same ones.
for format in json sarif; do
  (cd one && "$bin" bank "${today[@]}" --format "$format") > "fp-one.$format" 2> /dev/null
  (cd two && "$bin" bank "${today[@]}" --format "$format") > "fp-two.$format" 2> /dev/null
  python3 - "$format" fp-one."$format" fp-two."$format" <<'EOF' || fail "$format fingerprints change with the secret values"
import json, sys
def prints(path, fmt):
    d = json.load(open(path))
    if fmt == 'json':
        return [(f['ruleId'], f['start']['line'], f['fingerprint']) for f in d['findings']]
    return [(r['ruleId'], r['locations'][0]['physicalLocation']['region']['startLine'], json.dumps(r['partialFingerprints'], sort_keys=True))
            for r in d['runs'][0]['results']]
a = prints(sys.argv[2], sys.argv[1])
b = prints(sys.argv[3], sys.argv[1])
print('  %s: %d fingerprints, %d differ' % (sys.argv[1], len(a), sum(x != y for x, y in zip(a, b))))
for x, y in zip(a, b):
    if x != y: print('   ', x, '!=', y)
sys.exit(0 if a and len(a) == len(b) and a == b else 1)
EOF
done
[ $status = 0 ] && echo "no secret in any output"
exit $status
