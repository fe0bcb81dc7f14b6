using System.Security.Cryptography;
using System.Text;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>
/// The person reached the mailbox age (15) on <see cref="RegistryEvent.EffectiveOn"/>. Emitted by
/// the registry's daily scan, with an id derived from the CPR (<see cref="EventIdFor"/>), so a
/// scan that runs twice (or on two silos) yields one event.
/// </summary>
public sealed record PersonTurnedFifteen(Guid EventId, Cpr Cpr, DateOnly EffectiveOn)
    : RegistryEvent(EventId, Cpr, EffectiveOn)
{
    /// <inheritdoc />
    public override RegistryEventKind Kind => RegistryEventKind.TurnedFifteen;

    /// <summary>The deterministic event id of a person's 15th birthday (a name-based UUID over the CPR).</summary>
    public static Guid EventIdFor(Cpr cpr)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes("digitalpost:registry:turned-fifteen:" + cpr.Value), hash);
        // RFC 9562 layout: version 8 (custom), variant 10.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>The event for <paramref name="cpr"/>, effective on the 15th birthday.</summary>
    public static PersonTurnedFifteen For(Cpr cpr, DateOnly birthDate) =>
        new(EventIdFor(cpr), cpr, RegistryDates.Anniversary(birthDate, RegistryDates.MailboxAge));
}
