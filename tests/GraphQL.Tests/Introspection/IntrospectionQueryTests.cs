using DigitalPost.GraphQL.Introspection;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;

namespace DigitalPost.GraphQL.Tests.Introspection;

public sealed class IntrospectionQueryTests
{
    [Fact]
    public void The_shipped_introspection_query_is_the_one_graphql_js_produces_with_every_option_on()
    {
        // corpus/introspection-query-graphql-js.graphql is graphql-js 16.15.0 getIntrospectionQuery()
        // output; comparing printed ASTs ignores only layout.
        var reference = File.ReadAllText(Path.Combine(ConformanceDirectory.Path, "corpus", "introspection-query-graphql-js.graphql"));

        Assert.Equal(Printer.Print(Parser.Parse(reference)), Printer.Print(Parser.Parse(IntrospectionQuery.Text)));
    }
}
