namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectFieldNamesRuleTests
{
    [Fact]
    public void Spec_counter_example_unknown_input_field() =>
        ValidationAssert.Errors("{\n  findDog(complex: { favoriteCookieFlavor: \"Bacon\" }) { name }\n}", "ValuesOfCorrectTypeRule",
            ("Field \"favoriteCookieFlavor\" is not defined by type \"ComplexInput\".", [(2, 22)]));

    [Fact]
    public void Spec_example_defined_input_field() =>
        ValidationAssert.PassesRule("{ findDog(complex: { name: \"Fido\" }) { name } }", "ValuesOfCorrectTypeRule");

    [Fact]
    public void Misspelled_input_field_gets_a_suggestion() =>
        ValidationAssert.Errors("{ findDog(complex: { nam: \"Fido\" }) { name } }", "ValuesOfCorrectTypeRule",
            ("Field \"nam\" is not defined by type \"ComplexInput\". Did you mean \"name\"?", [(1, 22)]));
}
