using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// A mass send to commit: the sending authority, its idempotency key and either the template
/// (<see cref="MassSendKind.Template"/>) or nothing (personalised: each line carries its MeMo).
/// </summary>
public sealed record MassSendSubmission(AuthorityId Authority, string IdempotencyKey, MassSendKind Kind, ReadOnlyMemory<byte> Template);
