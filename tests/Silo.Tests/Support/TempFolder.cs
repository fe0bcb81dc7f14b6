namespace DigitalPost.Silo.Tests.Support;

/// <summary>A fresh folder under the system temp folder (reachable by the postgres user), deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"digitalpost-silo-tests-{purpose}-{Guid.NewGuid():N}"[..60]);
    }

    public string Path { get; }

    public string ClusterDirectory => System.IO.Path.Combine(Path, "pgdata");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
