using DigitalPost.GraphQL.Tests.Execution.StarWars;
using static DigitalPost.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>Spec 3.13 @skip and @include, applied by CollectFields.</summary>
public sealed class DirectiveTests
{
    private static readonly DigitalPost.GraphQL.Types.Schema Schema = StarWarsSchema.Build();

    [Theory]
    [InlineData("{ hero { name @skip(if: true) id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { name @skip(if: false) id } }", "{'data':{'hero':{'name':'R2-D2','id':'2001'}}}")]
    [InlineData("{ hero { name @include(if: false) id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { name @include(if: true) @skip(if: true) id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { ... on Droid @skip(if: true) { primaryFunction } id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { ...F @include(if: false) id } } fragment F on Character { name }", "{'data':{'hero':{'id':'2001'}}}")]
    public async Task Literal_conditions_include_or_skip_selections(string query, string expected)
    {
        Assert.Equal(Json(expected), await Schema.ExecuteJsonAsync(query));
    }

    [Fact]
    public async Task Variable_conditions_are_evaluated_per_request_even_for_the_same_document()
    {
        var executor = new DigitalPost.GraphQL.Execution.GraphQLExecutor(Schema);
        var document = DigitalPost.GraphQL.Language.Parser.Parse("query ($s: Boolean!) { hero { name @skip(if: $s) id } }");
        var skipped = await executor.ExecuteAsync(new() { Document = document, Variables = new Dictionary<string, object?> { ["s"] = true } });
        var kept = await executor.ExecuteAsync(new() { Document = document, Variables = new Dictionary<string, object?> { ["s"] = false } });
        Assert.Equal(Json("{'data':{'hero':{'id':'2001'}}}"), Normalize(skipped.ToJson()));
        Assert.Equal(Json("{'data':{'hero':{'name':'R2-D2','id':'2001'}}}"), Normalize(kept.ToJson()));
    }
}
