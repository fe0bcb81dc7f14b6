using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Registry;

/// <summary>
/// Runs <see cref="TurnedFifteenScanner"/> at start-up and then daily at
/// <see cref="RegistryOptions.ScanTimeOfDay"/> local time, on the injected clock. The schedule
/// itself needs no persistence: the scanner stores how far it got and catches up missed days.
/// </summary>
internal sealed class TurnedFifteenScanService(
    TurnedFifteenScanner scanner,
    IOptions<RegistryOptions> options,
    TimeProvider timeProvider,
    ILogger<TurnedFifteenScanService> logger) : BackgroundService
{
    private static readonly TimeSpan FailureRetryDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                await scanner.ScanAsync(stoppingToken).ConfigureAwait(false);
                delay = UntilNextScan();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                delay = FailureRetryDelay;
                RegistryLog.ScanFailed(logger, ex, delay);
            }

            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private TimeSpan UntilNextScan()
    {
        var zone = options.Value.TimeZone;
        var now = timeProvider.GetUtcNow();
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var next = localNow.Date.AddDays(1) + options.Value.ScanTimeOfDay;
        var nextUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(next, DateTimeKind.Unspecified), zone);
        var delay = new DateTimeOffset(nextUtc, TimeSpan.Zero) - now;
        return delay > TimeSpan.Zero ? delay : TimeSpan.FromMinutes(1);
    }
}
