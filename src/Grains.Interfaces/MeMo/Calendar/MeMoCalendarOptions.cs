namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>Settings of the .ics files made from AFTALE reservations.</summary>
public sealed record MeMoCalendarOptions
{
    public static MeMoCalendarOptions Default { get; } = new();

    /// <summary>PRODID of the VCALENDAR (RFC 5545 §3.7.3).</summary>
    public string ProductId { get; init; } = "-//DigitalPost//MeMo AFTALE//DA";

    /// <summary>Longest line in octets before folding (RFC 5545 §3.1: 75, excluding CRLF).</summary>
    public int MaxLineOctets { get; init; } = 75;
}
