#!/usr/bin/env bash
# Sourced by scripts/sheet-pictures.sh and scripts/print-pictures.sh: the case's workbook written
# once and printed to PDF by LibreOffice as a revisor gets it (Swedish locale, the values the file
# carries, no recalculation). Expects $case_file; sets $work (removed on exit) and $pdf.
# Needs: libreoffice-calc-nogui and poppler-utils (apt-get install -y --no-install-recommends ...).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user" "$work/pdf"
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
