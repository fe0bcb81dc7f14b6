using System.Text;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    [Fact]
    public void Token_limit_stops_parsing_at_the_first_token_over_it()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Parser.Parse("{ a b c }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Depth_limit_counts_selection_sets_lists_objects_and_list_types()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Parser.Parse("{ a { b { c } } }", options);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b { c { d } } } }", options));
        Parser.Parse("{ f(a: [[1]]) }", options);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: [[[1]]]) }", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: {b: {c: {}}}) }", options));
        Parser.ParseType("[[[Int]]]", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("[[[[Int]]]]", options));
        Assert.Equal("Syntax Error: Document is nested more than 3 levels deep. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Field_limit_counts_field_selections()
    {
        var options = new ParserOptions { MaxFields = 3 };
        Parser.Parse("{ a b { c } }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b { c d } }", options));
        Assert.Equal("Syntax Error: Document contains more than 3 fields. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Default_limits_reject_deep_nesting_without_exhausting_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(deep));
        var selections = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            selections.Append("{ a ");
        }

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(selections.ToString()));
    }

    [Fact]
    public void Without_a_depth_limit_the_stack_guard_still_turns_deep_nesting_into_a_syntax_error()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var deep = new string('[', 1_000_000);
        var error = Assert.Throws<GraphQLSyntaxException>(() => RunOnSmallStack(() => Parser.ParseValue(deep, options)));
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_limits_allow_the_full_introspection_query()
    {
        var document = Parser.Parse(DigitalPost.GraphQL.Introspection.IntrospectionQuery.Text);
        Assert.Equal(4, document.Definitions.Count);
    }

    [Fact]
    public void Limits_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxFields = 0 });
    }

    private static void RunOnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw failure;
        }
    }
}
