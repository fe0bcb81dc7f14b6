using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>NemSmsStatus</c>: whether the citizen is registered for NemSMS, and with which number.</summary>
public sealed record NemSmsStatus(bool Registered, string? PhoneNumber, DateTimeOffset? RegisteredAt)
{
    /// <summary>Not registered.</summary>
    public static NemSmsStatus None { get; } = new(false, null, null);

    /// <summary>The status of a registration (null: not registered).</summary>
    public static NemSmsStatus Of(NemSmsRegistration? registration) =>
        registration is null ? None : new NemSmsStatus(true, registration.PhoneNumber, registration.RegisteredAt);

    /// <inheritdoc />
    public override string ToString() => $"NemSmsStatus({Registered})";
}
