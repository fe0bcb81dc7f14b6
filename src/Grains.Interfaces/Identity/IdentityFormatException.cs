namespace DigitalPost.Grains.Interfaces.Identity;

/// <summary>
/// A malformed identity (CPR, CVR, authority id, mailbox id). The message names the value's
/// problem so a sender or an operator can correct it without guessing.
/// </summary>
public sealed class IdentityFormatException : FormatException
{
    public IdentityFormatException(string message)
        : base(message)
    {
    }

    public IdentityFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IdentityFormatException()
    {
    }
}
