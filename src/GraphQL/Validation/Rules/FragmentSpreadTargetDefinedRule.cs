using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class FragmentSpreadTargetDefinedRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownFragmentNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
            }
        }
    }
}
