namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class SingleRootFieldRuleTests
{
    private const string Rule = "SingleFieldSubscriptionsRule";

    [Fact]
    public void Spec_example_single_root_field() =>
        ValidationAssert.PassesRule("subscription sub { newMessage { body sender } }", Rule);

    [Fact]
    public void Spec_example_single_root_field_through_a_fragment() =>
        ValidationAssert.PassesRule("subscription sub { ...newMessageFields }\nfragment newMessageFields on Subscription { newMessage { body sender } }", Rule);

    [Fact]
    public void Spec_counter_example_two_root_fields() =>
        ValidationAssert.Errors("subscription sub {\n  newMessage { body sender }\n  disallowedSecondRootField\n}", Rule,
            ("Subscription \"sub\" must select only one top level field.", [(3, 3)]));

    [Fact]
    public void Spec_counter_example_two_root_fields_through_a_fragment() =>
        ValidationAssert.Errors(
            "subscription sub { ...multipleSubscriptions }\nfragment multipleSubscriptions on Subscription {\n  newMessage { body sender }\n  disallowedSecondRootField\n}", Rule,
            ("Subscription \"sub\" must select only one top level field.", [(4, 3)]));

    [Fact]
    public void Spec_counter_example_introspection_root_field() =>
        ValidationAssert.Errors("subscription sub {\n  __typename\n}", Rule,
            ("Subscription \"sub\" must not select an introspection top level field.", [(2, 3)]));

    [Fact]
    public void Anonymous_subscription_is_named_so_in_the_message() =>
        ValidationAssert.Errors("subscription { newMessage { body } disallowedSecondRootField }", Rule,
            ("Anonymous Subscription must select only one top level field.", [(1, 36)]));

    [Fact]
    public void A_literally_skipped_second_field_does_not_count() =>
        ValidationAssert.PassesRule("subscription sub { newMessage { body } disallowedSecondRootField @skip(if: true) }", Rule);
}
