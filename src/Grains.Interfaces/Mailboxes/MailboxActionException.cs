namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A mailbox action was refused; nothing was stored. <see cref="Code"/> says why, the message says it in words.</summary>
public sealed class MailboxActionException : Exception
{
    public MailboxActionException(MailboxErrorCode code, string message)
        : base(message) => Code = code;

    public MailboxActionException()
    {
    }

    public MailboxActionException(string message)
        : base(message)
    {
    }

    public MailboxActionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The reason.</summary>
    public MailboxErrorCode Code { get; } = MailboxErrorCode.InvalidRequest;
}
