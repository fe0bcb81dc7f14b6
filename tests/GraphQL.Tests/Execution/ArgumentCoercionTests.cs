using System.Text.Json;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.1 CoerceArgumentValues.</summary>
public sealed class ArgumentCoercionTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            enum Color { RED GREEN }
            input Box { size: Int = 1 color: Color! }
            input Pick @oneOf { id: ID name: String }
            type Query {
              echo(required: Int!, optional: String = "dflt", color: Color, box: Box, boxes: [Box!], pick: Pick): String
            }
            """)
        .BindResolver("Query", "echo", ctx => JsonSerializer.Serialize(ctx.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary()))
        .Build();

    [Fact]
    public async Task Literals_and_defaults_are_coerced()
    {
        var json = await Schema.ExecuteJsonAsync("{ echo(required: 1, color: GREEN, box: {color: RED}, boxes: {size: 2, color: RED}) }");
        Assert.Equal(Json("{'data':{'echo':'{\\u0022box\\u0022:{\\u0022size\\u0022:1,\\u0022color\\u0022:\\u0022RED\\u0022},\\u0022boxes\\u0022:[{\\u0022size\\u0022:2,\\u0022color\\u0022:\\u0022RED\\u0022}],\\u0022color\\u0022:\\u0022GREEN\\u0022,\\u0022optional\\u0022:\\u0022dflt\\u0022,\\u0022required\\u0022:1}'}}"), json);
    }

    [Fact]
    public async Task Missing_required_argument_is_a_field_error_with_code()
    {
        var json = await Schema.ExecuteJsonAsync("{ echo }");
        Assert.Equal(Json("{'errors':[{'message':'Argument \\u0022required\\u0022 of required type \\u0022Int!\\u0022 was not provided.','locations':[{'line':1,'column':3}],'path':['echo'],'extensions':{'code':'BAD_USER_INPUT'}}],'data':{'echo':null}}"), json);
    }

    [Fact]
    public async Task Invalid_literal_is_a_field_error()
    {
        var json = await Schema.ExecuteJsonAsync("{ echo(required: \"x\") }");
        Assert.Contains("Argument \\u0022required\\u0022 has invalid value \\u0022x\\u0022.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absent_variable_falls_back_to_the_argument_default()
    {
        var json = await Schema.ExecuteJsonAsync("query ($o: String) { echo(required: 1, optional: $o) }");
        Assert.Contains("\\u0022optional\\u0022:\\u0022dflt\\u0022", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_variable_for_a_non_null_argument_is_a_field_error()
    {
        var json = await Schema.ExecuteJsonAsync("query ($r: Int) { echo(required: $r) }", new Dictionary<string, object?> { ["r"] = null });
        Assert.Contains("Argument \\u0022required\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOf_literal_with_two_fields_is_invalid()
    {
        var json = await Schema.ExecuteJsonAsync("{ echo(required: 1, pick: {id: 1, name: \"a\"}) }");
        Assert.Contains("has invalid value {id: 1, name: \\u0022a\\u0022}. Exactly one key must be specified for OneOf type \\u0022Pick\\u0022.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_argument_accessors_convert_values()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("enum Color { DARK_RED GREEN } input Box { size: Int color: Color } type Query { f(n: Int!, c: Color!, box: Box!, ids: [ID!]!): String }")
            .BindResolver("Query", "f", ctx =>
            {
                var box = ctx.Argument<BoxInput>("box");
                return $"{ctx.Argument<long>("n")} {ctx.Argument<ConsoleColor>("c")} {box.Size}/{box.Color} {string.Join(',', ctx.Argument<List<string>>("ids"))} {ctx.ArgumentOrDefault("missing", "none")}";
            })
            .Build();
        var json = await schema.ExecuteJsonAsync("{ f(n: 4, c: DARK_RED, box: {size: 2, color: GREEN}, ids: [1, \"b\"]) }");
        Assert.Equal(Json("{'data':{'f':'4 DarkRed 2/GREEN 1,b none'}}"), json);
    }

    private sealed record BoxInput(int Size, string Color);
}
