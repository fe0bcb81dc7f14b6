using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Hosts <see cref="MassSendProcessor"/>: a pass at start-up (resuming jobs a crash interrupted),
/// then whenever a job is committed in this process or every <see cref="MassSendOptions.PollInterval"/>
/// (scheduled jobs coming due, jobs committed by other silos). A failing pass is logged and retried.
/// </summary>
public sealed partial class MassSendWorkerService(
    MassSendProcessor processor,
    MassSendSignal signal,
    IOptions<MassSendOptions> options,
    ILogger<MassSendWorkerService> logger) : BackgroundService
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
                await processor.RunDueJobsAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 6502, Level = LogLevel.Warning, Message = "Mass send pass failed; retrying after the poll interval")]
    private static partial void LogPassFailed(ILogger logger, Exception error);
}
