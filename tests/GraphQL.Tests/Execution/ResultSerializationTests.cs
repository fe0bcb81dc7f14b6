using System.Buffers;
using System.Text;
using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>The response shape written by <see cref="ResultJsonWriter"/>.</summary>
public sealed class ResultSerializationTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("scalar Long scalar DateTime type Query { text: String n: Int f: Float big: Long when: DateTime list: [[Boolean]] fail: String }")
        .BindType("Query", q => q
            .Field("text", _ => "Æblegrød \"med\" flødeskum")
            .Field("n", _ => 42)
            .Field("f", _ => 1.5)
            .Field("big", _ => 9_007_199_254_740_993L)
            .Field("when", _ => new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromHours(1)))
            .Field("list", _ => new[] { new[] { true, false }, null })
            .Field("fail", _ => throw new GraphQLException("Nope.", "FORBIDDEN")))
        .Build();

    [Fact]
    public async Task Writes_errors_then_data_with_raw_utf8_text()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new ExecutionRequest { Query = "{ text n f big when list fail }" });
        var buffer = new ArrayBufferWriter<byte>();
        result.WriteTo(buffer);
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);

        Assert.Equal(
            "{\"errors\":[{\"message\":\"Nope.\",\"locations\":[{\"line\":1,\"column\":26}],\"path\":[\"fail\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}]," +
            "\"data\":{\"text\":\"Æblegrød \\\"med\\\" flødeskum\",\"n\":42,\"f\":1.5,\"big\":9007199254740993,\"when\":\"2026-11-21T09:30:00+01:00\",\"list\":[[true,false],null],\"fail\":null}}",
            json);
    }

    [Fact]
    public async Task System_Text_Json_serializes_the_result_through_the_attached_converter()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new ExecutionRequest { Query = "{ n }" });
        Assert.Equal("{\"data\":{\"n\":42}}", JsonSerializer.Serialize(result));
    }

    [Fact]
    public async Task Request_errors_have_no_data_entry()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new ExecutionRequest { Query = "{" });
        Assert.True(result.IsRequestError);
        Assert.StartsWith("{\"errors\":[{\"message\":\"Syntax Error:", result.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_given_as_json_elements_are_accepted()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("input P { a: [Int!]! b: String } type Query { echo(p: P!): String }")
            .BindResolver("Query", "echo", ctx => JsonSerializer.Serialize(ctx.Arguments["p"]))
            .Build();
        using var variables = JsonDocument.Parse("{\"p\":{\"a\":[1,2.0],\"b\":null}}");
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = "query ($p: P!) { echo(p: $p) }",
            Variables = variables.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value),
        });
        Assert.Equal("{\"data\":{\"echo\":\"{\\\"a\\\":[1,2],\\\"b\\\":null}\"}}", result.ToJson());
    }
}
