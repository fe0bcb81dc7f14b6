namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private const string Rule = "ExecutableDefinitionsRule";

    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ValidationAssert.PassesRule("query Q { dog { ...F } } fragment F on Dog { name }", Rule);

    [Fact]
    public void Spec_counter_example_type_definition_is_not_executable() =>
        ValidationAssert.Errors(
            """
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """,
            Rule,
            ("The \"Dog\" definition is not executable.", [(8, 1)]));

    [Fact]
    public void Schema_definitions_are_named_schema() =>
        ValidationAssert.Errors("{ dog { name } }\nschema { query: Query }\nextend schema @onQuery", Rule,
            ("The schema definition is not executable.", [(2, 1)]),
            ("The schema definition is not executable.", [(3, 1)]));
}
