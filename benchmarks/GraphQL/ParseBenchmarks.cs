using System.Text;
using BenchmarkDotNet.Attributes;
using DigitalPost.GraphQL.Introspection;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.Benchmarks.GraphQL;

/// <summary>
/// Parsing the full introspection query (graphql-js 16.15.0 <c>getIntrospectionQuery()</c> with every
/// option on), from UTF-8 bytes (the engine's primary path) and from a string (transcoded first).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{

    private static readonly byte[] IntrospectionQueryUtf8 = Encoding.UTF8.GetBytes(IntrospectionQuery.Text);
    private static readonly DocumentNode Parsed = Parser.Parse(IntrospectionQueryUtf8);

    [Benchmark(Baseline = true)]
    public DocumentNode Parse_introspection_query_utf8() => Parser.Parse(IntrospectionQueryUtf8);

    [Benchmark]
    public DocumentNode Parse_introspection_query_string() => Parser.Parse(IntrospectionQuery.Text);

    [Benchmark]
    public string Print_introspection_query() => Printer.Print(Parsed);
}
