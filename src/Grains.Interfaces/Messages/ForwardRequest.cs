using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>Forward a message to another Digital Post recipient (ForwardData records the original).</summary>
public sealed record ForwardRequest(Guid MessageUuid, MailboxId To, string? Comment)
{
    /// <inheritdoc />
    public override string ToString() => $"ForwardRequest({MessageUuid})";
}
