namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Spec_counter_example_fragments_on_scalars() =>
        ValidationAssert.Errors("fragment fragOnScalar on Int { something }\nfragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }\n{ dog { ...fragOnScalar ...inlineFragOnScalar } }", "FragmentsOnCompositeTypesRule",
            ("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", [(1, 26)]),
            ("Fragment cannot condition on non composite type \"Boolean\".", [(2, 45)]));

    [Fact]
    public void Spec_example_fragments_on_object_interface_and_union() =>
        ValidationAssert.PassesRule("fragment fragOnObject on Dog { name }\nfragment fragOnInterface on Pet { name }\nfragment fragOnUnion on CatOrDog { ... on Dog { name } }\n{ dog { ...fragOnObject ...fragOnInterface ...fragOnUnion } }", "FragmentsOnCompositeTypesRule");
}
