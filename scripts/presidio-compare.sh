#!/usr/bin/env bash
# Compares this crate's detectors with Microsoft Presidio's pattern recognizers on the same
# seeded corpus and prints one Markdown table (precision, recall, throughput per type).
# Not run in CI: it installs presidio-analyzer from PyPI into a virtual environment.
#
#   scripts/presidio-compare.sh [SEED] [DOCS]     (defaults: 1 2000)
#
# Environment: VENV (default .venv-presidio in the crate), CARGO_TARGET_DIR as usual.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED="${1:-1}"
DOCS="${2:-2000}"
VENV="${VENV:-.venv-presidio}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check presidio-analyzer

cargo run --quiet --release --example accuracy -- --seed "$SEED" --docs "$DOCS" --export "$OUT/corpus.jsonl" > "$OUT/detect.txt"
"$VENV/bin/python" scripts/presidio_compare.py "$OUT/corpus.jsonl" 2> "$OUT/presidio.log" || {
    cat "$OUT/presidio.log" >&2
    exit 1
}
