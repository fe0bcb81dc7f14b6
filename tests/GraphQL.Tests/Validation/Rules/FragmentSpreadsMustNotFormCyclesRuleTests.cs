namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadsMustNotFormCyclesRuleTests
{
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
}
