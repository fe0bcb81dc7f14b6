using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// Checks settings input before it reaches a grain, so a refusal names the field (the grains check the same rules again
/// and stay the authority). Pure functions; each returns null when the input is fine.
/// </summary>
public static class SettingsInputValidator
{
    /// <summary>At most this many entries per notification channel (the grains' limit, docs/notifications.md).</summary>
    public const int MaxEntriesPerChannel = 10;

    /// <summary>A Danish (+45) mobile number, in any of the spellings <see cref="DanishMobileNumber"/> accepts.</summary>
    public static InputCheck? CheckPhoneNumber(string field, string? value, out DanishMobileNumber number)
    {
        if (DanishMobileNumber.TryParse(value, out number, out var error))
        {
            return null;
        }

        return new InputCheck(field, error);
    }

    /// <summary>A CPR number (10 digits, or DDMMYY-SSSS). The problem never repeats the value: it may be someone's CPR.</summary>
    public static InputCheck? CheckCpr(string field, string? value, out Cpr cpr) =>
        Cpr.TryParse(value, out cpr) ? null : new InputCheck(field, "expected a CPR number of 10 digits (or DDMMYY-SSSS)");

    /// <summary>A CVR number (8 digits).</summary>
    public static InputCheck? CheckCvr(string field, string? value, out Cvr cvr) =>
        Cvr.TryParse(value, out cvr) ? null : new InputCheck(field, "expected a CVR number of 8 digits");

    /// <summary>
    /// Every entry of new notification settings: e-mail addresses, Danish mobile numbers and push device tokens. The first
    /// bad entry is reported with its index (<c>phoneNumbers[1]</c>); duplicates count once, as the grain stores them.
    /// </summary>
    public static InputCheck? CheckNotificationSettings(NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return CheckChannel("emails", settings.Emails, (string s, out string canonical, out string? error) =>
            {
                var ok = EmailAddress.TryParse(s, out var address, out error);
                canonical = ok ? address.Value : string.Empty;
                return ok;
            })
            ?? CheckChannel("phoneNumbers", settings.PhoneNumbers, (string s, out string canonical, out string? error) =>
            {
                var ok = DanishMobileNumber.TryParse(s, out var number, out error);
                canonical = ok ? number.Value : string.Empty;
                return ok;
            })
            ?? CheckChannel("pushDevices", settings.PushDevices, (string s, out string canonical, out string? error) =>
            {
                var ok = PushDeviceToken.TryParse(s, out var token, out error);
                canonical = ok ? token!.Value : string.Empty;
                return ok;
            });
    }

    private delegate bool EntryParser(string value, out string canonical, out string? error);

    private static InputCheck? CheckChannel(string field, IReadOnlyList<string> entries, EntryParser parse)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!parse(entries[i], out var canonical, out var error))
            {
                return new InputCheck($"{field}[{i}]", error ?? "not valid");
            }

            distinct.Add(canonical);
        }

        return distinct.Count > MaxEntriesPerChannel ? new InputCheck(field, $"at most {MaxEntriesPerChannel} entries; got {distinct.Count}") : null;
    }
}
