'use strict';
// Differential reference for the type system, introspection and schema printer of the GraphQL engine.
//
//   node introspection-diff.js query
//     prints graphql-js's full introspection query (every option on).
//   node introspection-diff.js compare <input.json>
//     input: [{ name, sdl, ourSdl, ourIntrospection }] where ourIntrospection is our engine's JSON
//     response to that query. For each entry reports:
//       jsSdl            printSchema(buildSchema(sdl))              (graphql-js printing the SDL)
//       clientSdl        printSchema(buildClientSchema(ours.data))  (our introspection read by graphql-js)
//       clientError      the error when buildClientSchema rejects our introspection
//       jsIntrospection  graphql-js's own introspection result for buildSchema(sdl)
const fs = require('fs');
const {
  buildSchema, buildClientSchema, printSchema, graphqlSync, getIntrospectionQuery, version,
} = require('graphql');

const options = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

if (process.argv[2] === 'query') {
  process.stdout.write(getIntrospectionQuery(options));
  process.exit(0);
}

const input = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const results = input.map((entry) => {
  const result = { name: entry.name };
  const schema = buildSchema(entry.sdl);
  result.jsSdl = printSchema(schema);
  const own = graphqlSync({ schema, source: getIntrospectionQuery(options) });
  result.jsIntrospection = own;
  try {
    const ours = entry.ourIntrospection;
    if (ours.errors) {
      throw new Error('our introspection has errors: ' + JSON.stringify(ours.errors));
    }
    result.clientSdl = printSchema(buildClientSchema(ours.data));
  } catch (error) {
    result.clientError = String(error && error.stack || error);
  }
  return result;
});
process.stdout.write(JSON.stringify({ graphqlVersion: version, results }));
