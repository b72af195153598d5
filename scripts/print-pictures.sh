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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user" "$work/pdf" "$out"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
XCU
npm run --silent build:cli
node -e '
const { parseCase } = require("./dist/engine");
const { buildWorkbook } = require("./dist/template");
const { writeXlsx } = require("./dist/xlsx/render");
const c = parseCase(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")));
writeXlsx(buildWorkbook(c, { addinVersion: require("./package.json").version }), process.argv[2]);
' "$case_file" "$work/bokslut.xlsx"
soffice -env:UserInstallation=file://"$work/profile" --headless --norestore --convert-to pdf --outdir "$work/pdf" "$work/bokslut.xlsx" >/dev/null 2>&1
pdf="$work/pdf/bokslut.pdf"
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
