using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The validation seam of the executor: checks a document against a schema before execution
/// (spec section 5). The outcome must depend only on the schema and the document, because
/// <see cref="GraphQLExecutor"/> remembers documents that passed (per executor) and a
/// <see cref="IDocumentCache"/> may keep them.
/// </summary>
public interface IDocumentValidator
{
    /// <summary>Validates <paramref name="document"/>; returns an empty list when it is valid.</summary>
    IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document);
}
