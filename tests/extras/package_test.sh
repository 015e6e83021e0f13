#!/usr/bin/env bash
# The Debian package: CPack builds dsoplint_<version>_amd64.deb from this build; its Depends name the
# libraries the binary links (libyaml-cpp0.7, libre2-9, libicu72, libssl3, and libtcmalloc-minimal4
# when it links tcmalloc; each installed here); it
# installs with `dpkg --root` into an empty folder with its own, empty dpkg database (--force-depends:
# that database has none of the libraries, the system has), holds the binary and the man page, and
# the installed `dsoplint --version` runs. Nothing is installed on the system.
# Usage: package_test.sh BIN BUILD_DIR   (exit 77, a skip, without cpack, dpkg-deb or dpkg-shlibdeps)
set -u
bin=$1 build=$2
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" > /dev/null || { echo "SKIP: $tool is not installed (.ci/install-deps --tests installs dpkg-dev)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
version=$("$bin" --version | sed -n 's/^dsoplint //p')
arch=$(dpkg --print-architecture)
cpack -G DEB -B "$work/pkg" --config "$build/CPackConfig.cmake" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$work/pkg/dsoplint_${version}_${arch}.deb
[ -f "$deb" ] || { echo "FAIL: no $(basename "$deb"); cpack made: $(ls "$work/pkg")"; exit 1; }
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
libs=(libyaml-cpp0.7 libre2-9 libicu72 libssl3)
if command -v readelf > /dev/null && readelf -d "$bin" | grep -q 'NEEDED.*libtcmalloc_minimal'; then
  libs+=(libtcmalloc-minimal4)
fi
for lib in "${libs[@]}"; do
  [[ ", $depends" == *", $lib "* || ", $depends," == *", $lib,"* ]] || fail "Depends does not name $lib"
done
for dep in $(echo "$depends" | tr ',' '\n' | sed 's/ *(.*//; s/^ *//'); do
  dpkg-query -W -f='${Status}' "$dep" 2> /dev/null | grep -q "install ok installed" || fail "the dependency $dep is not a package installed here"
done

root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log=/dev/null --force-depends --force-not-root -i "$deb" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i into $root"; }
dpkg --root="$root" -s dsoplint 2> /dev/null | grep -q '^Status: install ok installed' || fail "dpkg does not list dsoplint as installed in the scratch root"
[ -x "$root/usr/bin/dsoplint" ] || fail "the package has no usr/bin/dsoplint"
grep -q '^\.TH DSOPLINT 1' "$root/usr/share/man/man1/dsoplint.1" 2> /dev/null || fail "the package has no man page usr/share/man/man1/dsoplint.1"
installed=$("$root/usr/bin/dsoplint" --version 2>&1)
[ "$installed" = "dsoplint $version" ] || fail "the installed dsoplint --version says '$installed', expected 'dsoplint $version'"
[ $status = 0 ] && echo "installed into a scratch root with dpkg: '$installed'"
exit $status
