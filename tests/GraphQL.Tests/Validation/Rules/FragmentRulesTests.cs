namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentRulesTests
{
    [Fact]
    public void Spec_counter_example_duplicate_fragment_names() =>
        ValidationAssert.Errors("{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }", "UniqueFragmentNamesRule",
            ("There can be only one fragment named \"fragmentOne\".", [(2, 10), (3, 10)]));

    [Fact]
    public void Spec_counter_example_unknown_type_conditions() =>
        ValidationAssert.Errors("fragment notOnExistingType on NotInSchema { name }\nfragment inlineNotExistingType on Dog { ... on NotInSchema { name } }\n{ dog { ...notOnExistingType ...inlineNotExistingType } }", "KnownTypeNamesRule",
            ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", [(1, 31)]),
            ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", [(2, 48)]));

    [Fact]
    public void Misspelled_type_gets_a_suggestion() =>
        ValidationAssert.Errors("query Q($c: ComplexInpt) { findDog(complex: $c) { name } }", "KnownTypeNamesRule",
            ("Unknown type \"ComplexInpt\". Did you mean \"ComplexInput\"?", [(1, 13)]));

    [Fact]
    public void Spec_counter_example_fragments_on_scalars() =>
        ValidationAssert.Errors("fragment fragOnScalar on Int { something }\nfragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }\n{ dog { ...fragOnScalar ...inlineFragOnScalar } }", "FragmentsOnCompositeTypesRule",
            ("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", [(1, 26)]),
            ("Fragment cannot condition on non composite type \"Boolean\".", [(2, 45)]));

    [Fact]
    public void Spec_counter_example_unused_fragment() =>
        ValidationAssert.Errors("fragment nameFragment on Dog { name }\n{ dog { name } }", "NoUnusedFragmentsRule",
            ("Fragment \"nameFragment\" is never used.", [(1, 1)]));

    [Fact]
    public void Spec_counter_example_undefined_fragment() =>
        ValidationAssert.Errors("{ dog { ...undefinedFragment } }", "KnownFragmentNamesRule",
            ("Unknown fragment \"undefinedFragment\".", [(1, 12)]));

    [Fact]
    public void Spec_counter_example_direct_cycle() =>
        ValidationAssert.Errors("{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }", "NoFragmentCyclesRule",
            ("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", [(2, 37), (3, 49)]));

    [Fact]
    public void Spec_counter_example_cycle_through_nested_fields() =>
        ValidationAssert.Errors("{ dog { ...dogFragment } }\nfragment dogFragment on Dog { name owner { ...ownerFragment } }\nfragment ownerFragment on Human { name pets { ...dogFragment } }", "NoFragmentCyclesRule",
            ("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", [(2, 44), (3, 47)]));

    [Fact]
    public void Self_spread_is_a_cycle_without_via() =>
        ValidationAssert.Errors("{ dog { ...F } }\nfragment F on Dog { name ...F }", "NoFragmentCyclesRule",
            ("Cannot spread fragment \"F\" within itself.", [(2, 26)]));

    [Fact]
    public void Spec_examples_possible_spreads() =>
        ValidationAssert.PassesRule(
            "fragment dogFragment on Dog { ... on Dog { barkVolume } }\nfragment petNameFragment on Pet { name }\nfragment interfaceWithinObjectFragment on Dog { ...petNameFragment }\nfragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }\nfragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }\n{ dog { ...dogFragment ...interfaceWithinObjectFragment ...unionWithObjectFragment } }",
            "PossibleFragmentSpreadsRule");

    [Fact]
    public void Spec_counter_example_object_spread_in_other_object() =>
        ValidationAssert.Errors("fragment catInDogFragmentInvalid on Dog {\n  ... on Cat { meowVolume }\n}\n{ dog { ...catInDogFragmentInvalid } }", "PossibleFragmentSpreadsRule",
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", [(2, 3)]));

    [Fact]
    public void Spec_counter_example_abstract_spreads_without_common_types() =>
        ValidationAssert.Errors("fragment sentientFragment on Sentient {\n  ... on Dog { barkVolume }\n}\nfragment humanOrAlienFragment on HumanOrAlien {\n  ... on Cat { meowVolume }\n}\n{ sentient { ...sentientFragment } humanOrAlien { ...humanOrAlienFragment } }", "PossibleFragmentSpreadsRule",
            ("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", [(2, 3)]),
            ("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", [(5, 3)]));

    [Fact]
    public void Spec_counter_example_non_intersecting_interfaces() =>
        ValidationAssert.Errors("fragment nonIntersectingInterfaces on Pet {\n  ...sentientFragment\n}\nfragment sentientFragment on Sentient { name }\n{ pet { ...nonIntersectingInterfaces } }", "PossibleFragmentSpreadsRule",
            ("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", [(2, 3)]));

    [Fact]
    public void Spec_example_interface_spread_in_union_of_implementors() =>
        ValidationAssert.PassesRule("fragment unionWithInterface on Pet { ...dogOrHumanFragment }\nfragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }\n{ pet { ...unionWithInterface } }", "PossibleFragmentSpreadsRule");
}
