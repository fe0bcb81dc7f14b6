namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// A file received in a multipart request and written to temporary storage: the runtime value of the <c>Upload</c>
/// scalar and of a stored upload. Disposing deletes the file. The name and type are what the client sent (the grains
/// check the file type by the name's extension).
/// </summary>
public sealed class UploadedFile : IAsyncDisposable
{
    private int _deleted;

    public UploadedFile(Guid id, string filename, string contentType, long size, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(filename);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Id = id;
        Filename = filename;
        ContentType = contentType;
        Size = size;
        Path = path;
    }

    /// <summary>The file's id (also its name on disk, so nothing the client sent reaches the file system).</summary>
    public Guid Id { get; }

    /// <summary>The client's file name, without any directory part.</summary>
    public string Filename { get; }

    /// <summary>The part's <c>Content-Type</c> (<c>application/octet-stream</c> when none was sent).</summary>
    public string ContentType { get; }

    /// <summary>Bytes on disk.</summary>
    public long Size { get; }

    /// <summary>Where the bytes are.</summary>
    public string Path { get; }

    /// <summary>The whole file: the grains take attachments as one buffer, so this is the one in-memory copy.</summary>
    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken) =>
        await File.ReadAllBytesAsync(Path, cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes the file (once; a file already gone is fine).</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _deleted, 1) == 0)
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
                // Another process holding it (antivirus, a backup) must not fail the request; the sweep of the folder at shutdown removes it.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"UploadedFile({Id}, {Size} bytes)";
}
