namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class AllVariableUsagesAreAllowedRuleTests
{
    [Fact]
    public void OneOf_input_fed_by_nullable_variable() =>
        ValidationAssert.Errors("query Q($n: String) { searchDog(searchBy: { name: $n }) { name } }", "VariablesInAllowedPositionRule",
            ("Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"FindDogInput\".", [(1, 9), (1, 51)]));

    [Fact]
    public void Spec_counter_example_int_into_boolean() =>
        ValidationAssert.Errors("query intCannotGoIntoBoolean($intArg: Int) {\n  arguments { booleanArgField(booleanArg: $intArg) }\n}", "VariablesInAllowedPositionRule",
            ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", [(1, 30), (2, 43)]));

    [Fact]
    public void Spec_counter_example_list_into_scalar() =>
        ValidationAssert.Errors("query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {\n  arguments { booleanArgField(booleanArg: $booleanListArg) }\n}", "VariablesInAllowedPositionRule",
            ("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", [(1, 38), (2, 43)]));

    [Fact]
    public void Spec_counter_example_nullable_into_non_null() =>
        ValidationAssert.Errors("query booleanArgQuery($booleanArg: Boolean) {\n  arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) }\n}", "VariablesInAllowedPositionRule",
            ("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 23), (2, 57)]));

    [Theory]
    [InlineData("query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }")]
    [InlineData("query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }")]
    [InlineData("query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }")]
    public void Spec_examples_allowed_usages_including_default_values(string document) =>
        ValidationAssert.PassesRule(document, "VariablesInAllowedPositionRule");

    [Fact]
    public void Spec_counter_example_nullable_list_into_non_null_list() =>
        ValidationAssert.Errors("query listToNonNullList($booleanList: [Boolean]) {\n  arguments { booleanListArgField(booleanListArg: $booleanList) }\n}", "VariablesInAllowedPositionRule",
            ("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", [(1, 25), (2, 51)]));

    [Fact]
    public void Null_default_does_not_allow_a_non_null_position() =>
        ValidationAssert.FailsRule("query Q($booleanArg: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }", "VariablesInAllowedPositionRule",
            "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".");
}
