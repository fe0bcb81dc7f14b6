namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreInValidLocationsRuleTests
{
    [Fact]
    public void Spec_counter_example_skip_on_query() =>
        ValidationAssert.Errors("query @skip(if: $foo) {\n  dog { name }\n}", "KnownDirectivesRule",
            ("Directive \"@skip\" may not be used on QUERY.", [(1, 7)]));

    [Fact]
    public void Directive_on_variable_definition_location() =>
        ValidationAssert.Errors("query Q($x: Int @onField) { arguments { intArgField(intArg: $x) } }", "KnownDirectivesRule",
            ("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", [(1, 17)]));
}
