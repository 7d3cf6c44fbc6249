#!/usr/bin/env bash
# Measures reading a large case-sample CSV through `standards rate`: wall time and peak
# memory (maximum resident set size) of the whole process, for a tiny sample (the fixed cost
# of starting .NET and compiling the rulebook) and for samples of 100,000 and 1,000,000 rows,
# each with a case_id column (whose ids are remembered to find repeats) and without one.
# Usage: scripts/measure-case-sample-streaming.sh [rows...]   (default: 10 100000 1000000)
# Needs GNU time (/usr/bin/time). Results are recorded in docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows=("$@"); [ ${#rows[@]} -eq 0 ] && rows=(10 100000 1000000)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Standards.Cli" -c Release -v q -nologo >/dev/null
cli="$root/src/Standards.Cli/bin/Release/net10.0/standards.dll"
printf 'case_sample:\n  cases_file: cases.csv\n' > "$work/pdu.yaml"
printf '%-10s %-8s %12s %10s %14s\n' rows case_id "csv bytes" "seconds" "peak RSS (MB)"
for n in "${rows[@]}"; do
for ids in yes no; do
  # Every column of a case, a quoted id with a comma in one row in seven, and some cells not judged.
  awk -v n="$n" 'BEGIN {
    print "case_id,oversight_sufficient,first_touch_point_on_time,assessment_engagement,assessment_desistance,assessment_safety,planning_engagement,planning_desistance,planning_safety,implementation_engagement,implementation_desistance,implementation_safety,reviewing_engagement,reviewing_desistance,reviewing_safety";
    split("yes no yes yes no  yes", v, " ");
    for (i = 1; i <= n; i++) {
      id = (i % 7 == 0) ? "\"C" i ", quoted\"" : "C" i;
      line = id;
      for (c = 0; c < 14; c++) line = line "," ((i + c) % 9 == 0 ? "" : v[(i * 3 + c) % 5 + 1]);
      print line;
    }
  }' > "$work/cases.csv"
  [ "$ids" = no ] && cut -d, -f2- "$work/cases.csv" | sed 's/^ quoted",//' > "$work/no-ids.csv" && mv "$work/no-ids.csv" "$work/cases.csv"
  bytes=$(stat -c %s "$work/cases.csv")
  /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet "$cli" rate "$work/pdu.yaml" --format json > "$work/report.json"
  read -r seconds kb < "$work/time.txt"
  printf '%-10s %-8s %12s %10s %14.1f\n' "$n" "$ids" "$bytes" "$seconds" "$(echo "$kb / 1024" | bc -l)"
done
done
