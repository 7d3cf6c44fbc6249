#!/usr/bin/env bash
# Cold start of the built CLI: runs a command 5 times with /usr/bin/time and prints each run and the medians of
# wall-clock and CPU (user + sys) seconds. CPU time is the steadier figure on a shared, busy machine.
# Usage: benchmarks/cold-start.sh [label] [-- standards arguments]   (default: rate examples/national-picture.yaml)
# Extra environment (e.g. DOTNET_TieredPGO=0) passes through to the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
label="${1:-rate}"; shift || true
[ "${1:-}" = "--" ] && shift
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(rate examples/national-picture.yaml)
dll="${STANDARDS_DLL:-src/Standards.Cli/bin/Release/net10.0/standards.dll}"
walls=(); cpus=()
for i in 1 2 3 4 5; do
  timing=$(mktemp)
  /usr/bin/time -o "$timing" -f "%e %U %S" dotnet "$dll" "${args[@]}" > /dev/null 2>&1 || true
  read -r wall user sys < <(tail -1 "$timing"); rm -f "$timing"
  cpu=$(echo "$user + $sys" | bc)
  walls+=("$wall"); cpus+=("$cpu")
  echo "  run $i: ${wall} s wall, ${cpu} s cpu"
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo "$label: median $(median "${walls[@]}") s wall, $(median "${cpus[@]}") s cpu (load $(cut -d' ' -f1 /proc/loadavg))"
