namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionsRuleTests
{
    [Fact]
    public void Spec_example_fields_on_interface_and_union_typename() =>
        ValidationAssert.PassesRule(
            "fragment interfaceFieldSelection on Pet { name }\nfragment inDirectFieldSelectionOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } }\n{ dog { ...interfaceFieldSelection } catOrDog { ...inDirectFieldSelectionOnUnion } }",
            "FieldsOnCorrectTypeRule");

    [Fact]
    public void Spec_counter_example_undefined_fields() =>
        ValidationAssert.Errors(
            "fragment fieldNotDefined on Dog {\n  meowVolume\n}\nfragment aliasedLyingFieldTargetNotDefined on Dog {\n  barkVolume: kawVolume\n}\n{ dog { ...fieldNotDefined ...aliasedLyingFieldTargetNotDefined } }",
            "FieldsOnCorrectTypeRule",
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(2, 3)]),
            ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(5, 3)]));

    [Fact]
    public void Spec_counter_example_field_of_implementors_on_interface_suggests_fragments() =>
        ValidationAssert.Errors("fragment definedOnImplementorsButNotInterface on Pet {\n  nickname\n}\n{ pet { ...definedOnImplementorsButNotInterface } }",
            "FieldsOnCorrectTypeRule",
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", [(2, 3)]));

    [Fact]
    public void Spec_counter_example_direct_field_on_union() =>
        ValidationAssert.Errors("fragment directFieldSelectionOnUnion on CatOrDog {\n  directField\n}\n{ catOrDog { ...directFieldSelectionOnUnion } }",
            "FieldsOnCorrectTypeRule",
            ("Cannot query field \"directField\" on type \"CatOrDog\".", [(2, 3)]));
}
