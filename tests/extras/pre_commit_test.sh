#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) with Debian's pre-commit: `pre-commit try-repo` of
# this repository on a scratch git repository made from samples/eksempelbanken passes, and fails
# with TXT012 once a staged nb text says «60 dager» where the config says 90. try-repo clones the
# repository at HEAD (plus uncommitted changes to tracked files), so the manifest must be committed.
# HOME and PRE_COMMIT_HOME point into a temporary folder: nothing outside it is written.
# Usage: pre_commit_test.sh BIN ROOT   (exit 77, a skip, without pre-commit, git, or a git checkout)
set -u
bin=$1 root=$2
for tool in pre-commit git; do
  command -v "$tool" > /dev/null || { echo "SKIP: $tool is not installed (.ci/install-deps --tests installs it)"; exit 77; }
done
git -C "$root" rev-parse --git-dir > /dev/null 2>&1 || { echo "SKIP: $root is not a git checkout (try-repo clones one)"; exit 77; }
if ! git -C "$root" cat-file -e HEAD:.pre-commit-hooks.yaml 2> /dev/null; then
  echo "FAIL: .pre-commit-hooks.yaml is not committed; try-repo only sees committed files (and changes to them)"
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin_dir=$(cd "$(dirname "$bin")" && pwd)
export HOME=$work/home PRE_COMMIT_HOME=$work/pre-commit XDG_CACHE_HOME=$work/cache GIT_CONFIG_NOSYSTEM=1
export PATH="$bin_dir:$PATH"
mkdir -p "$HOME"
git config --global user.name "dsoplint test"
git config --global user.email "test@example.invalid"
git config --global init.defaultBranch main
git config --global --add safe.directory '*'
status=0
fail() { echo "FAIL: $*"; status=1; }
[ "$(command -v dsoplint)" = "$bin_dir/dsoplint" ] || fail "the built dsoplint is not first on PATH"

bank=$work/bank
cp -r "$root/samples/eksempelbanken" "$bank"
(cd "$bank" && git init -q && git add -A && git commit -qm "the sample bank") || { echo "FAIL: cannot make the scratch repository"; exit 1; }

(cd "$bank" && pre-commit try-repo "$root" dsoplint --all-files) > "$work/clean.out" 2>&1; rc=$?
sed 's/^/  clean: /' "$work/clean.out"
[ "$rc" = 0 ] || fail "pre-commit on the clean sample exited $rc, expected 0"
grep -q '^dsoplint.*Passed$' "$work/clean.out" || fail "the dsoplint hook did not report Passed on the clean sample"

sed -i 's/Samtykket varer i 90 dager/Samtykket varer i 60 dager/' "$bank/texts/samtykke.nb.md"
grep -q '60 dager' "$bank/texts/samtykke.nb.md" || { echo "FAIL: the sentence to change is not in the sample text"; exit 1; }
(cd "$bank" && git add texts/samtykke.nb.md)
(cd "$bank" && pre-commit try-repo "$root" dsoplint) > "$work/staged.out" 2>&1; rc=$?
sed 's/^/  staged: /' "$work/staged.out"
[ "$rc" = 1 ] || fail "pre-commit with the staged «60 dager» exited $rc, expected 1"
grep -q '^dsoplint.*Failed$' "$work/staged.out" || fail "the dsoplint hook did not report Failed on the staged text"
grep -q 'texts/samtykke.nb.md:.*TXT012' "$work/staged.out" || fail "no TXT012 at texts/samtykke.nb.md in the hook's output"
[ $status = 0 ] && echo "pre-commit passes on the clean sample and fails with TXT012 on the staged text"
exit $status
