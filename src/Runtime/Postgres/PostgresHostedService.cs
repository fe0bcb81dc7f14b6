using Microsoft.Extensions.Hosting;

namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// Starts the database before any other hosted service starts (so the runtime finds its tables)
/// and stops it after every other hosted service has stopped (so grains deactivating on shutdown
/// can still write their state).
/// </summary>
internal sealed class PostgresHostedService(PostgresDatabase database) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => database.StartAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => database.StopAsync(cancellationToken);
}
