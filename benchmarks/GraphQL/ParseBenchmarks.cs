using System.Text;
using BenchmarkDotNet.Attributes;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.Benchmarks.GraphQL;

/// <summary>
/// Parsing the full introspection query (graphql-js 16.15.0 <c>getIntrospectionQuery()</c> with every
/// option on), from UTF-8 bytes (the engine's primary path) and from a string (transcoded first).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const string IntrospectionQuery = @"
    query IntrospectionQuery {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives {
          name
          description
          isRepeatable
          
          
          locations
          args(includeDeprecated: true) {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      isOneOf
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      isDeprecated
      deprecationReason
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        name
        kind
        ofType {
          name
          kind
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  ";

    private static readonly byte[] IntrospectionQueryUtf8 = Encoding.UTF8.GetBytes(IntrospectionQuery);
    private static readonly DocumentNode Parsed = Parser.Parse(IntrospectionQueryUtf8);

    [Benchmark(Baseline = true)]
    public DocumentNode Parse_introspection_query_utf8() => Parser.Parse(IntrospectionQueryUtf8);

    [Benchmark]
    public DocumentNode Parse_introspection_query_string() => Parser.Parse(IntrospectionQuery);

    [Benchmark]
    public string Print_introspection_query() => Printer.Print(Parsed);
}
