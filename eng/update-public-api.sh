#!/usr/bin/env bash
# Records the current public API of Standards.Rules and Standards.Engine in their PublicAPI.Unshipped.txt files,
# from the PublicApiAnalyzers' own RS0016 (undeclared) and RS0017 (removed) reports. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in Standards.Rules Standards.Engine; do
  dir="src/$project"
  [ -f "$dir/PublicAPI.Shipped.txt" ] || echo '#nullable enable' > "$dir/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
  log=$(dotnet build "$dir" --no-incremental -p:UseSharedCompilation=false -p:TreatWarningsAsErrors=false -p:DisableStandardsAnalyzer=true 2>&1 || true)
  {
    printf '#nullable enable\n'
    grep -o "warning RS0016: Symbol '[^']*'" <<<"$log" | sed -E "s/^warning RS0016: Symbol '(.*)'$/\1/" | sort -u
  } > "$dir/PublicAPI.Unshipped.txt.new"
  mv "$dir/PublicAPI.Unshipped.txt.new" "$dir/PublicAPI.Unshipped.txt"
  echo "$project: $(($(wc -l < "$dir/PublicAPI.Unshipped.txt") - 1)) public API entries"
done
