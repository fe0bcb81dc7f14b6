using System.Text.Json;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend;

/// <summary>What the delivery workers share.</summary>
public sealed class MassSendContext(
    MailboxDatabase database,
    MailboxServices mailboxes,
    MassSendLiveEvents liveEvents,
    MassSendMetrics metrics,
    TimeProvider time,
    IOptions<MassSendOptions> options,
    IOptions<GrainRuntimeOptions> runtime,
    ILogger<MassSendContext> logger)
{
    /// <summary>Woken when a batch committed notifications for the outbox.</summary>
    public MassSendSignal NotificationSignal { get; } = new(time);

    internal MailboxDatabase Database => database;

    internal MailboxServices Mailboxes => mailboxes;

    internal MassSendLiveEvents LiveEvents => liveEvents;

    internal MassSendMetrics Metrics => metrics;

    internal TimeProvider Time => time;

    internal ILogger Logger => logger;

    internal MassSendOptions Options => options.Value;

    /// <summary>The grain state's JSON settings: profiles are read as the mailbox grain reads them.</summary>
    internal JsonSerializerOptions StateJson => runtime.Value.JsonSerializerOptions;

    internal int PartitionCount => runtime.Value.PartitionCount;
}
