using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// A thread-safe, bounded cache of parsed and validated documents keyed by their text. Use one per
/// schema (validation depends on it): <see cref="GraphQLRequestPipeline"/> creates its own.
/// Reads are lock-free. Eviction is generational: entries live in a young generation of up to half
/// the capacity; when it fills, it becomes the old generation (the previous old one is dropped) and a
/// hit in the old generation moves the entry back to the young one, so frequently used documents
/// survive while the total never exceeds <see cref="Capacity"/>.
/// </summary>
public sealed class DocumentCache : IDocumentCache
{
    private readonly Lock _rotation = new();
    private readonly int _generationSize;
    private ConcurrentDictionary<string, DocumentNode> _young = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, DocumentNode> _old = new(StringComparer.Ordinal);

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents (at least 2).</summary>
    public DocumentCache(int capacity = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Capacity = capacity;
        _generationSize = capacity / 2;
    }

    /// <summary>The maximum number of documents held.</summary>
    public int Capacity { get; }

    /// <summary>The number of documents held now.</summary>
    public int Count => _young.Count + _old.Count;

    /// <inheritdoc/>
    public bool TryGetDocument(string query, [NotNullWhen(true)] out DocumentNode? document)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_young.TryGetValue(query, out document))
        {
            return true;
        }

        if (_old.TryGetValue(query, out document))
        {
            AddDocument(query, document);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public void AddDocument(string query, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(document);
        var young = _young;
        young[query] = document;
        if (young.Count < _generationSize)
        {
            return;
        }

        lock (_rotation)
        {
            if (ReferenceEquals(young, _young) && young.Count >= _generationSize)
            {
                _old = young;
                _young = new ConcurrentDictionary<string, DocumentNode>(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Removes every document.</summary>
    public void Clear()
    {
        lock (_rotation)
        {
            _young = new ConcurrentDictionary<string, DocumentNode>(StringComparer.Ordinal);
            _old = new ConcurrentDictionary<string, DocumentNode>(StringComparer.Ordinal);
        }
    }
}
