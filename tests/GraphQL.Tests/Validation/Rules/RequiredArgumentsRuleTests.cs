namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class RequiredArgumentsRuleTests
{
    [Fact]
    public void Spec_examples_required_arguments_provided_or_defaulted() =>
        ValidationAssert.PassesRule(
            "fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }\nfragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }\nfragment goodBooleanArgDefault on Arguments { booleanArgField }\nfragment d on Arguments { optionalNonNullBooleanArgField }\n{ arguments { ...goodBooleanArg ...goodNonNullArg ...goodBooleanArgDefault ...d } }",
            "ProvidedRequiredArgumentsRule");

    [Fact]
    public void Spec_counter_example_missing_required_argument() =>
        ValidationAssert.Errors("fragment missingRequiredArg on Arguments {\n  nonNullBooleanArgField\n}\n{ arguments { ...missingRequiredArg } }", "ProvidedRequiredArgumentsRule",
            ("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", [(2, 3)]));

    [Fact]
    public void Missing_required_directive_argument() =>
        ValidationAssert.Errors("{ dog { name @include } }", "ProvidedRequiredArgumentsRule",
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(1, 14)]));
}
