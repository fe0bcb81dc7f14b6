using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionMergingRuleTests
{
    private const string Rule = "OverlappingFieldsCanBeMergedRule";

    [Theory]
    [InlineData("fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }")]
    [InlineData("fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }")]
    public void Spec_examples_merge(string fragment) =>
        ValidationAssert.PassesRule(fragment + "\n{ dog { name } }", Rule);

    [Fact]
    public void Spec_example_identical_variables_merge() =>
        ValidationAssert.PassesRule("query Q($dogCommand: DogCommand!) { dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) } }", Rule);

    [Fact]
    public void Spec_counter_example_alias_hides_a_different_field() =>
        ValidationAssert.Errors("fragment conflictingBecauseAlias on Dog {\n  name: nickname\n  name\n}\n{ dog { ...conflictingBecauseAlias } }", Rule,
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Spec_counter_example_differing_argument_values() =>
        ValidationAssert.Errors("fragment conflictingArgsOnValues on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: HEEL)\n}\n{ dog { ...conflictingArgsOnValues } }", Rule,
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Spec_counter_example_value_and_variable() =>
        ValidationAssert.Errors("query Q($dogCommand: DogCommand!) { dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: $dogCommand)\n} }", Rule,
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Spec_counter_example_missing_argument() =>
        ValidationAssert.Errors("fragment differingArgs on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand\n}\n{ dog { ...differingArgs } }", Rule,
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Spec_counter_example_conflicting_return_types_under_different_parents() =>
        ValidationAssert.Errors("fragment conflictingDifferingResponses on Pet {\n  ... on Dog {\n    someValue: nickname\n  }\n  ... on Cat {\n    someValue: meowVolume\n  }\n}\n{ pet { ...conflictingDifferingResponses } }", Rule,
            ("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", [(3, 5), (6, 5)]));

    [Fact]
    public void Sub_field_conflicts_are_reported_with_the_path_of_fields() =>
        ValidationAssert.Errors("{\n  dog {\n    owner { x: name }\n    owner { x: iq }\n  }\n}", Rule,
            ("Fields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(3, 5), (3, 13), (4, 5), (4, 13)]));

    [Fact]
    public void Object_argument_field_order_does_not_matter() =>
        ValidationAssert.PassesRule("{ findDog(complex: {name: \"a\", owner: \"b\"}) { name } findDog(complex: {owner: \"b\", name: \"a\"}) { name } }", Rule);

    [Fact]
    public void Many_repeated_fragments_validate_in_reasonable_work()
    {
        // Each fragment spreads the previous one twice: naive expansion would compare 2^40 fields.
        var builder = new System.Text.StringBuilder("{ dog { ...F0 } }\nfragment F0 on Dog { name }\n");
        for (var i = 1; i <= 40; i++)
        {
            builder.Append($"fragment F{i} on Dog {{ ...F{i - 1} ...F{i - 1} name }}\n");
        }

        builder.Replace("{ dog { ...F0 } }", "{ dog { ...F40 } }");
        var failures = new DocumentValidator().ValidateDetailed(ValidationSchemas.Spec, Parser.Parse(builder.ToString()));
        Assert.Empty(failures);
    }

    [Fact]
    public void Quadratic_comparisons_stop_at_the_budget_with_validation_aborted()
    {
        var document = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 1000)) + " } }";
        var failures = new DocumentValidator().ValidateDetailed(ValidationSchemas.Spec, Parser.Parse(document));
        var failure = Assert.Single(failures);
        Assert.Equal(Rule, failure.RuleName);
        Assert.Equal("Validation aborted.", failure.Error.Message);
    }

    [Fact]
    public void The_comparison_budget_is_configurable()
    {
        var document = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 1000)) + " } }";
        var validator = new DocumentValidator(new DocumentValidatorOptions { Rules = [new DigitalPost.GraphQL.Validation.Rules.FieldSelectionMergingRule(comparisonBudget: 2_000_000)] });
        Assert.Empty(validator.ValidateDetailed(ValidationSchemas.Spec, Parser.Parse(document)));
    }
}
