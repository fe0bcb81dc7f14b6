namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentNamesRuleTests
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
}
