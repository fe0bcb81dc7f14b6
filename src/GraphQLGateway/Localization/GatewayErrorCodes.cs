namespace DigitalPost.GraphQLGateway.Localization;

/// <summary>The stable <c>extensions.code</c> values of gateway errors. Clients match on these, never on messages.</summary>
public static class GatewayErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Denied. Shares its message with <see cref="NotFound"/> so ids cannot be probed.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Unknown. Shares its message with <see cref="Forbidden"/>.</summary>
    public const string NotFound = "NOT_FOUND";

    public const string PlatformRequired = "PLATFORM_REQUIRED";
    public const string PlatformUnknown = "PLATFORM_UNKNOWN";
    public const string PlatformNotAllowed = "PLATFORM_NOT_ALLOWED";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string NotReplyable = "NOT_REPLYABLE";
    public const string RecipientUnavailable = "RECIPIENT_UNAVAILABLE";
    public const string MailboxClosed = "MAILBOX_CLOSED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
