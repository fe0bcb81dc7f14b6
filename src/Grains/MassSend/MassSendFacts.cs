using System.Text.Json;
using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// The delivery rules' view of a recipient loaded in bulk: the mailbox profile (what the mailbox
/// grain holds: exemption, consents, voluntary registration, closed) merged with the population
/// registry, which is authoritative for death and residence. A seeded person who never had a
/// registry event has no profile; the registry row is then the whole truth.
/// </summary>
internal static class MassSendFacts
{
    private static readonly IReadOnlySet<string> s_none = new HashSet<string>();

    /// <summary>The facts, or null when neither the registry nor a profile knows the recipient.</summary>
    public static RecipientFacts? From(MassSendRecipientRow row)
    {
        var profile = row.Profile;
        if (!row.InRegistry && profile is not { Created: true })
        {
            return null;
        }

        var citizen = MassSendRecipients.IsCitizen(row.Recipient);
        var residence = row.RegistryResidence is { } r ? (Residence)r : profile?.Residence ?? Residence.Resident;
        return new RecipientFacts(
            citizen ? MailboxKind.Citizen : MailboxKind.Business,
            citizen ? Cpr.Parse(row.Recipient).BirthDate : null,
            row.RegistryDeceased || profile?.Deceased == true,
            profile?.Closed == true,
            residence,
            profile?.VoluntarilyRegistered == true,
            profile?.Exemption is not null,
            profile?.Exemption?.ExceptionSenders is { Count: > 0 } exceptions ? exceptions.ToHashSet(StringComparer.Ordinal) : s_none,
            profile?.Consents is { Count: > 0 } consents ? consents.Select(c => c.SenderCvr).ToHashSet(StringComparer.Ordinal) : s_none);
    }

    /// <summary>The print address as JSON: the preferred one, else the registered one of the profile, else the registry's.</summary>
    public static string? PrintAddressJson(MassSendRecipientRow row)
    {
        var address = row.Profile?.PreferredAddress ?? row.Profile?.RegisteredAddress;
        if (address is null && row.RegistryStreet is not null)
        {
            address = new PostalAddress(row.RegistryName ?? string.Empty, row.RegistryStreet, row.RegistryPostcode ?? string.Empty, row.RegistryCity ?? string.Empty);
        }

        return address is null ? null : JsonSerializer.Serialize(address, JsonSerializerOptions.Web);
    }
}
