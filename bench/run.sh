#!/usr/bin/env bash
# One command: build, generate a seeded synthetic export, and measure in one run, alternating,
# the decompression floor (`unzip -p EXPORT > /dev/null`) against `scan` (--jobs 1 and 2) and
# `items`. Prints medians of wall time, throughput (MB/s of uncompressed input), peak RSS, and
# each ratio to `unzip -p`, and `items` to `scan` (also within each repetition). Never run in CI: the machines are shared
# and noisy, so only the ratios of one run mean anything.
#
#   bench/run.sh [SIZES] [RUNS]     SIZES like 256MiB or 256MiB,512MiB,1GiB (default 256MiB),
#                                   RUNS default 3
#
# With several sizes, each is measured in turn and a last table sets the sizes side by side
# (is peak RSS flat?). Then bench/peers.sh SIZE RUNS, with the largest SIZE: the PyPI peers
# linkedin2md and linkedin-analyzer beside our scan, each on the largest export it handles
# (SIZE, halved until it succeeds). PEERS=0 skips them.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-256MiB}
runs=${2:-3}
out=bench/out
mkdir -p "$out"
command -v unzip >/dev/null || { echo "needs unzip (apt-get install unzip)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet --example synth
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-target}
bin=$target/release/linkedin-exposure
summary=()
ratios=()
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
IFS=, read -r -a size_list <<< "$sizes"
for size in "${size_list[@]}"; do
export_zip="$out/synth-2026-$size.zip"
if [ ! -f "$export_zip" ]; then
  "$target/release/examples/synth" --seed 42 --era 2026 --size "$size" -o "$export_zip" >&2
fi
bytes=$(unzip -l "$export_zip" | tail -1 | awk '{print $1}')
echo "export: $export_zip, $(du -h "$export_zip" | cut -f1) compressed, $bytes bytes uncompressed, $(nproc) cores"

declare -A cmds=(
  [unzip]="unzip -p $export_zip"
  [scan_j1]="$bin scan --format json -q --jobs 1 --as-of 2026-11-23 $export_zip"
  [scan_j2]="$bin scan --format json -q --jobs 2 --as-of 2026-11-23 $export_zip"
  [items_j2]="$bin items -q --jobs 2 --as-of 2026-11-23 $export_zip"
)
order=(unzip scan_j1 scan_j2 items_j2)
unset times rss
declare -A times rss
for ((r = 1; r <= runs; r++)); do
  for name in "${order[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$out/time.txt" ${cmds[$name]} > /dev/null || true
    read -r wall kib < <(tail -n1 "$out/time.txt") # after "Command exited with non-zero status N"
    times[$name]+="$wall "
    rss[$name]+="$kib "
  done
done

floor=$(echo "${times[unzip]}" | median)
printf '\n%-10s %10s %10s %12s %10s\n' command "wall (s)" "MB/s" "peak RSS" "vs unzip"
for name in "${order[@]}"; do
  t=$(echo "${times[$name]}" | median)
  m=$(echo "${rss[$name]}" | median)
  awk -v n="$name" -v t="$t" -v m="$m" -v b="$bytes" -v f="$floor" \
    'BEGIN { printf "%-10s %10.2f %10.0f %9.0f MiB %9.2fx\n", n, t, b / 1e6 / t, m / 1024, t / f }'
  summary+=("$(awk -v s="$size" -v n="$name" -v t="$t" -v m="$m" -v f="$floor" \
    'BEGIN { printf "%-8s %-10s %9.2f %9.0f MiB %9.2fx", s, n, t, m / 1024, t / f }')")
done
echo "(medians of $runs alternating runs; ratio = wall time / wall time of unzip -p)"
ratio=$(awk -v i="$(echo "${times[items_j2]}" | median)" -v s="$(echo "${times[scan_j2]}" | median)" \
  'BEGIN { printf "%.2f", i / s }')
echo "items_j2 / scan_j2: ${ratio}x"
# The same ratio within each repetition (the two run one after the other), to show the noise:
# the medians above can come from different repetitions.
read -r -a scan_t <<< "${times[scan_j2]}"
read -r -a items_t <<< "${times[items_j2]}"
per_rep=""
for ((r = 0; r < runs; r++)); do
  per_rep+="$(awk -v i="${items_t[r]}" -v s="${scan_t[r]}" 'BEGIN { printf "%.2f", i / s }') "
done
echo "  per repetition: ${per_rep}(median $(echo "$per_rep" | median)); scan_j2 walls: ${times[scan_j2]}"
ratios+=("$size $ratio")
echo
done
if [ "${#size_list[@]}" -gt 1 ]; then
  printf '%-8s %-10s %9s %13s %10s\n' size command "wall (s)" "peak RSS" "vs unzip"
  printf '%s\n' "${summary[@]}"
  printf 'items_j2 / scan_j2:'
  for r in "${ratios[@]}"; do printf ' %s %sx' "${r% *}" "${r#* }"; done
  echo
  echo
fi
size=${size_list[-1]}
if [ "${PEERS:-1}" != 0 ]; then
  bench/peers.sh "$size" "$runs"
fi
