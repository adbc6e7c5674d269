#!/usr/bin/env bash
# The peers, side by side: installs the PyPI tools `linkedin2md` and `linkedin-analyzer` in a
# virtual environment (bench/out/venv) and runs each on the largest seeded synthetic export it
# handles, alternating with our `scan --format json --jobs 2` on the SAME export, and prints
# medians of wall time, throughput (MB/s of the export's uncompressed bytes), peak RSS, and the
# peer/ours ratios. Called at the end of bench/run.sh (skip with PEERS=0); also runs alone.
#
#   bench/peers.sh [SIZE] [RUNS]    SIZE to try first (default 256MiB), RUNS default 3
#
# "Handles" means: exits 0 within PEER_TIMEOUT seconds (default 600) under a PEER_MEM_GIB
# address-space cap (default 8). On failure the export size is halved (down to PEER_MIN, default
# 4MiB) and the reason is printed. The run that succeeds is the first of the RUNS alternating
# peer runs, so a slow peer is not run once more just to find its size.
#
# How the peers are invoked (their own requirements, not ours):
#   linkedin2md:       linkedin2md -q -o DIR EXPORT.zip    (reads the ZIP; writes Markdown)
#   linkedin-analyzer: linkedin-analyzer all --shares-input F ... (reads four loose CSVs:
#                      Shares, Comments, messages, Connections; writes .xlsx). It cannot read a
#                      ZIP, so this script unpacks those four files into bench/out/peers first;
#                      that unpacking is timed separately and NOT counted in its wall time.
# Their own limits, which decide the size each handles (seen in their source):
#   linkedin2md refuses a ZIP over 500 MB and any CSV over 100,000 rows, after reading all of it
#   into memory (so the 2026 seed-42 export stops at ~50 MiB: messages.csv, Reactions_*.csv);
#   linkedin-analyzer refuses a CSV over 100 MiB or 1,000,000 rows by default (--max-input-bytes 0
#   --max-rows 0 lift that; not used here), so messages.csv caps it at ~130 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-256MiB}
runs=${2:-3}
out=bench/out
pdir=$out/peers
venv=$out/venv
timeout_s=${PEER_TIMEOUT:-600}
mem_gib=${PEER_MEM_GIB:-8}
min_size=${PEER_MIN:-4MiB}
# Pinned so that figures compare across runs (and so that a re-run needs no index look-up).
declare -A pinned=([linkedin2md]=0.7.2 [linkedin-analyzer]=0.6.0)
peers=(linkedin2md linkedin-analyzer)
mkdir -p "$pdir"
command -v unzip >/dev/null || { echo "needs unzip (apt-get install unzip)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
command -v timeout >/dev/null || { echo "needs timeout (coreutils)" >&2; exit 1; }

mib() { # 64MiB -> 64, 1GiB -> 1024
  case $1 in
    *GiB) echo $((${1%GiB} * 1024)) ;;
    *MiB) echo "${1%MiB}" ;;
    *) echo "size must look like 64MiB or 1GiB, not: $1" >&2; return 1 ;;
  esac
}
label() { if (($1 % 1024 == 0)); then echo "$(($1 / 1024))GiB"; else echo "${1}MiB"; fi; }
start_mib=$(mib "$size")
min_mib=$(mib "$min_size")

cargo build --release --quiet --example synth
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-target}
bin=$target/release/linkedin-exposure
export_for() { # SIZE-LABEL -> path of the seeded export, generated on first use
  local f="$out/synth-2026-$1.zip"
  if [ ! -f "$f" ]; then
    "$target/release/examples/synth" --seed 42 --era 2026 --size "$1" -o "$f" > "$pdir/synth.log" 2>&1
    echo "  generated $f" >&2
  fi
  echo "$f"
}
uncompressed() { unzip -l "$1" | tail -1 | awk '{print $1}'; }

echo
echo "== peers (PyPI), each on the largest export it handles, alternating with our scan --jobs 2"

# --- install ------------------------------------------------------------------------------
declare -A installed
if ! command -v python3 >/dev/null; then
  echo "python3 not found: peers skipped"
  exit 0
fi
if [ ! -x "$venv/bin/python" ] && ! python3 -m venv "$venv" > "$pdir/venv.log" 2>&1; then
  echo "python3 -m venv failed (see $pdir/venv.log): peers skipped"
  exit 0
fi
for p in "${peers[@]}"; do
  if "$venv/bin/pip" install --quiet --disable-pip-version-check "$p==${pinned[$p]}" \
    > "$pdir/pip-$p.log" 2>&1 && [ -x "$venv/bin/$p" ]; then
    installed[$p]=1
    echo "$p ${pinned[$p]}: installed in $venv"
  else
    echo "$p ${pinned[$p]}: NOT INSTALLED, skipped: $(grep -m1 -iE 'error' "$pdir/pip-$p.log" | cut -c1-140)"
  fi
done

# --- how each peer is run -----------------------------------------------------------------
# prepare PEER EXPORT: whatever the peer needs before it can start (not timed with the peer);
# then peer_cmd holds the command.
peer_cmd=()
prepare() {
  local p=$1 zip=$2
  case $p in
    linkedin2md)
      rm -rf "$pdir/linkedin2md-md"
      peer_cmd=("$venv/bin/linkedin2md" -q -o "$pdir/linkedin2md-md" "$zip")
      ;;
    linkedin-analyzer)
      local u="$pdir/linkedin-analyzer-csv" x="$pdir/linkedin-analyzer-xlsx" t0 t1 sh co
      if [ "$(cat "$u/.from" 2> /dev/null)" != "$zip" ]; then
        rm -rf "$u" && mkdir -p "$u" "$x"
        t0=$(date +%s.%N)
        unzip -q -o "$zip" 'Shares*.csv' 'Comments*.csv' messages.csv Connections.csv -d "$u" || true
        t1=$(date +%s.%N)
        echo "$zip" > "$u/.from"
        echo "  linkedin-analyzer reads loose CSVs, not a ZIP: unpacked $(du -sh "$u" | cut -f1)" \
          "(Shares, Comments, messages, Connections) to $u in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}') s, not counted"
      fi
      sh=$(find "$u" -maxdepth 1 -name 'Shares*.csv' | head -1)
      co=$(find "$u" -maxdepth 1 -name 'Comments*.csv' | head -1)
      peer_cmd=("$venv/bin/linkedin-analyzer" all
        --shares-input "${sh:-$u/Shares.csv}" --shares-output "$x/Shares.xlsx"
        --comments-input "${co:-$u/Comments.csv}" --comments-output "$x/Comments.xlsx"
        --messages-input "$u/messages.csv" --messages-output "$x/Messages.xlsx"
        --connections-input "$u/Connections.csv" --connections-output "$x/Connections.xlsx")
      ;;
  esac
}
# bytes of the export the peer actually reads (for the note under the table)
bytes_read() {
  case $1 in
    linkedin2md) uncompressed "$2" ;;
    linkedin-analyzer) du -sb --exclude=.from "$pdir/linkedin-analyzer-csv" | cut -f1 ;;
  esac
}

# measure cap|nocap NAME CMD...: sets m_wall m_kib m_rc; output to $pdir/NAME.{out,err}
measure() {
  local cap=$1 name=$2
  shift 2
  m_rc=0
  (
    if [ "$cap" = cap ]; then ulimit -v $((mem_gib * 1024 * 1024)); fi
    exec /usr/bin/time -f "%e %M" -o "$pdir/time.txt" timeout "$timeout_s" "$@"
  ) > "$pdir/$name.out" 2> "$pdir/$name.err" || m_rc=$?
  read -r m_wall m_kib < <(tail -n1 "$pdir/time.txt")
}
why() { # one line on why a peer run failed
  local e=$pdir/$1.err line
  if [ "$m_rc" = 124 ]; then echo "timed out after ${timeout_s} s"; return; fi
  line=$(grep -E 'ERROR' "$e" | grep -vE 'Unexpected error|Failed to clean and export data' | tail -1 |
    sed -E 's/^[0-9-]+ [0-9:,]+ //; s|[^ ]*/||g' | cut -c1-200)
  if grep -q MemoryError "$e"; then line="MemoryError (cap ${mem_gib} GiB) ${line}"; fi
  echo "exit $m_rc: ${line:-$(tail -1 "$e" | cut -c1-150)}"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rows=()
notes=()
for p in "${peers[@]}"; do
  [ -n "${installed[$p]:-}" ] || { rows+=("$p|-|not installed"); continue; }
  found=
  for ((s = start_mib; s >= min_mib; s /= 2)); do
    lab=$(label "$s")
    zip=$(export_for "$lab")
    prepare "$p" "$zip"
    measure cap "$p" "${peer_cmd[@]}"
    if [ "$m_rc" = 0 ]; then
      found=$lab
      break
    fi
    echo "  $p on $lab: FAILED, $(why "$p"); wall ${m_wall} s, peak RSS $((m_kib / 1024)) MiB"
  done
  if [ -z "$found" ]; then
    rows+=("$p|-|failed on every size from $size down to $min_size")
    continue
  fi
  echo "  $p on $found: ok ($(grep -c WARNING "$pdir/$p.err" || true) warning lines on stderr)"
  pt="$m_wall " pk="$m_kib " ot="" ok=""
  for ((r = 1; r <= runs; r++)); do
    if ((r > 1)); then
      prepare "$p" "$zip"
      measure cap "$p" "${peer_cmd[@]}"
      [ "$m_rc" = 0 ] || echo "  $p on $found: run $r FAILED, $(why "$p")"
      pt+="$m_wall " pk+="$m_kib "
    fi
    measure nocap scan "$bin" scan --format json -q --jobs 2 --as-of 2026-11-23 "$zip"
    [ "$m_rc" = 0 ] || echo "  our scan on $found: exit $m_rc (see $pdir/scan.err)"
    ot+="$m_wall " ok+="$m_kib "
  done
  b=$(uncompressed "$zip")
  rows+=("scan --jobs 2|$found|$(echo "$ot" | median) $(echo "$ok" | median) $b $(echo "$ot" | median) $(echo "$ok" | median)")
  rows+=("$p|$found|$(echo "$pt" | median) $(echo "$pk" | median) $b $(echo "$ot" | median) $(echo "$ok" | median)")
  br=$(bytes_read "$p" "$zip")
  notes+=("$p read $((br / 1000000)) of $((b / 1000000)) MB of the $found export (MB/s is over the whole export)")
done

printf '\n%-18s %7s %9s %7s %10s %9s %9s\n' tool export "wall (s)" "MB/s" "peak RSS" "wall/ours" "RSS/ours"
for row in "${rows[@]}"; do
  IFS='|' read -r name lab vals <<< "$row"
  if [ "$lab" = - ]; then
    printf '%-18s %7s   %s\n' "$name" - "$vals"
    continue
  fi
  read -r t k b ot ok <<< "$vals"
  awk -v n="$name" -v l="$lab" -v t="$t" -v k="$k" -v b="$b" -v ot="$ot" -v ok="$ok" 'BEGIN {
    printf "%-18s %7s %9.2f %7.1f %6.0f MiB %8.1fx %8.1fx\n", n, l, t, b / 1e6 / t, k / 1024, t / ot, k / ok }'
done
echo "(medians of $runs alternating runs per peer; ratios = peer / our scan --jobs 2 on the same export)"
for n in "${notes[@]}"; do echo "note: $n"; done
rm -rf "$pdir/linkedin-analyzer-csv"
