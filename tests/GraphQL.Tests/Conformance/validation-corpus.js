'use strict';
// Differential reference for validation: validates every document of the input with graphql-js 16,
// one specified rule at a time, and reports which rules find the document invalid (with their
// messages and locations), so the caller can compare rule by rule.
//
// Usage: node validation-corpus.js <input.json>
//   input:  { schemas: { <name>: <sdl> }, documents: [{ name, schema, source }] }
//   output: { version, results: [{ name, syntaxError?, rules: { <RuleName>: [{ message, locations }] } }] }
const fs = require('fs');
const { buildSchema, parse, validate, specifiedRules, version } = require('graphql');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const schemas = {};
for (const [name, sdl] of Object.entries(input.schemas)) {
  schemas[name] = buildSchema(sdl);
}

const results = [];
for (const entry of input.documents) {
  let document;
  try {
    document = parse(entry.source);
  } catch (error) {
    results.push({ name: entry.name, syntaxError: error.message, rules: {} });
    continue;
  }
  const rules = {};
  for (const rule of specifiedRules) {
    const errors = validate(schemas[entry.schema], document, [rule]);
    if (errors.length > 0) {
      rules[rule.name] = errors.map((e) => ({ message: e.message, locations: e.locations || [] }));
    }
  }
  results.push({ name: entry.name, rules });
}
process.stdout.write(JSON.stringify({ version, results }));
