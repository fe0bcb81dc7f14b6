using System.Collections.Concurrent;

namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// Persisted documents as files of one folder, each named <c>&lt;sha256 hex&gt;.graphql</c> (the
/// layout a build step that extracts client operations writes). A file is read on first use and kept;
/// a file whose content does not hash to its name is treated as absent, so a tampered or mis-named
/// file can never run under another document's id.
/// </summary>
public sealed class FileSystemPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, string> _loaded = new(StringComparer.Ordinal);

    /// <summary>Creates a store over <paramref name="folder"/> (which must exist).</summary>
    public FileSystemPersistedDocumentStore(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Persisted document folder '{folder}' does not exist.");
        }

        _folder = folder;
    }

    /// <summary>Writes <paramref name="document"/> into <paramref name="folder"/> under its id and returns the id.</summary>
    public static PersistedDocumentId Write(string folder, string document)
    {
        var id = PersistedDocumentId.Compute(document);
        File.WriteAllText(Path.Combine(folder, id.Hash + ".graphql"), document, new System.Text.UTF8Encoding(false));
        return id;
    }

    /// <inheritdoc/>
    public async ValueTask<string?> GetAsync(PersistedDocumentId id, CancellationToken cancellationToken)
    {
        if (id.Hash is null)
        {
            return null;
        }

        if (_loaded.TryGetValue(id.Hash, out var cached))
        {
            return cached;
        }

        // The hash is validated hex, so it cannot escape the folder.
        var path = Path.Combine(_folder, id.Hash + ".graphql");
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (!id.Matches(text))
        {
            return null;
        }

        _loaded.TryAdd(id.Hash, text);
        return text;
    }
}
