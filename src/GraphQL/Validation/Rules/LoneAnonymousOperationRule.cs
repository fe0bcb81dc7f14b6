using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "LoneAnonymousOperationRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operations;

        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operations = document.Definitions.Count(d => d is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when _operations > 1:
                    context.ReportError("This anonymous operation must be the only defined operation.", operation);
                    break;
            }
        }
    }
}
