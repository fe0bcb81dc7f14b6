using System.Globalization;
using DigitalPost.GraphQL.Types.Scalars;

namespace DigitalPost.GraphQL.Tests.Types.Scalars;

/// <summary>The DateTime scalar's own formatter writes exactly what the BCL's custom format strings wrote before it.</summary>
public sealed class DateTimeFormattingTests
{
    private static readonly DateTimeScalar Scalar = new();

    public static TheoryData<DateTimeOffset> Edges => new()
    {
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero).AddTicks(1),
        new DateTimeOffset(2026, 11, 21, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_000_000),
        new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_234_500),
        new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(999, 12, 31, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(-5)).AddTicks(5_000_000),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromMinutes(-30)),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromMinutes(14 * 60)),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromMinutes(-(14 * 60))),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromMinutes(5 * 60 + 45)),
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_values_format_as_the_custom_format_strings_do(DateTimeOffset value) =>
        Assert.Equal(Expected(value), Scalar.Serialize(value));

    [Fact]
    public void Random_values_and_offsets_format_as_the_custom_format_strings_do()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 20_000; i++)
        {
            var ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);

            // Half the values have whole seconds or few fraction digits, like stored timestamps.
            ticks -= (i % 4) switch
            {
                0 => ticks % TimeSpan.TicksPerSecond,
                1 => ticks % TimeSpan.TicksPerMillisecond,
                _ => 0,
            };
            var offset = i % 3 == 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            var value = new DateTimeOffset(ticks, offset);
            Assert.Equal(Expected(value), Scalar.Serialize(value));
        }
    }

    [Fact]
    public void Utc_and_unspecified_DateTime_values_format_with_Z()
    {
        var utc = new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc).AddTicks(1_230_000);
        Assert.Equal("2026-11-21T09:30:00.123Z", Scalar.Serialize(utc));
        Assert.Equal("2026-11-21T09:30:00.123Z", Scalar.Serialize(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));
    }

    private static string Expected(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
