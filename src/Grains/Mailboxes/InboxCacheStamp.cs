namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// A mailbox's change counter, shared by its active grain (which reads it) and writers that go past the grain (the
/// mass-send pipeline, which bumps it). The grain's inbox cache is good only while the counter still has the value it
/// had when the cached rows were read.
/// </summary>
public sealed class InboxCacheStamp
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Marks every cached view of the mailbox stale.</summary>
    public void Bump() => Interlocked.Increment(ref _version);
}
