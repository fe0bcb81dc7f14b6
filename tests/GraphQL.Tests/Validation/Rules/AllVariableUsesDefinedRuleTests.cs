namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class AllVariableUsesDefinedRuleTests
{
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
}
