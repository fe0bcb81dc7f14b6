using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Runs <see cref="NotificationDispatcher"/> passes back to back while rows are due, waits for the
/// next token when the rate limit is reached, and otherwise sleeps until woken by an enqueue or
/// until the poll interval passes (retries coming due, other silos' rows, expired leases). Every
/// <see cref="NotificationsOptions.PurgeInterval"/> it purges finished notifications past their retention.
/// </summary>
public sealed class NotificationDispatcherService(
    NotificationDispatcher dispatcher,
    NotificationDispatchSignal signal,
    IOptions<NotificationsOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.PollInterval;
        var nextPurge = timeProvider.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                if (timeProvider.GetUtcNow() >= nextPurge)
                {
                    nextPurge = timeProvider.GetUtcNow() + options.Value.PurgeInterval;
                    NotificationsLog.Purged(logger, await dispatcher.PurgeFinishedAsync(stoppingToken).ConfigureAwait(false));
                }

                var claimed = await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                var untilToken = dispatcher.TimeUntilNextToken();
                if (claimed > 0 && untilToken == TimeSpan.Zero)
                {
                    continue;
                }

                // Out of tokens: no point waking before the next one (an enqueue cannot make it come sooner).
                wait = untilToken > TimeSpan.Zero ? untilToken : poll;
                if (untilToken > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, stoppingToken).ConfigureAwait(false);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                NotificationsLog.PassFailed(logger, ex, poll);
                wait = poll;
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
