using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Streams;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// Tells live mailboxes about letters a batch delivered: publishes <see cref="MailboxEventKind.Delivered"/>
/// on <c>mailbox-events/&lt;id&gt;</c>, exactly as the mailbox grain does, but only for recipients
/// whose grain is active in this silo or whose stream has a subscriber, so a nationwide send
/// neither activates nor creates millions of grains and streams. Runs after the batch committed;
/// an event lost to a crash in between is not repeated (live events are a hint to refresh; the
/// mailbox listing is the truth).
/// </summary>
public sealed class MassSendLiveEvents(IStreamProvider streams, IGrainActivationProbe? activations = null, IStreamSubscriberProbe? subscribers = null)
{
    private string? _citizenType;
    private string? _businessType;

    internal async Task PublishDeliveredAsync(IReadOnlyList<MassSendStage> batch, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (activations is null && subscribers is null)
        {
            return;
        }

        foreach (var stage in batch)
        {
            if (stage.Outcome != DeliveryOutcome.Delivered || !IsLive(stage.MailboxId))
            {
                continue;
            }

            var stream = streams.GetStream<MailboxEvent>(new StreamId(MailboxStreams.Namespace, stage.MailboxId));
            await stream.OnNextAsync(new MailboxEvent(MailboxEventKind.Delivered, stage.MailboxId, stage.MessageUuid, SystemFolders.Inbox, at, Platform.Internal), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private bool IsLive(string mailboxId)
    {
        if (subscribers?.HasSubscribers(new StreamId(MailboxStreams.Namespace, mailboxId)) == true)
        {
            return true;
        }

        if (activations is null)
        {
            return false;
        }

        var type = mailboxId.StartsWith(Interfaces.Identity.MailboxId.CitizenPrefix, StringComparison.Ordinal)
            ? _citizenType ??= activations.GrainTypeOf<ICitizenMailboxGrain>()
            : _businessType ??= activations.GrainTypeOf<IBusinessMailboxGrain>();
        return activations.IsActive(new GrainId(type, mailboxId));
    }
}
