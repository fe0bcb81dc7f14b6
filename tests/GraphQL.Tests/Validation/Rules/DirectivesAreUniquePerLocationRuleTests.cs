namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreUniquePerLocationRuleTests
{
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
