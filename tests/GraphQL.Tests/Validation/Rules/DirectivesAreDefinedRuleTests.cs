namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreDefinedRuleTests
{
    [Fact]
    public void Unknown_directive() =>
        ValidationAssert.Errors("{ dog { name @unknown } }", "KnownDirectivesRule",
            ("Unknown directive \"@unknown\".", [(1, 14)]));

    [Fact]
    public void Built_in_and_schema_directives_are_defined() =>
        ValidationAssert.PassesRule("query Q @onQuery { dog { name @skip(if: false) nickname @include(if: true) @onField } }", "KnownDirectivesRule");
}
