'use strict';
// Differential reference for execution: runs each case with graphql-js against buildSchema(sdl), the
// case's data as rootValue (default resolvers read properties; abstract types resolve through
// `__typename`), variables and operation name, and reports the response.
//
//   node execution-diff.js <input.json>   (input: [{ name, sdl, data, query, variables?, operationName? }])
const fs = require('fs');
const { buildSchema, graphql, version } = require('graphql');

async function main() {
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const schemas = new Map();
  const results = [];
  for (const entry of input) {
    if (!schemas.has(entry.sdl)) {
      schemas.set(entry.sdl, buildSchema(entry.sdl));
    }
    const result = await graphql({
      schema: schemas.get(entry.sdl),
      source: entry.query,
      rootValue: entry.data,
      variableValues: entry.variables,
      operationName: entry.operationName,
    });
    results.push({ name: entry.name, result: JSON.parse(JSON.stringify(result)) });
  }
  process.stdout.write(JSON.stringify({ graphqlVersion: version, results }));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
