using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// The migrations of one component (the runtime, the grains, ...), applied in version order and
/// recorded per component in <c>schema_migrations</c>, so components evolve independently.
/// </summary>
public sealed record MigrationSet
{
    public MigrationSet(string component, IEnumerable<Migration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentNullException.ThrowIfNull(migrations);
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        var duplicate = ordered.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Component '{component}' has more than one migration with version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.", nameof(migrations));
        }

        if (ordered.Any(m => m.Version <= 0))
        {
            throw new ArgumentException($"Component '{component}' has a migration with a version below 1.", nameof(migrations));
        }

        Component = component;
        Migrations = ordered;
    }

    /// <summary>The component name recorded in <c>schema_migrations</c>.</summary>
    public string Component { get; }

    /// <summary>The migrations in ascending version order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// Reads the <c>*.sql</c> resources of <paramref name="assembly"/> whose names start with
    /// <paramref name="resourcePrefix"/>. The file name after the prefix starts with the version,
    /// then an underscore and a description: <c>0001_grain_state.sql</c>.
    /// </summary>
    public static MigrationSet FromEmbeddedResources(string component, Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourcePrefix);
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var fileName = resource[resourcePrefix.Length..^".sql".Length];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            var versionText = separator < 0 ? fileName : fileName[..separator];
            if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' does not start with a version number (expected e.g. 0001_create_tables.sql).");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var sql = reader.ReadToEnd();
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
            migrations.Add(new Migration(version, separator < 0 ? fileName : fileName[(separator + 1)..], sql, checksum));
        }

        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"Assembly {assembly.GetName().Name} embeds no migrations under '{resourcePrefix}' (expected <EmbeddedResource Include=\"...*.sql\" />).");
        }

        return new MigrationSet(component, migrations);
    }
}
