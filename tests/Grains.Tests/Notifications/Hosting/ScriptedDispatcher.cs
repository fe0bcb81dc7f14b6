using DigitalPost.Grains.Notifications;

namespace DigitalPost.Grains.Tests.Notifications.Hosting;

/// <summary>
/// A provider stand-in for every channel: records each call and then runs <see cref="OnSend"/>
/// (default: succeed), so a test can make sends fail or hang.
/// </summary>
public sealed class ScriptedDispatcher : IEmailDispatcher, ISmsDispatcher, IPushDispatcher
{
    private readonly List<OutgoingNotification> _calls = [];

    public Func<OutgoingNotification, CancellationToken, Task> OnSend { get; set; } = (_, _) => Task.CompletedTask;

    public IReadOnlyList<OutgoingNotification> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        lock (_calls)
        {
            _calls.Add(notification);
        }

        return OnSend(notification, cancellationToken);
    }
}
