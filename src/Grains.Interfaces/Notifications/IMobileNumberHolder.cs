using DigitalPost.Runtime;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// A citizen mailbox that can give up a mobile number (key <c>cpr:&lt;10 digits&gt;</c>). When a
/// person declares a number as their own, every other person holding it is told to remove it from
/// their NemSMS registration and their notification settings. Implemented by the citizen mailbox
/// grain (only by it, so the runtime binds this interface to exactly one grain class).
/// </summary>
public interface IMobileNumberHolder : IGrainWithStringKey
{
    /// <summary>
    /// Removes <paramref name="phoneNumber"/> (canonical <c>+45XXXXXXXX</c>) from this mailbox's NemSMS
    /// registration and notification settings, writes the change to the access log and updates the
    /// mobile number index. Returns the purposes it was removed from (empty when it held none).
    /// Idempotent.
    /// </summary>
    /// <param name="phoneNumber">The declared number, canonical form.</param>
    /// <param name="declaredBy">The mailbox id (<c>cpr:…</c>) of the person who declared the number as theirs.</param>
    Task<IReadOnlyList<MobileNumberPurpose>> ReleaseMobileNumberAsync(string phoneNumber, string declaredBy);
}
