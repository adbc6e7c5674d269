#!/usr/bin/env bash
# Copies some entries of an export into a new ZIP (deflated, level 6), to time or profile one
# file family alone; with --except, every entry but the named ones. The README's per-file
# figures come from such ZIPs, for example:
#
#   bench/subset.sh bench/out/synth-2026-1GiB.zip bench/out/reactions.zip Reactions_1798224519.csv
#   bench/subset.sh --except bench/out/synth-2026-512MiB.zip bench/out/small.zip messages.csv \
#     Reactions_1798224519.csv Comments_1798224519.csv Shares_1798224519.csv
#
#   bench/subset.sh [--except] EXPORT.zip OUT.zip ENTRY...
set -euo pipefail
except=0
if [ "${1:-}" = --except ]; then
  except=1
  shift
fi
[ $# -ge 3 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
python3 - "$except" "$@" <<'PY'
import sys
import zipfile

except_, src, out, names = sys.argv[1] == "1", sys.argv[2], sys.argv[3], set(sys.argv[4:])
with zipfile.ZipFile(src) as z:
    have = {i.filename for i in z.infolist()}
    missing = names - have
    if missing:
        sys.exit(f"not in {src}: {', '.join(sorted(missing))}")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as o:
        for info in z.infolist():
            if (info.filename in names) != except_:
                o.writestr(info, z.read(info), compress_type=zipfile.ZIP_DEFLATED)
PY
echo "$2: $(unzip -l "$2" | tail -1)"
