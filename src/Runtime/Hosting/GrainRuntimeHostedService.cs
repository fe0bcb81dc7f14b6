using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Reminders;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.Runtime.Hosting;

/// <summary>
/// Starts idle collection and the reminder service; on stop, stops reminders and deactivates every
/// activation so grains can write their state before the process (and its storage) goes away.
/// </summary>
internal sealed class GrainRuntimeHostedService(GrainRuntime runtime, ReminderService reminders) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        runtime.Start();
        await reminders.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        reminders.Stop();
        await runtime.StopAsync(cancellationToken).ConfigureAwait(false);
    }
}
