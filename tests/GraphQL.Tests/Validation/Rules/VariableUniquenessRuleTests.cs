namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class VariableUniquenessRuleTests
{
    [Fact]
    public void Spec_counter_example_duplicate_variable() =>
        ValidationAssert.Errors("query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {\n  dog { isHouseTrained(atOtherHomes: $atOtherHomes) }\n}", "UniqueVariableNamesRule",
            ("There can be only one variable named \"$atOtherHomes\".", [(1, 26), (1, 50)]));

    [Fact]
    public void Spec_example_same_variable_in_two_operations() =>
        ValidationAssert.Valid("query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nquery B($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nfragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }");
}
