namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectFieldUniquenessRuleTests
{
    [Fact]
    public void Spec_counter_example_duplicate_input_field() =>
        ValidationAssert.Errors("{\n  findDog(complex: { name: \"Fido\", name: \"Fido\" }) { name }\n}", "UniqueInputFieldNamesRule",
            ("There can be only one input field named \"name\".", [(2, 22), (2, 36)]));

    [Fact]
    public void Same_field_name_at_different_depths_is_fine() =>
        ValidationAssert.PassesRule("{ nested(input: { requiredField: true, deep: { requiredField: false } }) }", "UniqueInputFieldNamesRule");
}
