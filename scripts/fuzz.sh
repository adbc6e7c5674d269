#!/usr/bin/env bash
# Fuzzes every target in fuzz/ for SECONDS each (default 60): scripts/fuzz.sh 300
# Needs a nightly toolchain (libFuzzer's sanitizer flags) and cargo-fuzz, installed if missing.
# Crashes land in fuzz/artifacts/<target>/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh SECONDS" >&2; exit 2 ;;
esac

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz: no nightly toolchain; trying: rustup toolchain install nightly --profile minimal" >&2
  if ! rustup toolchain install nightly --profile minimal; then
    echo "fuzz: cargo-fuzz needs a nightly Rust toolchain, and none could be installed" >&2
    echo "fuzz: (offline?). Install one with 'rustup toolchain install nightly' and rerun." >&2
    exit 1
  fi
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi

scripts/fuzz-corpus.sh

status=0
for target in archive csv_records dated_records article; do
  echo "fuzz: $target for ${seconds}s" >&2
  if ! cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=262144; then
    echo "fuzz: $target found a crash; see fuzz/artifacts/$target/" >&2
    status=1
  fi
done
exit "$status"
