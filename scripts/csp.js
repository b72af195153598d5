// The taskpane page's Content-Security-Policy: connect-src in production allows exactly 'self',
// Kolada's and SCB's API hosts (src/taskpane/taskpane.html; test/security/csp.test.ts asserts
// it). The browser tests' page (webpack.e2e.config.js → dist/e2e/taskpane.html) is the same
// page with one more source, the local replay server on 127.0.0.1 (any port), and the scripts
// the production build injects; nothing else differs.

/** The loopback origin the browser tests' replay server listens on (a random port). */
const TEST_ORIGIN = "http://127.0.0.1:*";

const POLICY = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The policy's directives as { name: [sources] }. */
function directives(html) {
  const m = POLICY.exec(html);
  if (!m) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  const out = {};
  for (const part of m[2].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/** The page with `extra` added to connect-src. */
function withConnectSource(html, extra) {
  if (!(directives(html)["connect-src"] ?? []).length) throw new Error("taskpane.html has no connect-src");
  return html.replace(POLICY, (_, a, policy, c) => a + policy.replace(/(connect-src[^;]*)/, `$1 ${extra}`) + c);
}

/** The browser tests' page: the production template, the replay server allowed, the build's scripts injected. */
function e2ePage(template) {
  const page = withConnectSource(template, TEST_ORIGIN);
  if (!page.includes("</body>")) throw new Error("taskpane.html has no </body>");
  return page.replace(
    "</body>",
    '  <script src="/functions.js"></script>\n    <script src="/taskpane.js"></script>\n  </body>',
  );
}

module.exports = { TEST_ORIGIN, directives, withConnectSource, e2ePage };
