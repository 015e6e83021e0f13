#!/usr/bin/env bash
# Renders the readiness report of samples/eksempelbanken and of a broken variant in headless
# Chromium: the page must load without a console message (the page has no script, and its
# Content-Security-Policy makes any attempt to load an outside resource a console error), its DOM
# must hold the verdict and every task, and it must print on A4. Screenshots (desktop and phone
# width) and the PDFs stay in OUT_DIR for a person to look at. Exit 77 (skipped) without Chromium.
set -u
bin=$1 root=$2 out=$3
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium is not installed (bash .ci/install-deps --tests installs it)"
  exit 77
fi
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

chrome() {  # log file, chromium arguments...
  local log=$1; shift
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --disable-background-networking --disable-sync --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 "$@" 2> "$log"
}

# Chromium logs every console message as ":CONSOLE"; a page without script should have none.
console_errors() { grep ":CONSOLE" "$1"; }

check_page() {  # name, html file, expected verdict words
  local name=$1 html=$2 verdict=$3 url="file://$2"
  chrome "$out/$name.dom.log" --dump-dom "$url" > "$out/$name.dom.html" || fail "$name: chromium could not load the page"
  if console_errors "$out/$name.dom.log"; then fail "$name: the page logged console messages"; fi
  grep -q "<h1>" "$out/$name.dom.html" || fail "$name: the loaded page has no <h1>"
  grep -q "$verdict" "$out/$name.dom.html" || fail "$name: the loaded page lacks the verdict '$verdict'"
  for task in A-1 A-2 A-3 A-4 A-5 B-1 B-2 B-3 B-4 C-1 C-2 C-3 D-1 D-2 D-3; do
    grep -q "id=\"task-$task\"" "$out/$name.dom.html" || fail "$name: the loaded page lacks task $task"
  done
  chrome "$out/$name.desktop.log" --hide-scrollbars --window-size=1280,2000 --screenshot="$out/$name-desktop.png" "$url" \
    > /dev/null || fail "$name: no desktop screenshot"
  chrome "$out/$name.phone.log" --hide-scrollbars --window-size=390,1600 --screenshot="$out/$name-phone.png" "$url" \
    > /dev/null || fail "$name: no phone screenshot"
  for shot in desktop phone; do
    [ -s "$out/$name-$shot.png" ] || fail "$name: the $shot screenshot is empty"
  done
  chrome "$out/$name.pdf.log" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "$url" > /dev/null ||
    fail "$name: printing to PDF failed"
  local pages a4
  pages=$(grep -a -c "/MediaBox" "$out/$name.pdf" 2>/dev/null || true)
  a4=$(grep -a -c "/MediaBox \[0 0 59[45]\.[0-9]* 841\.[0-9]*\]" "$out/$name.pdf" 2>/dev/null || true)
  if [ "${pages:-0}" -eq 0 ] || [ "$pages" != "$a4" ]; then fail "$name: $a4 of $pages printed pages are A4"; fi
  echo "$name: loaded without console messages; $pages A4 pages; screenshots in $out"
}

report() {  # name, sample folder
  "$bin" report "$root/$2" --today 2026-11-27 -o "$out/$1.html"
  local rc=$?
  [ "$rc" -le 1 ] || fail "$1: dsoplint report exited with $rc"
}

report eksempelbanken samples/eksempelbanken
check_page eksempelbanken "$out/eksempelbanken.html" "ready for production: yes"
report hosts-mixed-up samples/broken/hosts-mixed-up
check_page hosts-mixed-up "$out/hosts-mixed-up.html" "ready for production: no"

# The check itself: a page that tries to load an outside image must be caught.
sed 's|<main>|<main><img src="http://127.0.0.1:9/x.png" alt="">|' "$out/eksempelbanken.html" > "$out/control.html"
chrome "$out/control.log" --dump-dom "file://$out/control.html" > /dev/null
console_errors "$out/control.log" > /dev/null || fail "control: an outside image was not reported"
exit $status
