using DigitalPost.Grains.Registry;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>Writes the built-in catalogue at start-up (before the silo serves calls).</summary>
internal sealed class AuthorityDirectorySeedingService(DataSourceProvider dataSource) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await AuthorityDirectorySeeder.SeedAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
