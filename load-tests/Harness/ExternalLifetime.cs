using Microsoft.Extensions.Hosting;

namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// A host lifetime that leaves signals alone: the command line already turns Ctrl+C/SIGTERM into cancellation,
/// and the default console lifetime would hold the SIGTERM handler until the process exits, so a
/// <c>kill</c> of <c>serve-static</c> never completed.
/// </summary>
internal sealed class ExternalLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
