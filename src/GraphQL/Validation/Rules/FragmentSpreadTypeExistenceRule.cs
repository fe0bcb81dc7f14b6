using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence, and every other named type reference of an executable
/// document (variable types): the type must exist in the schema.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "KnownTypeNamesRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly string[] StandardScalars = ["String", "Int", "Float", "Boolean", "ID"];
        private int _typeSystemDepth;

        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case TypeSystemDefinitionNode or TypeSystemExtensionNode:
                    _typeSystemDepth++;
                    break;
                case NamedTypeNode named when context.Schema.GetType(named.Name.Value) is null && !IsDefinedInDocument(named.Name.Value):
                    var name = named.Name.Value;
                    var inTypeSystem = _typeSystemDepth > 0;

                    // Type-system definitions may name the standard scalars even when the schema does not use them.
                    if (inTypeSystem && StandardScalars.Contains(name))
                    {
                        return;
                    }

                    var candidates = context.Schema.Types.Select(t => t.Name);
                    var suggestions = Suggestions.List(name, inTypeSystem ? StandardScalars.Concat(candidates) : candidates);
                    context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), named);
                    break;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is TypeSystemDefinitionNode or TypeSystemExtensionNode)
            {
                _typeSystemDepth--;
            }
        }

        private bool IsDefinedInDocument(string name) =>
            context.Document.Definitions.Any(d => d is TypeDefinitionNode t && t.Name.Value == name);
    }
}
