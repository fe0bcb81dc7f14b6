using System.Text.Json;
using DigitalPost.GraphQL.Types;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues.</summary>
public sealed class VariableCoercionTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            input Point { x: Int! y: Int = 7 }
            input Pick @oneOf { id: ID name: String }
            type Query {
              echo(int: Int, text: String, list: [Int], point: Point, pick: Pick, flag: Boolean): String
            }
            """)
        .BindResolver("Query", "echo", ctx => JsonSerializer.Serialize(ctx.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary()))
        .Build();

    private static Task<string> Run(string query, object? variables) =>
        Schema.ExecuteJsonAsync(query, variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables)));

    [Fact]
    public async Task Variables_from_json_are_coerced_to_argument_values()
    {
        var json = await Run("query ($i: Int, $t: String, $l: [Int], $p: Point) { echo(int: $i, text: $t, list: $l, point: $p) }",
            new { i = 3, t = "x", l = new[] { 1, 2 }, p = new { x = 1 } });
        Assert.Equal(Json("{'data':{'echo':'{\\u0022int\\u0022:3,\\u0022list\\u0022:[1,2],\\u0022point\\u0022:{\\u0022x\\u0022:1,\\u0022y\\u0022:7},\\u0022text\\u0022:\\u0022x\\u0022}'}}"), json);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_a_request_error_without_data()
    {
        var json = await Run("query Q($i: Int) { echo(int: $i) }", new { i = "abc" });
        Assert.Equal(Json("{'errors':[{'message':'Variable \\u0022$i\\u0022 got invalid value \\u0022abc\\u0022; Int cannot represent non-integer value: \\u0022abc\\u0022','locations':[{'line':1,'column':9}],'extensions':{'code':'BAD_USER_INPUT'}}]}"), json);
    }

    [Fact]
    public async Task A_missing_non_null_variable_is_reported()
    {
        var json = await Run("query ($i: Int!) { echo(int: $i) }", null);
        Assert.Contains("Variable \\u0022$i\\u0022 of required type \\u0022Int!\\u0022 was not provided.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_for_a_non_null_variable_is_reported()
    {
        var json = await Run("query ($i: Int!) { echo(int: $i) }", new Dictionary<string, object?> { ["i"] = null });
        Assert.Contains("Variable \\u0022$i\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_value_applies_when_the_variable_is_absent_but_not_when_it_is_null()
    {
        Assert.Equal(Json("{'data':{'echo':'{\\u0022int\\u0022:5}'}}"), await Run("query ($i: Int = 5) { echo(int: $i) }", null));
        Assert.Equal(Json("{'data':{'echo':'{\\u0022int\\u0022:null}'}}"), await Run("query ($i: Int = 5) { echo(int: $i) }", new Dictionary<string, object?> { ["i"] = null }));
    }

    [Fact]
    public async Task Nested_input_errors_name_the_path_inside_the_variable()
    {
        var json = await Run("query ($p: Point) { echo(point: $p) }", new { p = new { x = "one" } });
        Assert.Contains("Variable \\u0022$p\\u0022 got invalid value \\u0022one\\u0022 at \\u0022p.x\\u0022; Int cannot represent non-integer value: \\u0022one\\u0022", json, StringComparison.Ordinal);
        var missing = await Run("query ($p: Point) { echo(point: $p) }", new { p = new { y = 1 } });
        Assert.Contains("Field \\u0022x\\u0022 of required type \\u0022Int!\\u0022 was not provided.", missing, StringComparison.Ordinal);
        var unknown = await Run("query ($p: Point) { echo(point: $p) }", new { p = new { x = 1, z = 2 } });
        Assert.Contains("Field \\u0022z\\u0022 is not defined by type \\u0022Point\\u0022.", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_value_is_wrapped_into_a_list()
    {
        Assert.Equal(Json("{'data':{'echo':'{\\u0022list\\u0022:[4]}'}}"), await Run("query ($l: [Int]) { echo(list: $l) }", new { l = 4 }));
    }

    [Fact]
    public async Task Int_out_of_range_and_fractional_values_are_refused()
    {
        Assert.Contains("Int cannot represent non 32-bit signed integer value: 3000000000", await Run("query ($i: Int) { echo(int: $i) }", new { i = 3_000_000_000L }), StringComparison.Ordinal);
        Assert.Contains("Int cannot represent non-integer value: 1.5", await Run("query ($i: Int) { echo(int: $i) }", new { i = 1.5 }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOf_variable_must_have_exactly_one_non_null_field()
    {
        Assert.Equal(Json("{'data':{'echo':'{\\u0022pick\\u0022:{\\u0022id\\u0022:\\u00227\\u0022}}'}}"), await Run("query ($p: Pick) { echo(pick: $p) }", new { p = new { id = 7 } }));
        Assert.Contains("Exactly one key must be specified for OneOf type \\u0022Pick\\u0022.", await Run("query ($p: Pick) { echo(pick: $p) }", new { p = new { id = "1", name = "a" } }), StringComparison.Ordinal);
        Assert.Contains("Field \\u0022id\\u0022 must be non-null.", await Run("query ($p: Pick) { echo(pick: $p) }", new { p = new Dictionary<string, object?> { ["id"] = null } }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_a_non_input_type_is_refused()
    {
        var json = await Run("query ($q: Query) { echo }", null);
        Assert.Contains("Variable \\u0022$q\\u0022 expected value of type \\u0022Query\\u0022 which cannot be used as an input type.", json, StringComparison.Ordinal);
    }
}
