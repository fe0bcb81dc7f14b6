namespace DigitalPost.Grains.Messages;

/// <summary>A delivery waiting in the <see cref="DeliveryWriter"/> for its batch, and the grain's answer once committed.</summary>
internal sealed class PendingDelivery(DeliveryWrite write)
{
    public DeliveryWrite Write { get; } = write;

    // Continuations run inline: a grain's await posts itself to the activation's work loop anyway, and
    // an extra thread-pool hop per delivery costs milliseconds on a loaded machine.
    public TaskCompletionSource<bool> Completion { get; } = new();

    /// <summary>The content key, or null (orders a batch so content rows are locked in one order by every writer).</summary>
    public byte[]? ContentKey => Write.Content?.Sha256;
}
