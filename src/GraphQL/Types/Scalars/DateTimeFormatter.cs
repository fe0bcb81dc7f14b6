namespace DigitalPost.GraphQL.Types.Scalars;

/// <summary>
/// Writes the <c>DateTime</c> scalar's output form without the BCL's custom-format interpreter:
/// exactly <c>yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'</c> for a zero offset and
/// <c>yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz</c> otherwise (fraction digits with trailing zeros dropped, and
/// no '.' for a whole second). Response lists format one timestamp per item, so this is a hot path.
/// </summary>
internal static class DateTimeFormatter
{
    public static string Format(DateTimeOffset value)
    {
        var utc = value.Offset == TimeSpan.Zero;
        var clock = utc ? value.UtcDateTime : value.DateTime;
        var fraction = (int)(clock.Ticks % TimeSpan.TicksPerSecond);
        var fractionDigits = 0;
        if (fraction != 0)
        {
            fractionDigits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                fractionDigits--;
            }
        }

        var length = 19 + (fractionDigits > 0 ? 1 + fractionDigits : 0) + (utc ? 1 : 6);
        return string.Create(length, new State(clock, fraction, fractionDigits, utc ? null : value.Offset), static (span, state) =>
        {
            state.Clock.Deconstruct(out int year, out int month, out int day);
            Digits(span, 0, year, 4);
            span[4] = '-';
            Digits(span, 5, month, 2);
            span[7] = '-';
            Digits(span, 8, day, 2);
            span[10] = 'T';
            Digits(span, 11, state.Clock.Hour, 2);
            span[13] = ':';
            Digits(span, 14, state.Clock.Minute, 2);
            span[16] = ':';
            Digits(span, 17, state.Clock.Second, 2);
            var position = 19;
            if (state.FractionDigits > 0)
            {
                span[position++] = '.';
                Digits(span, position, state.Fraction, state.FractionDigits);
                position += state.FractionDigits;
            }

            if (state.Offset is not { } offset)
            {
                span[position] = 'Z';
                return;
            }

            span[position] = offset < TimeSpan.Zero ? '-' : '+';
            var magnitude = offset.Duration();
            Digits(span, position + 1, magnitude.Hours, 2);
            span[position + 3] = ':';
            Digits(span, position + 4, magnitude.Minutes, 2);
        });
    }

    private static void Digits(Span<char> span, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private readonly record struct State(DateTime Clock, int Fraction, int FractionDigits, TimeSpan? Offset);
}
