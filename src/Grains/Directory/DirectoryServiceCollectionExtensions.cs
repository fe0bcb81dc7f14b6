using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>Registers the authority directory.</summary>
public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the directory's migrations, <see cref="IAuthorityDirectory"/> and a start-up step that
    /// writes the built-in catalogue (idempotent). Needs <c>AddPostgres</c>.
    /// </summary>
    public static IServiceCollection AddAuthorityDirectory(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddPostgresMigrations(DirectoryMigrations.Set);
        services.TryAddSingleton(sp => DataSourceProvider.FromDatabase(sp.GetRequiredService<PostgresDatabase>()));
        services.TryAddSingleton<IAuthorityDirectory, PostgresAuthorityDirectory>();
        services.AddHostedService<AuthorityDirectorySeedingService>();
        return services;
    }
}
