using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Tests.Language;

public sealed class TypeSystemDefinitionTests
{
    [Fact]
    public void Schema_definition_lists_root_operation_types()
    {
        var schema = Assert.IsType<SchemaDefinitionNode>(Parse("\"desc\" schema @d { query: Q mutation: M subscription: S }"));
        Assert.Equal("desc", schema.Description!.Value);
        Assert.Single(schema.Directives);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Object_type_has_interfaces_directives_fields_and_arguments()
    {
        var type = Assert.IsType<ObjectTypeDefinitionNode>(Parse(
            "\"\"\"Obj\"\"\" type T implements & A & B @key(f: \"id\") { \"fd\" f(\"ad\" a: Int = 1 @x, b: [E!]): String! @deprecated }"));
        Assert.Equal("Obj", type.Description!.Value);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal("fd", field.Description!.Value);
        Assert.Equal(2, field.Arguments.Count);
        Assert.Equal("ad", field.Arguments[0].Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Single(field.Arguments[0].Directives);
        Assert.IsType<NonNullTypeNode>(field.Type);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var type = Assert.IsType<InterfaceTypeDefinitionNode>(Parse("interface I implements Node & Entity { id: ID! }"));
        Assert.Equal(["Node", "Entity"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Scalar_union_enum_and_input_definitions_are_parsed()
    {
        var document = Parser.Parse(
            "scalar Date @specifiedBy(url: \"u\") union U = | A | B enum E { \"d\" A @x B } input I @oneOf { a: Int = 0 b: [I] }");
        Assert.Equal("Date", Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[0]).Name.Value);
        Assert.Equal(["A", "B"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[1]).Types.Select(t => t.Name.Value));
        var enumType = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal(["A", "B"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("d", enumType.Values[0].Description!.Value);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[3]);
        Assert.Equal(2, input.Fields.Count);
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
    }

    [Fact]
    public void Directive_definition_has_arguments_repeatable_and_locations()
    {
        var directive = Assert.IsType<DirectiveDefinitionNode>(Parse("directive @d(a: Int) repeatable on | FIELD | OBJECT"));
        Assert.True(directive.Repeatable);
        Assert.Single(directive.Arguments);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(l => l.Value));
        Assert.True(DirectiveLocationNames.TryParse(directive.Locations[1].Value, out var location));
        Assert.Equal(DirectiveLocation.Object, location);
        Assert.False(Assert.IsType<DirectiveDefinitionNode>(Parse("directive @e on QUERY")).Repeatable);
    }

    [Fact]
    public void Every_kind_of_extension_is_parsed()
    {
        var document = Parser.Parse(
            "extend schema @a { query: Q } extend scalar S @a extend type T implements I { f: Int } " +
            "extend interface J @a extend union U = C extend enum E { X } extend input In { a: Int }");
        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        Assert.Equal("I", Assert.Single(((ObjectTypeExtensionNode)document.Definitions[2]).Interfaces).Name.Value);
    }

    [Theory]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.")]
    [InlineData("directive @d on FIELDS", "Syntax Error: Unexpected Name \"FIELDS\".")]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("type T { }", "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.")]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.")]
    public void Type_system_errors_have_graphql_js_wording(string source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
    }

    private static DefinitionNode Parse(string source) => Assert.Single(Parser.Parse(source).Definitions);
}
