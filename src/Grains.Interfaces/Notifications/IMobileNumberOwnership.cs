using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>A person declares a mobile number as their own: every other person holding it loses it.</summary>
public interface IMobileNumberOwnership
{
    /// <summary>
    /// Records that <paramref name="owner"/> owns <paramref name="phoneNumber"/> and removes it from
    /// every other person's NemSMS registration and notification settings. A number that is not a
    /// Danish +45 number is refused with <see cref="NotificationAddressException"/>.
    /// Idempotent: declaring again retries holders that failed.
    /// </summary>
    Task<MobileNumberDeclarationResult> DeclareAsync(Cpr owner, string phoneNumber, CancellationToken cancellationToken = default);
}
