using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// Files uploaded ahead with <c>POST /graphql/uploads</c>, each owned by the viewer who sent it and usable as
/// <c>AttachmentInput.uploadId</c> by that viewer only, until <see cref="UploadOptions.TimeToLive"/> passes or a
/// send uses it. A viewer holds at most <see cref="UploadOptions.MaxFilesPerViewer"/> files and
/// <see cref="UploadOptions.MaxBytesPerViewer"/> bytes. Kept in this process's memory (the files on local disk):
/// with several silos, an upload must be used through the silo that received it. Registered as a singleton.
/// </summary>
public sealed class UploadStore : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, StoredUpload> _uploads = [];
    private readonly IOptions<UploadOptions> _options;
    private readonly TimeProvider _time;

    public UploadStore(IOptions<UploadOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>Files held now (expired ones not yet swept included).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _uploads.Count;
            }
        }
    }

    /// <summary>How many unexpired uploads, and how many bytes, <paramref name="owner"/> holds now.</summary>
    public (int Files, long Bytes) HeldBy(string owner)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var held = _uploads.Values.Where(u => u.Owner == owner && u.ExpiresAt > now).ToList();
            return (held.Count, held.Sum(u => u.File.Size));
        }
    }

    /// <summary>
    /// Takes over <paramref name="files"/> for <paramref name="owner"/> when the owner's quota allows all of them;
    /// otherwise stores none and returns what limit they would break (the caller deletes them).
    /// </summary>
    public async Task<(IReadOnlyList<StoredUpload> Stored, string? Refusal)> TryAddAsync(string owner, IReadOnlyList<UploadedFile> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(files);
        var options = _options.Value;
        var now = _time.GetUtcNow();
        List<StoredUpload> expired;
        List<StoredUpload> stored = [];
        string? refusal = null;
        lock (_lock)
        {
            expired = TakeExpired(now, owner);
            var held = _uploads.Values.Where(u => u.Owner == owner).ToList();
            var count = held.Count + files.Count;
            var bytes = held.Sum(u => u.File.Size) + files.Sum(f => f.Size);
            if (count > options.MaxFilesPerViewer)
            {
                refusal = $"you would hold {count} uploaded files; at most {options.MaxFilesPerViewer} are kept per person";
            }
            else if (bytes > options.MaxBytesPerViewer)
            {
                refusal = $"you would hold {bytes} bytes of uploaded files; at most {options.MaxBytesPerViewer} bytes are kept per person";
            }
            else
            {
                var expiresAt = now + options.TimeToLive;
                foreach (var file in files)
                {
                    var upload = new StoredUpload(file, owner, expiresAt);
                    _uploads[file.Id] = upload;
                    stored.Add(upload);
                }
            }
        }

        await DeleteAsync(expired).ConfigureAwait(false);
        return (stored, refusal);
    }

    /// <summary>The upload <paramref name="id"/> when <paramref name="owner"/> owns it and it has not expired; else null (unknown and foreign look the same).</summary>
    public StoredUpload? Find(string owner, Guid id)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        lock (_lock)
        {
            return _uploads.TryGetValue(id, out var upload) && upload.Owner == owner && upload.ExpiresAt > _time.GetUtcNow() ? upload : null;
        }
    }

    /// <summary>Removes and deletes an upload (a send used it). Only the owner's own uploads are removed.</summary>
    public async Task RemoveAsync(string owner, Guid id)
    {
        StoredUpload? removed = null;
        lock (_lock)
        {
            if (_uploads.TryGetValue(id, out var upload) && upload.Owner == owner)
            {
                _uploads.Remove(id);
                removed = upload;
            }
        }

        if (removed is not null)
        {
            await removed.File.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Deletes every expired upload; returns how many.</summary>
    public async Task<int> SweepAsync()
    {
        List<StoredUpload> expired;
        lock (_lock)
        {
            expired = TakeExpired(_time.GetUtcNow(), owner: null);
        }

        await DeleteAsync(expired).ConfigureAwait(false);
        return expired.Count;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        List<StoredUpload> all;
        lock (_lock)
        {
            all = [.. _uploads.Values];
            _uploads.Clear();
        }

        await DeleteAsync(all).ConfigureAwait(false);
    }

    private List<StoredUpload> TakeExpired(DateTimeOffset now, string? owner)
    {
        var expired = _uploads.Values.Where(u => u.ExpiresAt <= now && (owner is null || u.Owner == owner)).ToList();
        foreach (var upload in expired)
        {
            _uploads.Remove(upload.File.Id);
        }

        return expired;
    }

    private static async Task DeleteAsync(List<StoredUpload> uploads)
    {
        foreach (var upload in uploads)
        {
            await upload.File.DisposeAsync().ConfigureAwait(false);
        }
    }
}
