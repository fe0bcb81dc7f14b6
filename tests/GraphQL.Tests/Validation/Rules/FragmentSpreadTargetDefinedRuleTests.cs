namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadTargetDefinedRuleTests
{
    [Fact]
    public void Spec_counter_example_undefined_fragment() =>
        ValidationAssert.Errors("{ dog { ...undefinedFragment } }", "KnownFragmentNamesRule",
            ("Unknown fragment \"undefinedFragment\".", [(1, 12)]));

    [Fact]
    public void Spec_example_defined_fragment() =>
        ValidationAssert.PassesRule("{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name }", "KnownFragmentNamesRule");
}
