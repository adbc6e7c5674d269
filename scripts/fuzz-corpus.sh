#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from fixtures/: CSV files for the CSV readers, the article pages
# for the article parser, and the sample export for the archive target. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=fuzz/corpus
mkdir -p "$corpus"/{archive,csv_records,dated_records,article}

cp fixtures/sample-export.zip "$corpus/archive/sample-export.zip"

n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "$corpus/csv_records/seed-$n.csv"
done < <(find fixtures -name '*.csv' -print0 | sort -z)

# The dated target reads its kind from the first byte: 0 Shares, 1 Comments, 2 SearchQueries.
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  base=$(basename "$f" | tr '[:upper:]' '[:lower:]')
  case "$base" in
    shares*) kind='\x00' ;;
    comments*) kind='\x01' ;;
    *) kind='\x02' ;;
  esac
  { printf "$kind"; cat "$f"; } > "$corpus/dated_records/seed-$n.csv"
done < <(find fixtures \( -iname 'shares*.csv' -o -iname 'comments*.csv' -o -iname 'searchqueries*.csv' \) -print0 | sort -z)

n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "$corpus/article/seed-$n.html"
done < <(find fixtures -name '*.html' -print0 | sort -z)

echo "corpus seeded: $(find "$corpus" -type f | wc -l) files in $corpus"
