using DigitalPost.GraphQL.Validation.Rules;

namespace DigitalPost.GraphQL.Validation;

/// <summary>The rules of the specification's section 5, in graphql-js's order.</summary>
public static class SpecifiedRules
{
    /// <summary>Every specified rule.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new OperationNameUniquenessRule(),
        new LoneAnonymousOperationRule(),
        new SingleRootFieldRule(),
        new FragmentSpreadTypeExistenceRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new LeafFieldSelectionsRule(),
        new FieldSelectionsRule(),
        new FragmentNameUniquenessRule(),
        new FragmentSpreadTargetDefinedRule(),
        new FragmentsMustBeUsedRule(),
        new FragmentSpreadIsPossibleRule(),
        new FragmentSpreadsMustNotFormCyclesRule(),
        new VariableUniquenessRule(),
        new AllVariableUsesDefinedRule(),
        new AllVariablesUsedRule(),
        new DirectivesAreDefinedRule(),
        new DirectivesAreInValidLocationsRule(),
        new DirectivesAreUniquePerLocationRule(),
        new ArgumentNamesRule(),
        new ArgumentUniquenessRule(),
        new ValuesOfCorrectTypeRule(),
        new InputObjectFieldNamesRule(),
        new InputObjectRequiredFieldsRule(),
        new RequiredArgumentsRule(),
        new AllVariableUsagesAreAllowedRule(),
        new FieldSelectionMergingRule(),
        new InputObjectFieldUniquenessRule(),
    ];
}
