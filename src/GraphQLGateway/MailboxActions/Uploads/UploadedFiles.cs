namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>The files of one request; disposing deletes them all (after the response, or on a refusal).</summary>
internal sealed class UploadedFiles : IAsyncDisposable
{
    private readonly List<UploadedFile> _files = [];

    public IReadOnlyList<UploadedFile> Files => _files;

    public void Add(UploadedFile file) => _files.Add(file);

    /// <summary>Hands the files over to another owner (the upload store); disposing then deletes nothing.</summary>
    public void Release() => _files.Clear();

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }

        _files.Clear();
    }
}
