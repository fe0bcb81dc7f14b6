namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentUniquenessRuleTests
{
    [Fact]
    public void Duplicate_arguments_are_reported_once_with_every_location() =>
        ValidationAssert.Errors("{ arguments { multipleRequirements(x: 1, x: 2, y: 3) } }", "UniqueArgumentNamesRule",
            ("There can be only one argument named \"x\".", [(1, 36), (1, 42)]));

    [Fact]
    public void Spec_example_distinct_arguments_pass() =>
        ValidationAssert.PassesRule("{ arguments { multipleRequirements(x: 1, y: 2) } }", "UniqueArgumentNamesRule");

    [Fact]
    public void Duplicate_directive_arguments_are_reported() =>
        ValidationAssert.Errors("{ dog { name @include(if: true, if: false) } }", "UniqueArgumentNamesRule",
            ("There can be only one argument named \"if\".", [(1, 23), (1, 33)]));
}
