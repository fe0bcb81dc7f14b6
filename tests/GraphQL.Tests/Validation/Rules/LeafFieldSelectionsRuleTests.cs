namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class LeafFieldSelectionsRuleTests
{
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
