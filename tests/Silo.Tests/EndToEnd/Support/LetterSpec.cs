namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>What a letter built by <see cref="WorldLetters"/> carries.</summary>
/// <param name="Label">The MeMo label (subject).</param>
public sealed record LetterSpec(string Label)
{
    /// <summary>The messageUUID; a new one when null.</summary>
    public Guid? MessageUuid { get; init; }

    /// <summary>A legal notification (forkyndelse): served on first open, move or delete.</summary>
    public bool LegalNotification { get; init; }

    /// <summary>Replies allowed (MeMo <c>reply=true</c>).</summary>
    public bool Replyable { get; init; }

    /// <summary>The last time a reply is accepted (only with <see cref="Replyable"/>).</summary>
    public DateTimeOffset? ReplyBy { get; init; }

    /// <summary>File names of additional documents (each a small text file).</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Adds an AFTALE action with a reservation (the gateway offers a calendar file for it).</summary>
    public bool WithAppointment { get; init; }

    /// <summary>The main document's text (stored as <c>brev.txt</c>, text/plain).</summary>
    public string Body { get; init; } = "Dette er et brev til dig.";
}
