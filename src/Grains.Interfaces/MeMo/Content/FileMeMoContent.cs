namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// File content spilled to a temporary file. Disposing deletes the file when this instance owns
/// it, so whoever keeps a parsed message must dispose its contents when done with them.
/// </summary>
public sealed class FileMeMoContent : MeMoContent
{
    private readonly bool _deleteOnDispose;

    public FileMeMoContent(string path, long length, bool deleteOnDispose)
    {
        FilePath = path;
        Length = length;
        _deleteOnDispose = deleteOnDispose;
    }

    public string FilePath { get; }

    public override long Length { get; }

    public override Stream OpenRead() =>
        new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    protected override void Dispose(bool disposing)
    {
        if (_deleteOnDispose)
        {
            File.Delete(FilePath);
        }
    }
}
