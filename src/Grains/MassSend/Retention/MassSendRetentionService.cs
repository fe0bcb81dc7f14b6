using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend.Retention;

/// <summary>
/// Hosts <see cref="MassSendRetention"/>: a sweep at start-up, then every <see cref="MassSendRetentionOptions.SweepInterval"/>
/// by the injected clock. Runs where the delivery workers run (<c>MassSend:WorkerEnabled</c>) and
/// <see cref="MassSendRetentionOptions.Enabled"/> is set. A failing sweep is logged and retried at the next interval.
/// </summary>
public sealed partial class MassSendRetentionService(
    MassSendRetention retention,
    TimeProvider time,
    IOptions<MassSendOptions> pipeline,
    IOptions<MassSendRetentionOptions> options,
    ILogger<MassSendRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!pipeline.Value.WorkerEnabled || !settings.Enabled)
        {
            return;
        }

        settings.Validate();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await retention.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }

            try
            {
                await Task.Delay(settings.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 6531, Level = LogLevel.Warning, Message = "Mass send retention sweep failed; retrying after the sweep interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception error);
}
