using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Interfaces.AccessLog;

/// <summary>One append-only access-log entry.</summary>
/// <param name="EntryId">Increasing id.</param>
/// <param name="Mailbox">The mailbox acted on.</param>
/// <param name="At">When.</param>
/// <param name="ActorKind">Who kind.</param>
/// <param name="ActorId">Who (CPR of a person, authority id, ...).</param>
/// <param name="OnBehalfOf">The mailbox the actor acted for, when it was not their own.</param>
/// <param name="Platform">From which platform.</param>
/// <param name="Action">What.</param>
/// <param name="MessageUuid">The message, when the action concerns one.</param>
/// <param name="Detail">A short non-personal detail (folder id, grant id, setting name).</param>
public sealed record AccessLogEntry(long EntryId, string Mailbox, DateTimeOffset At, ActorKind ActorKind, string ActorId, string? OnBehalfOf, Platform Platform, AccessAction Action, Guid? MessageUuid, string? Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"AccessLogEntry({EntryId}, {Action})";
}
