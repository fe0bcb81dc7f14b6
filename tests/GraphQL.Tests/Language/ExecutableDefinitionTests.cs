using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class ExecutableDefinitionTests
{
    [Fact]
    public void Query_shorthand_is_an_anonymous_query()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse("{ a }").Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Operation_keyword_sets_the_operation_type(string source, OperationType expected)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(expected, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
    }

    [Fact]
    public void Variables_have_types_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse(
            "query Q($a: Int = 1, $b: [String!]! @d(x: 1), $c: In = {f: [null, ENUM]}) { a }").Definitions[0];
        Assert.Equal(3, operation.VariableDefinitions.Count);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(a.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);
        var b = operation.VariableDefinitions[1];
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(b.Type).Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("d", Assert.Single(b.Directives).Name.Value);
        var objectValue = Assert.IsType<ObjectValueNode>(operation.VariableDefinitions[2].DefaultValue);
        var items = Assert.IsType<ListValueNode>(Assert.Single(objectValue.Fields).Value).Values;
        Assert.IsType<NullValueNode>(items[0]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(items[1]).Value);
    }

    [Fact]
    public void Fields_have_aliases_arguments_directives_and_selections()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ alias: field(a: $v, b: \"s\") @include(if: true) { sub } }").Definitions[0];
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[0].Value).Name.Value);
        Assert.Equal("s", Assert.IsType<StringValueNode>(field.Arguments[1].Value).Value);
        var directive = Assert.Single(field.Directives);
        Assert.True(Assert.IsType<BooleanValueNode>(directive.Arguments[0].Value).Value);
        Assert.Single(field.SelectionSet!.Selections);
    }

    [Fact]
    public void Fragments_spreads_and_inline_fragments_are_told_apart()
    {
        var document = Parser.Parse("{ ...F ... on T { a } ... @skip(if: false) { b } ...onion } fragment F on T @d { c }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Single(untyped.Directives);
        Assert.Equal("onion", Assert.IsType<FragmentSpreadNode>(selections[3]).Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
        Assert.Single(fragment.Directives);
    }

    [Fact]
    public void Descriptions_on_operations_fragments_and_variables_are_kept()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.True(((FragmentDefinitionNode)document.Definitions[1]).Description!.Block);
    }

    [Theory]
    [InlineData("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"d\" extend type T @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{\n  a(b: )\n}", "Syntax Error: Unexpected \")\".", 2, 8)]
    [InlineData("querie { a }", "Syntax Error: Unexpected Name \"querie\".", 1, 1)]
    [InlineData("{ a(b: \"x\" c) }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    public void Grammar_errors_have_graphql_js_wording_line_and_column(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal((message, line, column), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Value_and_type_entry_points_parse_one_thing_and_require_the_end()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$a"));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $a]"));
        Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: [1, 2.5, \"x\", true, null, E]}"));
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[Int!]!"));
        Assert.IsType<ListTypeNode>(type.Type);
        var trailing = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int Int"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Name \"Int\".", trailing.Message);
    }
}
