#!/usr/bin/env bash
# The man page generated at build time holds every option and subcommand that --help lists (it is
# made from --help; this catches a build that did not regenerate it), and man can format it.
# Usage: man_page_test.sh BIN MAN_PAGE
set -u
bin=$1 page=$2
[ -f "$page" ] || { echo "FAIL: $page was not generated"; exit 1; }
status=0
plain=$(sed 's/\\-/-/g; s/\\e/\\/g' "$page")
for opt in $("$bin" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  grep -qF -- "$opt" <<< "$plain" || { echo "FAIL: the man page lacks $opt"; status=1; }
done
for cmd in $("$bin" --help | sed -n '/^Subcommands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
  grep -qx ".SS $cmd" "$page" || { echo "FAIL: the man page has no section for '$cmd'"; status=1; }
done
if command -v man > /dev/null; then
  man -l "$page" > /dev/null 2>&1 || { echo "FAIL: man -l cannot format $page"; status=1; }
fi
[ $status = 0 ] && echo "the man page lists every option and subcommand of --help"
exit $status
