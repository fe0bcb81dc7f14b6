namespace DigitalPost.Grains.Messages;

/// <summary>
/// How deliveries are written (configuration section <c>Mailbox:DeliveryWriter</c>; docs/domain.md,
/// "Performance", has the measurements behind the defaults).
/// </summary>
public sealed class DeliveryWriterOptions
{
    /// <summary>
    /// Most deliveries of different mailboxes committed together in one transaction (one round trip,
    /// one commit). Deliveries wait for no one: a batch holds what arrived while the previous batch was
    /// being written. 1 writes every delivery on its own.
    /// </summary>
    public int MaxBatchSize { get; set; } = 32;

    /// <summary>
    /// Batches written at the same time, each on its own connection. Up to this many concurrent
    /// deliveries are each written alone at once; only the ones beyond wait and are batched, so
    /// batching sets in under load and caps the connections deliveries hold.
    /// </summary>
    public int MaxConcurrentBatches { get; set; } = 8;

    /// <summary>
    /// How many content hashes the process remembers as stored, so their bytes are not sent again;
    /// 0 always sends the bytes.
    /// </summary>
    public int KnownContentCapacity { get; set; } = 4096;
}
