using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Registry;

/// <summary>Runs <see cref="RegistryEventDispatcher"/> passes when woken and every poll interval, so events left by a crash or recorded by another silo are delivered too.</summary>
internal sealed class RegistryEventDispatcherService(
    RegistryEventDispatcher dispatcher,
    IOptions<RegistryOptions> options,
    ILogger<RegistryEventDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.DispatchPollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                RegistryLog.DispatchFailed(logger, ex, interval);
            }

            try
            {
                await dispatcher.WaitForWakeAsync(interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
