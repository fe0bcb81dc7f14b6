namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>Finds tests/GraphQL.Tests/Conformance in the source tree, walking up from the test binaries.</summary>
internal static class ConformanceDirectory
{
    private static readonly Lazy<string> Located = new(Locate);

    public static string Path => Located.Value;

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "tests", "GraphQL.Tests", "Conformance");
            if (File.Exists(System.IO.Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException(
            $"tests/GraphQL.Tests/Conformance/package.json not found above {AppContext.BaseDirectory}.");
    }
}
