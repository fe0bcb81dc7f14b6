namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentNameUniquenessRuleTests
{
    [Fact]
    public void Spec_counter_example_duplicate_fragment_names() =>
        ValidationAssert.Errors("{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }", "UniqueFragmentNamesRule",
            ("There can be only one fragment named \"fragmentOne\".", [(2, 10), (3, 10)]));

    [Fact]
    public void Spec_example_unique_fragment_names() =>
        ValidationAssert.PassesRule("{ dog { ...fragmentOne ...fragmentTwo } }\nfragment fragmentOne on Dog { name }\nfragment fragmentTwo on Dog { owner { name } }", "UniqueFragmentNamesRule");
}
