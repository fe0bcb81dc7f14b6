using System.Diagnostics.CodeAnalysis;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// A cache of documents that parsed and passed validation, keyed by their text. The executor
/// looks documents up before parsing and adds them after successful validation.
/// Implementations must be thread-safe and bounded.
/// </summary>
public interface IDocumentCache
{
    /// <summary>Looks up a validated document by its text.</summary>
    bool TryGetDocument(string query, [NotNullWhen(true)] out DocumentNode? document);

    /// <summary>Stores a validated document.</summary>
    void AddDocument(string query, DocumentNode document);
}
