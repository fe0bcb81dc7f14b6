'use strict';
// Differential reference for the GraphQL language layer: parses every document of the input with
// graphql-js and reports, per document, whether it parses (with the error's message and location
// when not), its AST in a location-free JSON form, and graphql-js's printed form. When a document
// carries "printed" (our printer's output), that text is parsed too, so the caller can check that
// graphql-js reads our output as the same AST.
//
// Usage: node parse-corpus.js <input.json>   (input: [{ name, source, printed? }], output on stdout)
const fs = require('fs');
const { parse, print, version } = require('graphql');

function normalize(node) {
  if (Array.isArray(node)) {
    return node.map(normalize);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const result = {};
  for (const key of Object.keys(node).sort()) {
    const value = node[key];
    // Locations differ by design (byte vs UTF-16 offsets); absent and empty are the same thing.
    if (key === 'loc' || value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[key] = normalize(value);
  }
  return result;
}

function tryParse(source) {
  try {
    const document = parse(source);
    return { ok: true, ast: normalize(JSON.parse(JSON.stringify(document))), document };
  } catch (error) {
    if (!error.locations) {
      throw error;
    }
    const location = error.locations[0];
    return { ok: false, message: error.message, line: location.line, column: location.column };
  }
}

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = input.map((entry) => {
  const original = tryParse(entry.source);
  const result = { name: entry.name, original };
  if (original.ok) {
    result.jsPrinted = print(original.document);
    delete original.document;
  }
  if (typeof entry.printed === 'string') {
    const printed = tryParse(entry.printed);
    delete printed.document;
    result.printed = printed;
  }
  return result;
});
process.stdout.write(JSON.stringify({ graphqlVersion: version, results }));
