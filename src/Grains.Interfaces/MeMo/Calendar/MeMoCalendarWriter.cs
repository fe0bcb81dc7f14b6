using System.Globalization;
using System.Text;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Turns an AFTALE action's <see cref="MeMoReservation"/> into an RFC 5545 calendar file:
/// one VEVENT with UID (the reservation UUID), DTSTAMP (now, from the injected clock),
/// DTSTART/DTEND in UTC, SUMMARY (abstract), DESCRIPTION, LOCATION and ORGANIZER when the
/// reservation names an organiser mail. CRLF line ends, lines folded at 75 octets, TEXT escaped.
/// </summary>
public sealed class MeMoCalendarWriter
{
    public const string MediaType = "text/calendar";

    private const string Crlf = "\r\n";
    private readonly TimeProvider _time;
    private readonly MeMoCalendarOptions _options;

    public MeMoCalendarWriter(TimeProvider time, MeMoCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _options = options ?? MeMoCalendarOptions.Default;
        if (_options.MaxLineOctets < 8)
        {
            throw new ArgumentException("MaxLineOctets must be at least 8.", nameof(options));
        }
    }

    /// <summary>The calendar for an AFTALE action; other actions, or one without a Reservation, are refused.</summary>
    public string CreateIcs(MeMoAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.ActionCode != MeMoActionCode.Aftale)
        {
            throw new ArgumentException($"Only AFTALE actions have a calendar file; this one is {action.ActionCode.ToWire()}.", nameof(action));
        }

        return action.Reservation is null
            ? throw new ArgumentException("The AFTALE action has no Reservation.", nameof(action))
            : CreateIcs(action.Reservation);
    }

    public string CreateIcs(MeMoReservation reservation)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var sb = new StringBuilder(512);
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:" + EscapeText(_options.ProductId));
        Line(sb, "CALSCALE:GREGORIAN");
        Line(sb, "METHOD:PUBLISH");
        Line(sb, "BEGIN:VEVENT");
        Line(sb, "UID:" + reservation.ReservationUuid.ToString("D"));
        Line(sb, "DTSTAMP:" + UtcStamp(_time.GetUtcNow()));
        Line(sb, "DTSTART:" + UtcStamp(reservation.StartDateTime));
        Line(sb, "DTEND:" + UtcStamp(reservation.EndDateTime));
        Line(sb, "SUMMARY:" + EscapeText(reservation.Abstract));
        Line(sb, "DESCRIPTION:" + EscapeText(reservation.Description));
        Line(sb, "LOCATION:" + EscapeText(reservation.Location));
        if (!string.IsNullOrWhiteSpace(reservation.OrganizerMail))
        {
            var name = reservation.OrganizerName is { Length: > 0 } n ? ";CN=" + ParameterValue(n) : string.Empty;
            Line(sb, "ORGANIZER" + name + ":mailto:" + reservation.OrganizerMail.Trim());
        }

        Line(sb, "END:VEVENT");
        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    /// <summary>The calendar as UTF-8 bytes, ready to serve as text/calendar.</summary>
    public byte[] CreateIcsBytes(MeMoAction action) => Encoding.UTF8.GetBytes(CreateIcs(action));

    private static string UtcStamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values.</summary>
    internal static string EscapeText(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    sb.Append("\\\\");
                    break;
                case ';':
                    sb.Append("\\;");
                    break;
                case ',':
                    sb.Append("\\,");
                    break;
                case '\r':
                    sb.Append("\\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                default:
                    // Other control characters are not allowed in TEXT (§3.3.11); drop them.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>§3.2: a parameter value with ':' ';' or ',' is quoted; DQUOTE itself cannot appear.</summary>
    private static string ParameterValue(string value)
    {
        var cleaned = new string(value.Where(c => c != '"' && !char.IsControl(c)).ToArray());
        return cleaned.AsSpan().IndexOfAny(":;,") >= 0 ? "\"" + cleaned + "\"" : cleaned;
    }

    /// <summary>Appends a content line folded at the octet limit without splitting a UTF-8 sequence.</summary>
    private void Line(StringBuilder sb, string line)
    {
        var max = _options.MaxLineOctets;
        var octets = 0;
        var limit = max;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                sb.Append(Crlf).Append(' ');
                octets = 0;
                limit = max - 1;
            }

            sb.Append(line[i]);
            if (width == 4)
            {
                sb.Append(line[++i]);
            }

            octets += width;
        }

        sb.Append(Crlf);
    }
}
