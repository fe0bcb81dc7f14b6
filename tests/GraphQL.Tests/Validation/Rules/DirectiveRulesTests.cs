namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class DirectiveRulesTests
{
    [Fact]
    public void Unknown_directive() =>
        ValidationAssert.Errors("{ dog { name @unknown } }", "KnownDirectivesRule",
            ("Unknown directive \"@unknown\".", [(1, 14)]));

    [Fact]
    public void Spec_counter_example_skip_on_query() =>
        ValidationAssert.Errors("query @skip(if: $foo) {\n  dog { name }\n}", "KnownDirectivesRule",
            ("Directive \"@skip\" may not be used on QUERY.", [(1, 7)]));

    [Fact]
    public void Directive_on_variable_definition_location() =>
        ValidationAssert.Errors("query Q($x: Int @onField) { arguments { intArgField(intArg: $x) } }", "KnownDirectivesRule",
            ("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", [(1, 17)]));

    [Fact]
    public void Spec_counter_example_repeated_skip() =>
        ValidationAssert.Errors("query ($foo: Boolean = true, $bar: Boolean = false) {\n  field: dog @skip(if: $foo) @skip(if: $bar) { name }\n}", "UniqueDirectivesPerLocationRule",
            ("The directive \"@skip\" can only be used once at this location.", [(2, 14), (2, 30)]));

    [Fact]
    public void Spec_example_skip_at_different_locations() =>
        ValidationAssert.PassesRule("query ($foo: Boolean = true, $bar: Boolean = false) {\n  dog @skip(if: $foo) { name @skip(if: $bar) }\n}", "UniqueDirectivesPerLocationRule");

    [Fact]
    public void Repeatable_directives_may_repeat() =>
        ValidationAssert.Valid("{ dog { name @repeatable @repeatable(label: \"x\") } }");
}
