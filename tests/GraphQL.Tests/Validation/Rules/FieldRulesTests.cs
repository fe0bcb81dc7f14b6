namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FieldRulesTests
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

    [Fact]
    public void Spec_example_leaf_selection() =>
        ValidationAssert.PassesRule("fragment scalarSelection on Dog { barkVolume }\n{ dog { ...scalarSelection } }", "ScalarLeafsRule");

    [Fact]
    public void Spec_counter_example_selection_on_scalar() =>
        ValidationAssert.Errors("fragment scalarSelectionsNotAllowedOnInt on Dog {\n  barkVolume {\n    sinceWhen\n  }\n}\n{ dog { ...scalarSelectionsNotAllowedOnInt } }",
            "ScalarLeafsRule",
            ("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", [(2, 14)]));

    [Fact]
    public void Spec_counter_example_composite_fields_without_selection() =>
        ValidationAssert.Errors("query directQueryOnObjectWithoutSubFields {\n  human\n}\nquery directQueryOnInterfaceWithoutSubFields {\n  pet\n}\nquery directQueryOnUnionWithoutSubFields {\n  catOrDog\n}",
            "ScalarLeafsRule",
            ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", [(2, 3)]),
            ("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", [(5, 3)]),
            ("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", [(8, 3)]));

    [Fact]
    public void Wrapped_types_are_printed_with_their_modifiers() =>
        ValidationAssert.Errors("{ human { relatives } }", "ScalarLeafsRule",
            ("Field \"relatives\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", [(1, 11)]));
}
