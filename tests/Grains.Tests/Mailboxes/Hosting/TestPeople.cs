using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Tests.Mailboxes.Hosting;

/// <summary>Unique synthetic identities per test (each test class shares one database), and actors.</summary>
public static class TestPeople
{
    private static int s_next = 1000;

    /// <summary>A new adult CPR (born 1980 + n), unique in this process.</summary>
    public static Cpr Adult() => Make(new DateOnly(1980, 1, 1));

    /// <summary>A new CPR of a person born on <paramref name="born"/>.</summary>
    public static Cpr BornOn(DateOnly born) => Make(born);

    public static Cvr Company() => Cvr.Parse((10000000 + Interlocked.Increment(ref s_next)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuthorityId Authority() => AuthorityId.Parse("authority-" + Interlocked.Increment(ref s_next).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static ActorContext Self(Cpr cpr, Platform platform = Platform.BorgerDk) => ActorContext.Person(cpr, platform);

    public static ActorContext For(Cpr actor, Cpr owner, Platform platform = Platform.BorgerDk) => ActorContext.Person(actor, platform, MailboxId.ForCitizen(owner));

    private static Cpr Make(DateOnly born)
    {
        // Sequence digits 4000-9999 with century digit rules: for 1937-1999 births use 0-3xxx, for 2000-2036 use 4xxx.
        var n = Interlocked.Increment(ref s_next) % 4000;
        var sequence = born.Year >= 2000 ? 4000 + (n % 1000) : n;
        var text = $"{born.Day:00}{born.Month:00}{born.Year % 100:00}{sequence:0000}";
        return Cpr.Parse(text);
    }
}
