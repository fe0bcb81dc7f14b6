using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Notifications;

namespace DigitalPost.Grains.Tests.Notifications.Hosting;

/// <summary>Delegates' channels from a dictionary (the grain-backed resolver needs mailbox grains).</summary>
public sealed class FixedDelegateChannels : IDelegateChannelResolver
{
    public Dictionary<string, NotificationSettings> Settings { get; } = [];

    public Task<NotificationSettings> ResolveAsync(string delegateCpr, CancellationToken cancellationToken) =>
        Task.FromResult(Settings.TryGetValue(delegateCpr, out var settings) ? settings : NotificationSettings.None);
}
