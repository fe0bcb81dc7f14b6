namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class AllVariablesUsedRuleTests
{
    [Fact]
    public void Spec_counter_example_unused_variable() =>
        ValidationAssert.Errors("query variableUnused($atOtherHomes: Boolean) {\n  dog { isHouseTrained }\n}", "NoUnusedVariablesRule",
            ("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", [(1, 22)]));

    [Fact]
    public void Spec_example_variable_used_in_fragment() =>
        ValidationAssert.PassesRule("query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "NoUnusedVariablesRule");
}
