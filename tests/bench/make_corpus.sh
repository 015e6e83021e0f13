#!/usr/bin/env bash
# Writes N bank repositories (copies of the correct sample with varied names and numbers) under DIR.
set -euo pipefail
n=$1 dir=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$dir" && mkdir -p "$dir"
for i in $(seq 1 "$n"); do
  d="$dir/bank$i"
  cp -r "$root/samples/eksempelbanken" "$d"
  sed -i "s/client_id: 2edd5f64-d54f-4740-b957-[0-9a-f]*/client_id: 2edd5f64-d54f-4740-b957-$(printf '%012x' "$i")/" "$d/dsop.yaml"
done
