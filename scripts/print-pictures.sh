#!/usr/bin/env bash
# The printout of a case's workbook, as a revisor gets it: the workbook is written, printed to PDF
# by LibreOffice (Swedish locale, the values the file carries, no recalculation) and every page
# turned into a small PNG in docs/pictures/print/sida-NN.png (older pages there are removed).
# Prints the number of pages and, per page, the sheet it comes from (the footer's left part).
# Usage: scripts/print-pictures.sh [case.json] [outdir]     (npm run print-pictures)
# Needs: libreoffice-calc-nogui and poppler-utils (apt-get install -y --no-install-recommends ...).
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${1:-examples/arbetsmarknadskontoret.json}
out=${2:-docs/pictures/print}
mkdir -p "$out"
. scripts/print-pdf.sh
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
echo "$case_file: $pages sidor"
rm -f "$out"/sida-*.png
for p in $(seq 1 "$pages"); do
  name="$out/sida-$(printf %02d "$p")"
  pdftoppm -r 50 -png -f "$p" -l "$p" -singlefile "$pdf" "$name"
  # the footer's left part is the sheet's name, on the line of "Sida p av n"
  sheet=$(pdftotext -layout -f "$p" -l "$p" "$pdf" - | grep -m1 -E ' Sida [0-9]+ av ' | sed -E 's/^ *//; s/ {2,}Sida .*//' || true)
  echo "$name.png: $sheet"
done
du -sh "$out" | cut -f1
