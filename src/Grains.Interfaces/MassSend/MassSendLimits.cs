namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>Upload limits of a mass send (configuration section <c>MassSend:Limits</c>; see docs/mass-send.md).</summary>
public sealed class MassSendLimits
{
    /// <summary>Most recipient lines in one job (the nation: 6 million).</summary>
    public long MaxLines { get; set; } = 6_000_000;

    /// <summary>Longest line of a recipient list (CSV or NDJSON), in bytes.</summary>
    public int MaxRecipientLineBytes { get; set; } = 1024;

    /// <summary>Longest line of a personalised <c>messages</c> part (one recipient's MeMo as JSON), in bytes.</summary>
    public int MaxMessageLineBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest template part, in bytes.</summary>
    public int MaxTemplateBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Largest request body, in bytes (6 million NDJSON lines of ~30 bytes fit in 256 MB; personalised sends need more).</summary>
    public long MaxBodyBytes { get; set; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Throws when a limit is not positive.</summary>
    public void Validate()
    {
        if (MaxLines <= 0 || MaxRecipientLineBytes <= 0 || MaxMessageLineBytes <= 0 || MaxTemplateBytes <= 0 || MaxBodyBytes <= 0)
        {
            throw new InvalidOperationException("MassSend:Limits: every limit (MaxLines, MaxRecipientLineBytes, MaxMessageLineBytes, MaxTemplateBytes, MaxBodyBytes) must be positive.");
        }
    }
}
