// Builds a translated copy of the generated functions.json (name and ids unchanged; descriptions,
// parameter help and result text translated), and names the parameters of the Swedish default
// metadata in Swedish. Used by webpack.config.js and by the tests.
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

// Renames every function's parameters by the table (English name → name shown in Excel's
// formula tooltip), for the Swedish default metadata; fails on a parameter without a name, an
// unused name, and two parameters of one function under the same name.
function nameParameters(metadata, names, locale) {
  const problems = [];
  const used = new Set();
  const functions = metadata.functions.map((f) => {
    const parameters = f.parameters.map((p) => {
      const n = names[p.name];
      if (!n) problems.push(`${locale}: no name for ${f.id}(${p.name})`);
      else used.add(p.name);
      return { ...p, name: n || p.name };
    });
    const seen = new Set();
    for (const p of parameters) {
      if (seen.has(p.name)) problems.push(`${locale}: ${f.id} has two parameters named ${p.name}`);
      seen.add(p.name);
    }
    return { ...f, parameters };
  });
  for (const name of Object.keys(names))
    if (!used.has(name)) problems.push(`${locale}: name for unknown parameter ${name}`);
  return { metadata: { ...metadata, functions }, problems };
}

module.exports = { translateMetadata, nameParameters };
