// What the add-in build adds to webpack's output (used by webpack.config.js and the tests):
// the production URL (urlDev → urlProd, as in Microsoft's templates), the manifest for it,
// a helpUrl per custom function, and help.html, the functions' documentation served with the
// add-in (SupportUrl and LearnMoreUrl point to it; each function has its own section).
"use strict";
const { URL } = require("url");

/** The development server's address, as written in manifest.xml. */
const DEV_URL = "https://localhost:3000/";
const HELP_PAGE = "help.html";

/**
 * Where a production build is served: $SOCINV_URL, else package.json's config.prod_url.
 * Always https and ending in "/"; anything else is refused.
 */
function productionUrl(env, pkg) {
  const raw = (env.SOCINV_URL || (pkg.config && pkg.config.prod_url) || "").trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SOCINV_URL: '${raw}' is not a URL (e.g. https://addins.example.se/socinv/)`);
  }
  if (url.protocol !== "https:")
    throw new Error(`SOCINV_URL must be https (Office loads add-ins over https only): ${raw}`);
  if (url.search || url.hash) throw new Error(`SOCINV_URL must be a folder without ?query or #fragment: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with every development URL moved to `base` (and its first comment saying so). */
function manifestFor(xml, base) {
  if (base === DEV_URL) return xml;
  const note = `<!-- socinv: production manifest for ${base}, written by the production build (npm run build) from manifest.xml. -->`;
  return xml
    .replace(/<!--[\s\S]*?-->/, note)
    .split(DEV_URL)
    .join(base);
}

/** The help page address of a function. */
function helpUrl(base, id) {
  return `${base}${HELP_PAGE}#${id}`;
}

/** The metadata with a helpUrl on every function. */
function withHelpUrls(metadata, base) {
  return { ...metadata, functions: metadata.functions.map((f) => ({ ...f, helpUrl: helpUrl(base, f.id) })) };
}

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function signature(f) {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `SOCINV.${f.name}(${params.join("; ")})`;
}

/** help.html: one section per function (anchor = its id), Swedish first, English below. */
function helpPage(sv, en, version) {
  const english = new Map(en.functions.map((f) => [f.id, f]));
  const sections = sv.functions.map((f) => {
    const e = english.get(f.id);
    const rows = f.parameters.map((p, i) => {
      // the same parameter by position: the Swedish metadata names it in Swedish, the English in English
      const ep = e && e.parameters[i];
      return (
        `<tr><td><code>${esc(p.name)}</code>${p.optional ? " (valfri)" : ""}</td><td>${esc(p.description || "")}` +
        `${ep && ep.description ? `<br /><span lang="en">${esc(ep.description)}</span>` : ""}</td></tr>`
      );
    });
    return [
      `<section id="${esc(f.id)}">`,
      `<h2><code>${esc(signature(f))}</code></h2>`,
      `<p>${esc(f.description)}</p>`,
      e ? `<p lang="en"><i>${esc(e.description)}</i></p>` : "",
      rows.length ? `<table><tr><th>Argument</th><th>Beskrivning</th></tr>${rows.join("")}</table>` : "",
      `</section>`,
    ].join("\n");
  });
  const toc = sv.functions.map((f) => `<a href="#${esc(f.id)}">${esc(f.name)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
<title>socinv – hjälp för funktionerna SOCINV.*</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.45; }
h2 { font-size: 1.1rem; margin-top: 2rem; border-top: 1px solid #ccc; padding-top: 1rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
[lang="en"] { color: #555; }
</style>
</head>
<body>
<h1>socinv ${esc(version)}: funktionerna SOCINV.*</h1>
<p>Socioekonomiska bokslut och sociala investeringskalkyler i Excel. Svensk Excel skiljer argument
med <code>;</code>, engelsk med <code>,</code>. Ett argument i hakparentes kan utelämnas.
Fel visas som <code>#VÄRDEFEL!</code> eller <code>#SAKNAS!</code> med ett meddelande som namnger rad och kolumn.</p>
<p lang="en">socinv: socio-economic accounts and social investment calculations. Reference of the SOCINV.* functions.</p>
<nav>${toc}</nav>
${sections.join("\n")}
</body>
</html>
`;
}

module.exports = { DEV_URL, HELP_PAGE, productionUrl, manifestFor, helpUrl, withHelpUrls, helpPage };
