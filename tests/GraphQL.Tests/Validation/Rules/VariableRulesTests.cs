namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class VariableRulesTests
{
    [Fact]
    public void Spec_counter_example_duplicate_variable() =>
        ValidationAssert.Errors("query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {\n  dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n}", "UniqueVariableNamesRule",
            ("There can be only one variable named \"$atOtherHomes\".", [(1, 26), (1, 50)]));

    [Fact]
    public void Spec_example_same_variable_in_two_operations() =>
        ValidationAssert.Valid("query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nquery B($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nfragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }");

    [Fact]
    public void Spec_counter_example_output_types_as_variables() =>
        ValidationAssert.Errors("query takesCat($cat: Cat) { dog { name } }\nquery takesDogBang($dog: Dog!) { dog { name } }\nquery takesListOfPet($pets: [Pet]) { dog { name } }\nquery takesCatOrDog($catOrDog: CatOrDog) { dog { name } }", "VariablesAreInputTypesRule",
            ("Variable \"$cat\" cannot be non-input type \"Cat\".", [(1, 22)]),
            ("Variable \"$dog\" cannot be non-input type \"Dog!\".", [(2, 26)]),
            ("Variable \"$pets\" cannot be non-input type \"[Pet]\".", [(3, 29)]),
            ("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", [(4, 32)]));

    [Fact]
    public void Spec_counter_example_undefined_variable() =>
        ValidationAssert.Errors("query variableIsNotDefined {\n  dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n}", "NoUndefinedVariablesRule",
            ("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", [(2, 38), (1, 1)]));

    [Fact]
    public void Spec_counter_example_undefined_variable_through_nested_fragments() =>
        ValidationAssert.Errors("query variableIsNotDefinedUsedInNestedFragment { dog { ...outer } }\nfragment outer on Dog { ...isHouseTrainedFragment }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "NoUndefinedVariablesRule",
            ("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".", [(3, 71), (1, 1)]));

    [Fact]
    public void Spec_counter_example_variable_defined_in_only_one_operation() =>
        ValidationAssert.Errors("query housetrainedQueryOne($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nquery housetrainedQueryTwoNotDefined { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "NoUndefinedVariablesRule",
            ("Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\".", [(3, 71), (2, 1)]));

    [Fact]
    public void Spec_counter_example_unused_variable() =>
        ValidationAssert.Errors("query variableUnused($atOtherHomes: Boolean) {\n  dog { isHouseTrained }\n}", "NoUnusedVariablesRule",
            ("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", [(1, 22)]));

    [Fact]
    public void Spec_example_variable_used_in_fragment() =>
        ValidationAssert.PassesRule("query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "NoUnusedVariablesRule");

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
