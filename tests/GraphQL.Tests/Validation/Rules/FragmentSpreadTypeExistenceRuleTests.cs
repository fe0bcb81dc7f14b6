namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadTypeExistenceRuleTests
{
    [Fact]
    public void Spec_counter_example_unknown_type_conditions() =>
        ValidationAssert.Errors("fragment notOnExistingType on NotInSchema { name }\nfragment inlineNotExistingType on Dog { ... on NotInSchema { name } }\n{ dog { ...notOnExistingType ...inlineNotExistingType } }", "KnownTypeNamesRule",
            ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", [(1, 31)]),
            ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", [(2, 48)]));

    [Fact]
    public void Misspelled_type_gets_a_suggestion() =>
        ValidationAssert.Errors("query Q($c: ComplexInpt) { findDog(complex: $c) { name } }", "KnownTypeNamesRule",
            ("Unknown type \"ComplexInpt\". Did you mean \"ComplexInput\"?", [(1, 13)]));
}
