using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class LocationTests
{
    [Fact]
    public void Nodes_span_from_their_first_to_their_last_token()
    {
        const string source = "query Q {\n  alias: field(arg: [1, 2]) @d\n}";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("alias: field(arg: [1, 2]) @d", source[field.Location.Start..field.Location.End]);
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        var list = field.Arguments[0].Value;
        Assert.Equal("[1, 2]", source[list.Location.Start..list.Location.End]);
        Assert.Equal(21, list.Location.Column);
    }

    [Fact]
    public void Definitions_with_descriptions_start_at_the_description()
    {
        var type = Parser.Parse("\n\"d\" type T").Definitions[0];
        Assert.Equal((1, 2, 1), (type.Location.Start, type.Location.Line, type.Location.Column));
    }

    [Fact]
    public void Nodes_built_in_code_have_no_location()
    {
        var name = new NameNode { Value = "x" };
        Assert.False(name.Location.IsKnown);
        Assert.True(Parser.Parse("{ x }").Definitions[0].Location.IsKnown);
    }

    [Fact]
    public void String_and_utf8_sources_give_the_same_lines_and_columns()
    {
        const string source = "{ f(a: \"\u00e9\U0001F600\") g(b: \"x\") }";
        var fromString = (FieldNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections[1];
        var fromBytes = (FieldNode)((OperationDefinitionNode)Parser.Parse(System.Text.Encoding.UTF8.GetBytes(source)).Definitions[0]).SelectionSet.Selections[1];
        Assert.Equal(fromString.Location, fromBytes.Location);

        // Columns count UTF-16 units, as in the string: "{ f(a: " is 7, the value 5 units with quotes, then ") ".
        Assert.Equal(15, fromString.Location.Column);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: \"\U0001F600\") ? }"));
        Assert.Equal(14, error.Column);
    }

    [Fact]
    public void Names_are_shared_across_documents()
    {
        var first = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ sharedFieldName }").Definitions[0]).SelectionSet.Selections[0];
        var second = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ sharedFieldName }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Same(first.Name.Value, second.Name.Value);
    }
}
