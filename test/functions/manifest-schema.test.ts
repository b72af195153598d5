import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ROOT } from "../helpers/cases";

// Offline XML Schema check of the manifests with the project's copy of Microsoft's schemas
// (test/schemas/office-manifest, see its README). `npm run validate` (office-addin-manifest) needs
// Microsoft's online service; this does not. xmllint is checked by scripts/prerequisites.js
// before npm test; here a missing xmllint is a failure, never a skip.
const SCHEMA = join(ROOT, "test", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const WEB_MANIFEST = join(ROOT, "dist", "web", "manifest.xml");

function xmllint(file: string) {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (r.error) throw new Error("xmllint saknas: apt-get install -y --no-install-recommends libxml2-utils");
  return r;
}

test("the schemas are in the project", () => {
  expect(existsSync(SCHEMA)).toBe(true);
});

test.each([
  ["manifest.xml (development, localhost)", join(ROOT, "manifest.xml")],
  ["dist/web/manifest.xml (production build)", WEB_MANIFEST],
])("%s is valid against the Office manifest schema", (_label, file) => {
  if (!existsSync(file)) throw new Error(`${file} saknas: kör 'npm run build' (npm test gör det) innan testerna`);
  const r = xmllint(file);
  expect(r.stderr.trim()).toBe(`${file} validates`);
  expect(r.status).toBe(0);
});

test("the check fails on an invalid manifest (a lifetime Office does not know)", () => {
  const dir = mkdtempSync(join(tmpdir(), "socinv-manifest-"));
  try {
    const bad = join(dir, "manifest.xml");
    writeFileSync(
      bad,
      readFileSync(join(ROOT, "manifest.xml"), "utf8").replace('lifetime="long"', 'lifetime="forever"'),
    );
    const r = xmllint(bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/lifetime/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
