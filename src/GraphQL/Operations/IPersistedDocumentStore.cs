namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// Persisted documents by SHA-256 hash. Implementations must be thread-safe and must only return a
/// text whose SHA-256 (of its UTF-8 bytes) is the hash asked for.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text for <paramref name="id"/>, or <c>null</c> when unknown.</summary>
    ValueTask<string?> GetAsync(PersistedDocumentId id, CancellationToken cancellationToken);
}
