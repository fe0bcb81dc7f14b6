namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsMustBeUsedRuleTests
{
    [Fact]
    public void Spec_counter_example_unused_fragment() =>
        ValidationAssert.Errors("fragment nameFragment on Dog { name }\n{ dog { name } }", "NoUnusedFragmentsRule",
            ("Fragment \"nameFragment\" is never used.", [(1, 1)]));

    [Fact]
    public void Fragments_used_through_other_fragments_are_used() =>
        ValidationAssert.PassesRule("{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { name }", "NoUnusedFragmentsRule");

    [Fact]
    public void Fragments_used_only_by_unused_fragments_are_unused_too() =>
        ValidationAssert.Errors("fragment A on Dog { ...B }\nfragment B on Dog { name }\n{ dog { name } }", "NoUnusedFragmentsRule",
            ("Fragment \"A\" is never used.", [(1, 1)]),
            ("Fragment \"B\" is never used.", [(2, 1)]));
}
