namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
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
