using System.Text;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Testing.Time;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

public sealed class MeMoCalendarWriterTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Sample_aftale_action_gives_the_expected_calendar_file()
    {
        var action = MeMoTestData.ReadValid(MeMoTestData.FullExample).Body!.MainDocument.Actions[1];

        var ics = new MeMoCalendarWriter(Clock).CreateIcs(action);

        Assert.Equal(
            "BEGIN:VCALENDAR\r\n" +
            "VERSION:2.0\r\n" +
            "PRODID:-//DigitalPost//MeMo AFTALE//DA\r\n" +
            "CALSCALE:GREGORIAN\r\n" +
            "METHOD:PUBLISH\r\n" +
            "BEGIN:VEVENT\r\n" +
            "UID:8c2ea15d-61fb-4ba9-9366-42f8b194d241\r\n" +
            "DTSTAMP:20260115T103000Z\r\n" +
            "DTSTART:20181110T090000Z\r\n" +
            "DTEND:20181110T120000Z\r\n" +
            "SUMMARY:Opstart\r\n" +
            "DESCRIPTION:Opstart Tusindfryd\r\n" +
            "LOCATION:Gl. Landevej 61\\, 9000 aalborg\\, Rød stue\r\n" +
            "ORGANIZER;CN=Jette Hansen:mailto:info@tusindfryd.dk\r\n" +
            "END:VEVENT\r\n" +
            "END:VCALENDAR\r\n",
            ics);
    }

    [Fact]
    public void Times_with_an_offset_are_written_in_utc()
    {
        var reservation = Reservation() with
        {
            StartDateTime = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(2)),
            EndDateTime = new DateTimeOffset(2026, 6, 1, 11, 15, 0, TimeSpan.FromHours(2)),
        };

        var ics = new MeMoCalendarWriter(Clock).CreateIcs(reservation);

        Assert.Contains("\r\nDTSTART:20260601T080000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND:20260601T091500Z\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_newlines()
    {
        var reservation = Reservation() with { Description = "Medbring: pas; sygesikring, og C:\\papirer\r\nHusk\nmad" };

        var ics = new MeMoCalendarWriter(Clock).CreateIcs(reservation);

        Assert.Contains("\r\nDESCRIPTION:Medbring: pas\\; sygesikring\\, og C:\\\\papirer\\nHusk\\nmad\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var description = string.Concat(Enumerable.Repeat("Mødet om børnehavens åbningstider ", 10)) + "😀 slut";
        var reservation = Reservation() with { Description = description };

        var ics = new MeMoCalendarWriter(Clock).CreateIcs(reservation);

        var lines = ics.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION:" + description + "\r\n", unfolded, StringComparison.Ordinal);
        Assert.True(lines.Count(l => l.StartsWith(' ')) >= 4);
    }

    [Fact]
    public void Organizer_is_left_out_without_a_mail_and_its_name_is_quoted_when_needed()
    {
        var withoutMail = new MeMoCalendarWriter(Clock).CreateIcs(Reservation() with { OrganizerMail = null });
        var quoted = new MeMoCalendarWriter(Clock).CreateIcs(Reservation() with { OrganizerName = "Hansen, Jette" });

        Assert.DoesNotContain("ORGANIZER", withoutMail, StringComparison.Ordinal);
        Assert.Contains("\r\nORGANIZER;CN=\"Hansen, Jette\":mailto:info@tusindfryd.dk\r\n", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtstamp_follows_the_injected_clock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var writer = new MeMoCalendarWriter(clock);

        var first = writer.CreateIcs(Reservation());
        clock.Advance(TimeSpan.FromMinutes(5));
        var second = writer.CreateIcs(Reservation());

        Assert.Contains("\r\nDTSTAMP:20260301T080000Z\r\n", first, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20260301T080500Z\r\n", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_aftale_actions_with_a_reservation_have_a_calendar_file()
    {
        var actions = MeMoTestData.ReadValid(MeMoTestData.FullExample).Body!.MainDocument.Actions;
        var writer = new MeMoCalendarWriter(Clock);

        Assert.Throws<ArgumentException>(() => writer.CreateIcs(actions[0]));
        Assert.Throws<ArgumentException>(() => writer.CreateIcs(actions[1] with { Reservation = null }));
    }

    private static MeMoReservation Reservation() => new()
    {
        Description = "Opstart",
        ReservationUuid = Guid.Parse("8c2ea15d-61fb-4ba9-9366-42f8b194d241"),
        Abstract = "Opstart",
        Location = "Gl. Landevej 61",
        StartDateTime = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero),
        EndDateTime = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero),
        OrganizerMail = "info@tusindfryd.dk",
        OrganizerName = "Jette Hansen",
    };
}
