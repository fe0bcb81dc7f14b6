namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>
/// The most a citizen and a business may attach in total to one message to a contact point.
/// Sizes are in bytes (1 MB = 1,048,576 bytes). The default is 10 MB for both; a contact point may
/// raise it up to 60 MB for citizens and 40 MB for businesses. The directory stores these; the
/// mailbox side enforces them.
/// </summary>
public sealed record AttachmentLimits(long CitizenMaxBytes, long BusinessMaxBytes)
{
    /// <summary>One megabyte.</summary>
    public const long Megabyte = 1024 * 1024;

    /// <summary>The limit unless a contact point raises it: 10 MB.</summary>
    public const long DefaultMaxBytes = 10 * Megabyte;

    /// <summary>The most a contact point may allow citizens: 60 MB.</summary>
    public const long CitizenCeilingBytes = 60 * Megabyte;

    /// <summary>The most a contact point may allow businesses: 40 MB.</summary>
    public const long BusinessCeilingBytes = 40 * Megabyte;

    /// <summary>10 MB for citizens and businesses.</summary>
    public static AttachmentLimits Default { get; } = new(DefaultMaxBytes, DefaultMaxBytes);

    /// <summary>True when both limits lie between the default and their ceilings.</summary>
    public bool IsWithinCeilings =>
        CitizenMaxBytes is >= DefaultMaxBytes and <= CitizenCeilingBytes
        && BusinessMaxBytes is >= DefaultMaxBytes and <= BusinessCeilingBytes;
}
