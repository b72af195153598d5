#!/usr/bin/env bash
# Pictures of the generated workbook as a revisor prints it: the workbook is written once, printed
# to PDF by LibreOffice with a Swedish locale WITHOUT recalculation (so the pictures show the
# values the file carries, as Excel's Protected View does), and the first page of each sheet is
# turned into PNG by pdftoppm (the sheet is read from the page's footer). Prints the number of
# pages. Output: docs/pictures/<sheet key>.png. Every page of the printout: scripts/print-pictures.sh.
# Usage: scripts/sheet-pictures.sh [case.json]
# Needs: libreoffice-calc-nogui and poppler-utils (apt-get install -y --no-install-recommends ...).
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${1:-examples/arbetsmarknadskontoret.json}
out=docs/pictures
mkdir -p "$out"
. scripts/print-pdf.sh
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
echo "$case_file: $pages sidor"
declare -A key=([Resultaträkning]=statement [Prognos]=projection [Känslighet]=sensitivity [Återföring]=repayment
  [Omfördelning]=compensation [Uppföljning]=followup [Poster]=lines [Antaganden]=assumptions [Metod]=method [Revision]=revision)
declare -A done=()
for p in $(seq 1 "$pages"); do
  # the footer's left part is the sheet's name, on a line of its own
  sheet=$(pdftotext -f "$p" -l "$p" "$pdf" - | grep -m1 -x -E "$(IFS='|'; echo "${!key[*]}")" || true)
  if [ -n "$sheet" ] && [ -z "${done[$sheet]:-}" ]; then
    done[$sheet]=1
    pdftoppm -r 80 -png -f "$p" -l "$p" -singlefile "$pdf" "$out/${key[$sheet]}"
    echo "$out/${key[$sheet]}.png (sida $p)"
  fi
done
