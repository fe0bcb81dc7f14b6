using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>A validator with no rules: every document passes. The default until the validation layer is plugged in.</summary>
public sealed class NoRulesDocumentValidator : IDocumentValidator
{
    /// <summary>The instance.</summary>
    public static NoRulesDocumentValidator Instance { get; } = new();

    private NoRulesDocumentValidator()
    {
    }

    /// <inheritdoc/>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => [];
}
