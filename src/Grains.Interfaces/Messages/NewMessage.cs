using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A new message written by a person (or company) to an authority's contact point.</summary>
public sealed record NewMessage(AuthorityId Authority, string ContactPointId, string Subject, string Body, IReadOnlyList<Attachment> Attachments)
{
    /// <inheritdoc />
    public override string ToString() => $"NewMessage({Authority}, {ContactPointId})";
}
