namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadIsPossibleRuleTests
{
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
