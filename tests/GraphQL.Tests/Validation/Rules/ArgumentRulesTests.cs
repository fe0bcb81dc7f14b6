namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentRulesTests
{
    [Fact]
    public void Spec_example_known_arguments_on_field_and_directive() =>
        ValidationAssert.PassesRule(
            "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }\nfragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }\n{ dog { ...argOnRequiredArg ...argOnOptional } }",
            "KnownArgumentNamesRule");

    [Fact]
    public void Spec_counter_example_unknown_field_argument() =>
        ValidationAssert.Errors("fragment invalidArgName on Dog {\n  doesKnowCommand(command: CLEAN_UP_HOUSE)\n}\n{ dog { ...invalidArgName } }", "KnownArgumentNamesRule",
            ("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", [(2, 19)]));

    [Fact]
    public void Spec_counter_example_unknown_directive_argument() =>
        ValidationAssert.Errors("fragment invalidArgName on Dog {\n  isHouseTrained(atOtherHomes: true) @include(unless: false)\n}\n{ dog { ...invalidArgName } }", "KnownArgumentNamesRule",
            ("Unknown argument \"unless\" on directive \"@include\".", [(2, 47)]));

    [Fact]
    public void Misspelled_argument_gets_a_suggestion() =>
        ValidationAssert.Errors("{ dog { doesKnowCommand(dogcommand: SIT) } }", "KnownArgumentNamesRule",
            ("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", [(1, 25)]));

    [Fact]
    public void Spec_example_argument_order_does_not_matter() =>
        ValidationAssert.Valid("fragment multipleArgs on Arguments { multipleRequirements(x: 1, y: 2) }\nfragment multipleArgsReverseOrder on Arguments { multipleRequirements(y: 2, x: 1) }\n{ arguments { ...multipleArgs ...multipleArgsReverseOrder } }");

    [Fact]
    public void Duplicate_arguments_are_reported_once_with_every_location() =>
        ValidationAssert.Errors("{ arguments { multipleRequirements(x: 1, x: 2, y: 3) } }", "UniqueArgumentNamesRule",
            ("There can be only one argument named \"x\".", [(1, 36), (1, 42)]));

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
    public void Spec_counter_example_null_for_required_argument_is_a_value_error() =>
        ValidationAssert.Errors("fragment missingRequiredArg on Arguments {\n  nonNullBooleanArgField(nonNullBooleanArg: null)\n}\n{ arguments { ...missingRequiredArg } }", "ValuesOfCorrectTypeRule",
            ("Expected value of type \"Boolean!\", found null.", [(2, 45)]));

    [Fact]
    public void Missing_required_directive_argument() =>
        ValidationAssert.Errors("{ dog { name @include } }", "ProvidedRequiredArgumentsRule",
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(1, 14)]));
}
