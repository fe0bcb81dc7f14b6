using System.Collections.Concurrent;

namespace DigitalPost.GraphQL.Operations;

/// <summary>Persisted documents held in memory; the id of each added document is computed, never trusted.</summary>
public sealed class InMemoryPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>Creates a store holding <paramref name="documents"/>.</summary>
    public InMemoryPersistedDocumentStore(IEnumerable<string>? documents = null)
    {
        foreach (var document in documents ?? [])
        {
            Add(document);
        }
    }

    /// <summary>The number of documents.</summary>
    public int Count => _documents.Count;

    /// <summary>Adds <paramref name="document"/> and returns its id.</summary>
    public PersistedDocumentId Add(string document)
    {
        var id = PersistedDocumentId.Compute(document);
        _documents[id.Hash] = document;
        return id;
    }

    /// <inheritdoc/>
    public ValueTask<string?> GetAsync(PersistedDocumentId id, CancellationToken cancellationToken) =>
        new(_documents.GetValueOrDefault(id.Hash ?? string.Empty));
}
