using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Tests.Utilities;

/// <summary>The SDL printer's layout (graphql-js printSchema), checked without node.</summary>
public sealed class SchemaPrinterTests
{
    private static string Print(string sdl) =>
        SchemaPrinter.Print(new SchemaBuilder().AddTypeDefinitions(sdl).BindResolver("Query", "a", _ => null).Build());

    [Fact]
    public void Prints_types_in_sdl_order_without_built_ins_and_with_descriptions_as_block_strings()
    {
        var printed = Print("""
            "The root."
            type Query {
              "Field description."
              a(x: Int = 1, y: [E!] = [A]): E @deprecated(reason: "Gone.")
            }
            enum E { A B @deprecated }
            """);
        Assert.Equal(
            "\"\"\"The root.\"\"\"\ntype Query {\n  \"\"\"Field description.\"\"\"\n  a(x: Int = 1, y: [E!] = [A]): E @deprecated(reason: \"Gone.\")\n}\n\nenum E {\n  A\n  B @deprecated\n}",
            printed);
    }

    [Fact]
    public void A_directive_declared_on_DIRECTIVE_DEFINITION_builds_and_prints_as_graphql_js_does()
    {
        // graphql-js 16.15: buildSchema accepts the location and printSchema keeps it.
        var printed = Print("directive @a on DIRECTIVE_DEFINITION type Query { a: Int }");
        Assert.Equal("directive @a on DIRECTIVE_DEFINITION\n\ntype Query {\n  a: Int\n}", printed);
    }

    [Fact]
    public void Prints_the_schema_definition_only_for_uncommon_root_names()
    {
        var printed = SchemaPrinter.Print(new SchemaBuilder()
            .AddTypeDefinitions("schema { query: Root } type Root { a: Int }")
            .BindResolver("Root", "a", _ => 1)
            .Build());
        Assert.Equal("schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}", printed);
    }

    [Fact]
    public void Argument_descriptions_put_each_argument_on_its_own_line()
    {
        var printed = Print("type Query { a(\"First.\" x: Int, y: String = \"q\\\"\"): Int }");
        Assert.Equal("type Query {\n  a(\n    \"\"\"First.\"\"\"\n    x: Int\n    y: String = \"q\\\"\"\n  ): Int\n}", printed);
    }

    [Fact]
    public void Prints_directives_oneOf_and_specifiedBy()
    {
        var printed = SchemaPrinter.Print(new SchemaBuilder()
            .AddTypeDefinitions("""
                directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
                scalar UUID
                input Key @oneOf { id: ID path: String }
                type Query { a(k: Key): UUID }
                """)
            .BindResolver("Query", "a", _ => null)
            .Build());
        Assert.Equal(
            "directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT\n\nscalar UUID @specifiedBy(url: \"https://tools.ietf.org/html/rfc4122\")\n\ninput Key @oneOf {\n  id: ID\n  path: String\n}\n\ntype Query {\n  a(k: Key): UUID\n}",
            printed);
    }
}
