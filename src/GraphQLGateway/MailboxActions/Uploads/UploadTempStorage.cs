using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// The folder uploaded files wait in (<see cref="UploadOptions.Directory"/>). Files are streamed from the request to
/// disk in chunks, never buffered whole; each file is named by a fresh GUID. The folder is removed when the service
/// provider is disposed (shutdown). Registered as a singleton.
/// </summary>
public sealed class UploadTempStorage : IDisposable
{
    private const int CopyBufferSize = 81_920;

    private readonly bool _ownsDirectory;

    public UploadTempStorage(IOptions<UploadOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.Directory;
        _ownsDirectory = string.IsNullOrWhiteSpace(configured);
        DirectoryPath = _ownsDirectory
            ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"digitalpost-uploads-{Environment.ProcessId}-{Guid.NewGuid():N}")
            : configured;
        Directory.CreateDirectory(DirectoryPath);
    }

    /// <summary>The folder.</summary>
    public string DirectoryPath { get; }

    /// <summary>
    /// Copies <paramref name="source"/> into a new file, at most <paramref name="maxBytes"/> bytes. Returns null (and
    /// leaves nothing on disk) when the source is longer.
    /// </summary>
    public async Task<UploadedFile?> WriteAsync(Stream source, string filename, string contentType, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var id = Guid.NewGuid();
        var path = System.IO.Path.Combine(DirectoryPath, id.ToString("N"));
        long written = 0;
        var complete = false;
        try
        {
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[CopyBufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    written += read;
                    if (written > maxBytes)
                    {
                        return null;
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            complete = true;
            return new UploadedFile(id, filename, contentType, written, path);
        }
        finally
        {
            if (!complete)
            {
                TryDelete(path);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
