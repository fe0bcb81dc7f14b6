namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class OperationNameUniquenessRuleTests
{
    [Fact]
    public void Spec_example_operation_names_are_unique() =>
        ValidationAssert.PassesRule("query getDogName { dog { name } }\nquery getOwnerName { dog { owner { name } } }", "UniqueOperationNamesRule");

    [Fact]
    public void Spec_counter_example_two_queries_with_one_name() =>
        ValidationAssert.Errors("query getName { dog { name } }\nquery getName { dog { owner { name } } }", "UniqueOperationNamesRule",
            ("There can be only one operation named \"getName\".", [(1, 7), (2, 7)]));

    [Fact]
    public void Spec_counter_example_query_and_mutation_with_one_name() =>
        ValidationAssert.Errors("query dogOperation { dog { name } }\nmutation dogOperation { mutateDog(name: \"x\") { name } }", "UniqueOperationNamesRule",
            ("There can be only one operation named \"dogOperation\".", [(1, 7), (2, 10)]));
}
