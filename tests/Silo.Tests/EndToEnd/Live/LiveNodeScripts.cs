namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary>
/// Runs the node scripts of <c>EndToEnd/Live/node</c> (graphql-http audits, the graphql-ws client) found by walking up
/// from the test binaries, after installing that folder's pinned packages (<c>npm ci</c> from package-lock.json) when
/// node_modules is missing — the approach of tests/GraphQL.Tests/Conformance. Node.js and npm are required: their
/// absence fails the tests.
/// </summary>
internal static class LiveNodeScripts
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> Folder = new(Locate);

    /// <summary>Runs a script to its end and returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        await using var process = await StartAsync(script, arguments);
        return await process.WaitForExitAsync();
    }

    /// <summary>Starts a script; read its output line by line while it runs.</summary>
    public static async Task<NodeProcess> StartAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        return NodeProcess.Start("node", [script, .. arguments], Folder.Value, Patience);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var packages = new[] { "graphql", "graphql-http", "graphql-ws", "ws" };
            if (packages.All(p => File.Exists(Path.Combine(Folder.Value, "node_modules", p, "package.json"))))
            {
                return;
            }

            await using var npm = NodeProcess.Start("npm", ["ci", "--no-audit", "--no-fund"], Folder.Value, Patience);
            await npm.WaitForExitAsync();
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Silo.Tests", "EndToEnd", "Live", "node");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Silo.Tests/EndToEnd/Live/node/package.json not found above {AppContext.BaseDirectory}.");
    }
}
