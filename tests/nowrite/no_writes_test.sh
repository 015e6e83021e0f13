#!/usr/bin/env bash
# No writes, no network (PRODUCT.md principle 3): linting the whole samples/ folder under strace,
# in every format to stdout, with --format sarif=PATH, with --write-baseline PATH and with
# --baseline PATH, makes no network call (no socket, no connect) and opens, creates, renames,
# removes or truncates no file except the PATH asked for.
# Usage: no_writes_test.sh BIN ROOT   (exit 77, a ctest skip, when strace is missing or cannot trace)
set -u
bin=$1 root=$2
if ! command -v strace > /dev/null; then
  echo "SKIP: strace is not installed (.ci/install-deps --tests installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! strace -f -o "$work/probe" true 2> "$work/probe.err"; then
  echo "SKIP: strace cannot trace here: $(head -1 "$work/probe.err")"
  exit 77
fi
# LeakSanitizer stops itself under ptrace; the sanitizer build still checks everything else.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=0"
cd "$root" || exit 2
calls=network,open,openat,openat2,creat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,unlink,unlinkat,rmdir,mkdir,mkdirat,truncate,ftruncate,mknod,mknodat
status=0
formats=$("$bin" --help | grep -E -- '--format' | grep -oE '[a-z]+(\|[a-z]+)+' | head -1 | tr '|' ' ')
[[ " $formats " == *" sarif "* ]] || { echo "FAIL: --help lists no format list with sarif (found '$formats')"; exit 1; }

# traced NAME ALLOWED ARGS...: runs the linter on samples/ under strace, one trace file per process;
# fails on any network call and on any write to a path other than ALLOWED ("" for none). It expects
# exit code 1 (the broken samples have findings), or $expect_rc when that is set.
traced() {
  local name=$1 allowed=$2
  shift 2
  rm -f "$work/$name".*
  strace -f -ff -qq -e trace="$calls" -o "$work/$name" "$bin" samples/ --today 2026-11-27 "$@" > "$work/$name.stdout" 2> "$work/$name.stderr"
  local rc=$?
  local expected=${expect_rc:-1}
  [ "$rc" = "$expected" ] || { echo "FAIL $name: exit $rc, expected $expected"; head -3 "$work/$name.stderr"; status=1; }
  python3 - "$name" "$allowed" "$work/$name".* <<'EOF' || status=1
import re, sys
name, allowed, traces = sys.argv[1], sys.argv[2], [t for t in sys.argv[3:] if not t.endswith(('.stdout', '.stderr'))]
network = re.compile(r'^(socket|socketpair|connect|bind|listen|accept4?|send(to|msg|mmsg)?|recv(from|msg|mmsg)?|'
                     r'getsockname|getpeername|setsockopt|getsockopt|shutdown)\(')
opened = re.compile(r'^(open|openat|openat2)\((?:[^,]*, )?"((?:[^"\\]|\\.)*)", ([A-Z0-9_|]+)')
changes = re.compile(r'^(creat|rename|renameat2?|link|linkat|symlink|symlinkat|unlink|unlinkat|rmdir|mkdir|mkdirat|'
                     r'truncate|ftruncate|mknod|mknodat)\((.*)')
write_flags = {'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC', 'O_APPEND'}
bad, reads, writes = [], 0, []
for trace in traces:
    for line in open(trace, errors='replace'):
        line = line.strip()
        if network.match(line):
            bad.append('network call: ' + line)
        elif m := opened.match(line):
            flags = set(m.group(3).split('|'))
            if flags & write_flags:
                (writes.append(m.group(2)) if m.group(2) == allowed else bad.append('opened for writing: ' + line))
            else:
                reads += 1
        elif changes.match(line):
            bad.append('changes a file: ' + line)
print('  %s: %d processes traced, %d files opened for reading, written: %s' % (name, len(traces), reads, writes or 'none'))
if allowed and writes != [allowed]:
    bad.append('the report %s was opened for writing %d times, expected once' % (allowed, len(writes)))
for b in bad: print('FAIL %s: %s' % (name, b))
sys.exit(1 if bad or reads == 0 else 0)
EOF
}

for format in $formats; do
  traced "stdout-$format" "" --format "$format"
  [ -s "$work/stdout-$format.stdout" ] || { echo "FAIL stdout-$format: nothing on stdout"; status=1; }
done
traced "sarif-file" "$work/report.sarif" --format "sarif=$work/report.sarif"
[ -s "$work/report.sarif" ] || { echo "FAIL sarif-file: $work/report.sarif is empty"; status=1; }
# Recording a baseline writes that file alone, and the run then passes (its findings are accepted).
expect_rc=0 traced "write-baseline" "$work/baseline.json" --write-baseline "$work/baseline.json"
[ -s "$work/baseline.json" ] || { echo "FAIL write-baseline: $work/baseline.json is empty"; status=1; }
expect_rc=0 traced "read-baseline" "" --baseline "$work/baseline.json"
[ $status = 0 ] && echo "no network call, and no write but the report asked for"
exit $status
