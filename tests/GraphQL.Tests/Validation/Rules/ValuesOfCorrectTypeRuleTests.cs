namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Spec_counter_example_null_for_required_argument_is_a_value_error() =>
        ValidationAssert.Errors("fragment missingRequiredArg on Arguments {\n  nonNullBooleanArgField(nonNullBooleanArg: null)\n}\n{ arguments { ...missingRequiredArg } }", "ValuesOfCorrectTypeRule",
            ("Expected value of type \"Boolean!\", found null.", [(2, 45)]));

    [Fact]
    public void Spec_examples_values_of_correct_type() =>
        ValidationAssert.PassesRule(
            "fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }\nfragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }\nquery goodComplexDefaultValue($search: FindDogInput = { name: \"Fido\" }) { searchDog(searchBy: $search) { name } }\n{ arguments { ...goodBooleanArg ...coercedIntIntoFloatArg } }",
            "ValuesOfCorrectTypeRule");

    [Fact]
    public void Spec_counter_example_string_into_int_and_int_into_string() =>
        ValidationAssert.Errors("fragment stringIntoInt on Arguments {\n  intArgField(intArg: \"123\")\n}\nquery badComplexValue {\n  findDog(complex: { name: 123 }) { name }\n  arguments { ...stringIntoInt }\n}", "ValuesOfCorrectTypeRule",
            ("Int cannot represent non-integer value: \"123\"", [(2, 23)]),
            ("String cannot represent a non string value: 123", [(5, 28)]));

    [Fact]
    public void Enum_value_that_does_not_exist() =>
        ValidationAssert.FailsRule("{ arguments { enumArgField(enumArg: JUMP) } }", "ValuesOfCorrectTypeRule",
            "Value \"JUMP\" does not exist in \"DogCommand\" enum.");

    [Fact]
    public void Enum_given_as_string_gets_a_hint() =>
        ValidationAssert.FailsRule("{ arguments { enumArgField(enumArg: \"SIT\") } }", "ValuesOfCorrectTypeRule",
            "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?");

    [Fact]
    public void OneOf_input_with_two_keys() =>
        ValidationAssert.Errors("{ searchDog(searchBy: { name: \"Fido\", owner: \"Bob\" }) { name } }", "ValuesOfCorrectTypeRule",
            ("OneOf Input Object \"FindDogInput\" must specify exactly one key.", [(1, 23)]));

    [Fact]
    public void OneOf_input_with_null_value() =>
        ValidationAssert.Errors("{ searchDog(searchBy: { name: null }) { name } }", "ValuesOfCorrectTypeRule",
            ("Field \"FindDogInput.name\" must be non-null.", [(1, 23)]));

    [Fact]
    public void List_value_where_a_scalar_is_expected() =>
        ValidationAssert.FailsRule("{ arguments { intArgField(intArg: [1, 2]) } }", "ValuesOfCorrectTypeRule",
            "Int cannot represent non-integer value: [1, 2]");

    [Fact]
    public void Single_value_is_coerced_into_a_list() =>
        ValidationAssert.PassesRule("{ arguments { booleanListArgField(booleanListArg: true) } }", "ValuesOfCorrectTypeRule");
}
