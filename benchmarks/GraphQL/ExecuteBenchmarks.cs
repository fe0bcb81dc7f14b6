using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Introspection;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.Benchmarks.GraphQL;

/// <summary>
/// Executing requests against a parsed (cached) document and writing the JSON response, next to the
/// floor: System.Text.Json writing the same response tree (plain dictionaries and lists built from our
/// result once) to the same reused writer.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private GraphQLExecutor _executor = null!;
    private ExecutionRequest _threeFields = null!;
    private ExecutionRequest _introspection = null!;
    private Dictionary<string, object?> _threeFieldsTree = null!;
    private Dictionary<string, object?> _introspectionTree = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                "A small schema for the three-field query; the introspection query runs against it too."
                type Query {
                  "The id."
                  id: ID!
                  name(upper: Boolean = false): String
                  count: Int!
                  items(first: Int = 10): [Item!]!
                }

                type Item {
                  id: ID!
                  title: String
                }
                """)
            .BindType("Query", query => query
                .Field("id", _ => "1000")
                .Field("name", _ => "Luke Skywalker")
                .Field("count", _ => 42)
                .Field("items", _ => Array.Empty<object>()))
            .Build();
        _executor = new GraphQLExecutor(schema);
        _threeFields = new ExecutionRequest { Document = Parser.Parse("{ id name count }") };
        _introspection = new ExecutionRequest { Document = Parser.Parse(IntrospectionQuery.Text) };
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
        _threeFieldsTree = ToTree(_executor.ExecuteAsync(_threeFields).AsTask().GetAwaiter().GetResult());
        _introspectionTree = ToTree(_executor.ExecuteAsync(_introspection).AsTask().GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true, Description = "Floor: STJ writes the 3-field response")]
    public long SerializeThreeFieldFloor()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _threeFieldsTree);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Execute cached 3-field query + write JSON")]
    public async ValueTask<long> ExecuteThreeFieldQuery()
    {
        var result = await _executor.ExecuteAsync(_threeFields);
        Reset();
        result.WriteTo(_writer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Floor: STJ writes the introspection response")]
    public long SerializeIntrospectionFloor()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _introspectionTree);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Execute cached introspection query + write JSON")]
    public async ValueTask<long> ExecuteIntrospectionQuery()
    {
        var result = await _executor.ExecuteAsync(_introspection);
        Reset();
        result.WriteTo(_writer);
        return _buffer.WrittenCount;
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private static Dictionary<string, object?> ToTree(ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException(result.ToJson());
        }

        return new Dictionary<string, object?> { ["data"] = Convert(result.Data) };

        static object? Convert(object? value) => value switch
        {
            ResultMap map => map.ToDictionary(p => p.Key, p => Convert(p.Value)),
            object?[] list => list.Select(Convert).ToList(),
            _ => value,
        };
    }
}
