namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectRequiredFieldsRuleTests
{
    [Fact]
    public void Required_input_field_missing() =>
        ValidationAssert.Errors("{ nested(input: { intField: 1 }) }", "ValuesOfCorrectTypeRule",
            ("Field \"NestedInput.requiredField\" of required type \"Boolean!\" was not provided.", [(1, 17)]));

    [Fact]
    public void Non_null_fields_with_defaults_may_be_omitted() =>
        ValidationAssert.PassesRule("{ nested(input: { requiredField: true }) }", "ValuesOfCorrectTypeRule");

    [Fact]
    public void Nested_input_objects_are_checked_too() =>
        ValidationAssert.Errors("{ nested(input: { requiredField: true, deep: { intField: 1 } }) }", "ValuesOfCorrectTypeRule",
            ("Field \"NestedInput.requiredField\" of required type \"Boolean!\" was not provided.", [(1, 46)]));
}
