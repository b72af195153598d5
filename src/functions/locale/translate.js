// Builds a translated copy of the generated functions.json (name and ids unchanged; descriptions,
// parameter help and result text translated). Used by webpack.config.js and by the tests.
// Fails on any function or parameter without a translation, and on translations of unknown ones.
"use strict";

function translateMetadata(metadata, table, locale) {
  const problems = [];
  const known = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table))
    if (!known.has(id)) problems.push(`${locale}: translation for unknown function ${id}`);
  const functions = metadata.functions.map((f) => {
    const t = table[f.id];
    if (!t) {
      problems.push(`${locale}: no translation for ${f.id}`);
      return f;
    }
    const parameters = f.parameters.map((p) => {
      const d = t.parameters && t.parameters[p.name];
      if (!d) problems.push(`${locale}: no translation for ${f.id}(${p.name})`);
      return { ...p, description: d || p.description };
    });
    for (const name of Object.keys(t.parameters || {})) {
      if (!f.parameters.some((p) => p.name === name))
        problems.push(`${locale}: translation for unknown parameter ${f.id}(${name})`);
    }
    if (!t.description) problems.push(`${locale}: no description for ${f.id}`);
    return { ...f, description: t.description || f.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

module.exports = { translateMetadata };
