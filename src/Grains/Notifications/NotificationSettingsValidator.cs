using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Checks and normalises notification settings before a mailbox stores them: e-mail addresses,
/// Danish mobile numbers (canonical <c>+45XXXXXXXX</c>) and push devices (<c>platform:token</c>);
/// duplicates removed. The first bad entry throws <see cref="NotificationAddressException"/>
/// naming it, e.g. "SMS notifications accept Danish +45 numbers only; got +4612345678".
/// </summary>
public static class NotificationSettingsValidator
{
    /// <summary>The most entries per channel.</summary>
    public const int MaxEntriesPerChannel = 10;

    /// <summary>The normalised settings; throws on the first bad entry.</summary>
    public static NotificationSettings Normalise(NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new NotificationSettings(
            Distinct(settings.Emails, "e-mail addresses", s => EmailAddress.Parse(s).Value),
            Distinct(settings.PhoneNumbers, "mobile numbers", s => DanishMobileNumber.Parse(s).Value),
            Distinct(settings.PushDevices, "push devices", s => PushDeviceToken.Parse(s).Value));
    }

    /// <summary>The canonical form of a NemSMS number; throws <see cref="NotificationAddressException"/> for anything but +45.</summary>
    public static string NormaliseNemSmsNumber(string phoneNumber) => DanishMobileNumber.Parse(phoneNumber).Value;

    private static List<string> Distinct(IReadOnlyList<string>? values, string what, Func<string, string> normalise)
    {
        var result = new List<string>();
        foreach (var value in values ?? [])
        {
            var normalised = normalise(value);
            if (!result.Contains(normalised, StringComparer.Ordinal))
            {
                result.Add(normalised);
            }
        }

        if (result.Count > MaxEntriesPerChannel)
        {
            throw new NotificationAddressException($"At most {MaxEntriesPerChannel} {what} can receive notifications; got {result.Count}");
        }

        return result;
    }
}
