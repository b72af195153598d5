#!/usr/bin/env bash
# Pictures of each generated sheet, as a person sees them: the example workbook is written once
# per sheet (the other sheets hidden), recomputed and printed to PDF by LibreOffice with a
# Swedish locale, and the first page turned into PNG by pdftoppm. Output: docs/pictures/.
# Needs: libreoffice-calc-nogui and poppler-utils (apt-get install -y --no-install-recommends ...).
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${1:-examples/arbetsmarknadskontoret.json}
out=docs/pictures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user" "$work/xlsx" "$work/pdf" "$out"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
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
const model = buildWorkbook(c, { addinVersion: require("./package.json").version });
(async () => {
  for (const s of model.sheets) await writeXlsx(model, `${process.argv[2]}/${s.key}.xlsx`, { onlySheet: s.key });
  // an overview of Prognos printed to page width: summary, milestones and the investment hump
  const wide = { ...model, sheets: model.sheets.map((s) => (s.key === "projection" ? { ...s, print: { landscape: true, fitToWidth: true } } : s)) };
  await writeXlsx(wide, `${process.argv[2]}/projection-overview.xlsx`, { onlySheet: "projection" });
})();
' "$case_file" "$work/xlsx"
soffice -env:UserInstallation=file://"$work/profile" --headless --norestore --convert-to pdf --outdir "$work/pdf" "$work"/xlsx/*.xlsx >/dev/null 2>&1
for pdf in "$work"/pdf/*.pdf; do
  key=$(basename "$pdf" .pdf)
  if [ "$key" = projection-overview ]; then
    # the top of the page, at a resolution where the small print can be read
    pdftoppm -r 220 -png -f 1 -l 1 -x 0 -y 0 -W 1560 -H 520 -singlefile "$pdf" "$out/$key"
  else
    pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$pdf" "$out/$key"
  fi
  echo "$out/$key.png"
done
