namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class ValueRulesTests
{
    private const string Rule = "ValuesOfCorrectTypeRule";

    [Fact]
    public void Spec_examples_values_of_correct_type() =>
        ValidationAssert.PassesRule(
            "fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }\nfragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }\nquery goodComplexDefaultValue($search: FindDogInput = { name: \"Fido\" }) { searchDog(searchBy: $search) { name } }\n{ arguments { ...goodBooleanArg ...coercedIntIntoFloatArg } }",
            Rule);

    [Fact]
    public void Spec_counter_example_string_into_int_and_int_into_string() =>
        ValidationAssert.Errors("fragment stringIntoInt on Arguments {\n  intArgField(intArg: \"123\")\n}\nquery badComplexValue {\n  findDog(complex: { name: 123 }) { name }\n  arguments { ...stringIntoInt }\n}", Rule,
            ("Int cannot represent non-integer value: \"123\"", [(2, 23)]),
            ("String cannot represent a non string value: 123", [(5, 28)]));

    [Fact]
    public void Spec_counter_example_unknown_input_field() =>
        ValidationAssert.Errors("{\n  findDog(complex: { favoriteCookieFlavor: \"Bacon\" }) { name }\n}", Rule,
            ("Field \"favoriteCookieFlavor\" is not defined by type \"ComplexInput\".", [(2, 22)]));

    [Fact]
    public void Spec_counter_example_duplicate_input_field() =>
        ValidationAssert.Errors("{\n  findDog(complex: { name: \"Fido\", name: \"Fido\" }) { name }\n}", "UniqueInputFieldNamesRule",
            ("There can be only one input field named \"name\".", [(2, 22), (2, 36)]));

    [Fact]
    public void Required_input_field_missing() =>
        ValidationAssert.Errors("{ nested(input: { intField: 1 }) }", Rule,
            ("Field \"NestedInput.requiredField\" of required type \"Boolean!\" was not provided.", [(1, 17)]));

    [Fact]
    public void Enum_value_that_does_not_exist() =>
        ValidationAssert.FailsRule("{ arguments { enumArgField(enumArg: JUMP) } }", Rule,
            "Value \"JUMP\" does not exist in \"DogCommand\" enum.");

    [Fact]
    public void Enum_given_as_string_gets_a_hint() =>
        ValidationAssert.FailsRule("{ arguments { enumArgField(enumArg: \"SIT\") } }", Rule,
            "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?");

    [Fact]
    public void OneOf_input_with_two_keys() =>
        ValidationAssert.Errors("{ searchDog(searchBy: { name: \"Fido\", owner: \"Bob\" }) { name } }", Rule,
            ("OneOf Input Object \"FindDogInput\" must specify exactly one key.", [(1, 23)]));

    [Fact]
    public void OneOf_input_with_null_value() =>
        ValidationAssert.Errors("{ searchDog(searchBy: { name: null }) { name } }", Rule,
            ("Field \"FindDogInput.name\" must be non-null.", [(1, 23)]));

    [Fact]
    public void OneOf_input_fed_by_nullable_variable() =>
        ValidationAssert.Errors("query Q($n: String) { searchDog(searchBy: { name: $n }) { name } }", "VariablesInAllowedPositionRule",
            ("Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"FindDogInput\".", [(1, 9), (1, 51)]));

    [Fact]
    public void List_value_where_a_scalar_is_expected() =>
        ValidationAssert.FailsRule("{ arguments { intArgField(intArg: [1, 2]) } }", Rule,
            "Int cannot represent non-integer value: [1, 2]");

    [Fact]
    public void Single_value_is_coerced_into_a_list() =>
        ValidationAssert.PassesRule("{ arguments { booleanListArgField(booleanListArg: true) } }", Rule);
}
