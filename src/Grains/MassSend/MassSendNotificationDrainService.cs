using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend;

/// <summary>Hosts <see cref="MassSendNotificationDrain"/>: woken by committed batches, else every poll interval.</summary>
public sealed partial class MassSendNotificationDrainService(
    MassSendNotificationDrain drain,
    MassSendContext context,
    IOptions<MassSendOptions> options,
    ILogger<MassSendNotificationDrainService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await drain.DrainAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDrainFailed(logger, ex);
            }

            try
            {
                await context.NotificationSignal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 6503, Level = LogLevel.Warning, Message = "Mass send notification drain failed; retrying after the poll interval")]
    private static partial void LogDrainFailed(ILogger logger, Exception error);
}
