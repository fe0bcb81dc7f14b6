using System.Reflection;

namespace DigitalPost.GraphQLGateway.Composition;

/// <summary>
/// The schema fragments (<c>Schema/*.graphql</c>, embedded in this assembly), in name order. Their
/// union, printed, must equal the checked-in contract <c>schema.graphql</c>.
/// </summary>
public static class GatewaySchemaSource
{
    private const string ResourcePrefix = "DigitalPost.GraphQLGateway.Schema.";

    /// <summary>The fragments' SDL texts.</summary>
    public static IReadOnlyList<string> LoadFragments()
    {
        var assembly = typeof(GatewaySchemaSource).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException("The gateway's schema fragments (Schema/*.graphql) are not embedded in the assembly.");
        }

        return names.Select(name => Read(assembly, name)).ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Schema fragment {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
