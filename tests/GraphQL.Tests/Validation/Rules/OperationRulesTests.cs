namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class OperationRulesTests
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

    [Fact]
    public void Spec_example_lone_anonymous_operation() =>
        ValidationAssert.PassesRule("{ dog { name } }", "LoneAnonymousOperationRule");

    [Fact]
    public void Spec_counter_example_anonymous_operation_beside_a_named_one() =>
        ValidationAssert.Errors("{ dog { name } }\nquery getName { dog { owner { name } } }", "LoneAnonymousOperationRule",
            ("This anonymous operation must be the only defined operation.", [(1, 1)]));

    [Fact]
    public void Two_anonymous_operations_are_both_reported() =>
        ValidationAssert.Errors("{ dog { name } }\n{ dog { nickname } }", "LoneAnonymousOperationRule",
            ("This anonymous operation must be the only defined operation.", [(1, 1)]),
            ("This anonymous operation must be the only defined operation.", [(2, 1)]));
}
