import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { ROOT } from "../helpers/cases";

// Offline XML Schema check of manifest.xml with the schemas in ../shared (see its README).
// `npm run validate` (office-addin-manifest) needs Microsoft's online service; this does not.
const schema = join(ROOT, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
const why = !xmllint
  ? "xmllint is not installed (apt-get install libxml2-utils; .ci/run does)"
  : !existsSync(schema)
    ? `the schemas are not at ${schema}`
    : "";

(why ? test.skip : test)(
  `manifest.xml is valid against the Office manifest schema${why ? ` — SKIPPED: ${why}` : ""}`,
  () => {
    const r = spawnSync("xmllint", ["--noout", "--schema", schema, join(ROOT, "manifest.xml")], { encoding: "utf8" });
    expect(r.stderr.trim()).toBe(`${join(ROOT, "manifest.xml")} validates`);
    expect(r.status).toBe(0);
  },
);
