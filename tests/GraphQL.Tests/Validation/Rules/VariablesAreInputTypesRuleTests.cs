namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Spec_counter_example_output_types_as_variables() =>
        ValidationAssert.Errors("query takesCat($cat: Cat) { dog { name } }\nquery takesDogBang($dog: Dog!) { dog { name } }\nquery takesListOfPet($pets: [Pet]) { dog { name } }\nquery takesCatOrDog($catOrDog: CatOrDog) { dog { name } }", "VariablesAreInputTypesRule",
            ("Variable \"$cat\" cannot be non-input type \"Cat\".", [(1, 22)]),
            ("Variable \"$dog\" cannot be non-input type \"Dog!\".", [(2, 26)]),
            ("Variable \"$pets\" cannot be non-input type \"[Pet]\".", [(3, 29)]),
            ("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", [(4, 32)]));

    [Fact]
    public void Spec_example_input_types() =>
        ValidationAssert.PassesRule("query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }\nquery takesComplexInput($complexInput: ComplexInput) { findDog(complex: $complexInput) { name } }\nquery TakesListOfBooleanBang($booleans: [Boolean!]) { booleanList(booleanListArg: $booleans) }", "VariablesAreInputTypesRule");
}
