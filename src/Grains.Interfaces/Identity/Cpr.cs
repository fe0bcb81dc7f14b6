using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Identity;

/// <summary>
/// A Danish personal identification number (CPR): DDMMYY followed by a 4-digit sequence number.
/// Stored as the 10 digits without the dash. Input may also use the printed form "DDMMYY-SSSS".
/// The date part must be a real date in the century the CPR office's 7th-digit rule gives.
/// There is deliberately no modulus-11 check: numbers issued since 2007 need not satisfy it.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> returns the masked form (<c>010190-****</c>) so that a CPR that slips
/// into a log line or an exception message does not disclose the person. Use <see cref="Value"/>
/// where the full number is really needed (storage, grain keys).
/// </remarks>
public readonly record struct Cpr : IParsable<Cpr>
{
    private readonly string? _value;

    private Cpr(string value, DateOnly birthDate)
    {
        _value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 10 digits, no dash.</summary>
    public string Value => _value ?? throw new InvalidOperationException("Default Cpr has no value.");

    /// <summary>The date of birth encoded in the number (century from the 7th digit).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The printed form with the dash, e.g. 010190-1234. Full number: not for logs.</summary>
    public string Formatted => string.Concat(Value.AsSpan(0, 6), "-", Value.AsSpan(6));

    /// <summary>The form for logs and messages: birth date part only, e.g. 010190-****.</summary>
    public string Masked => _value is null ? "(none)" : string.Concat(_value.AsSpan(0, 6), "-****");

    public static Cpr Parse(string s) =>
        TryParse(s, out var cpr, out var error) ? cpr : throw new IdentityFormatException(error);

    public static Cpr Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, out Cpr result) => TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Cpr result) =>
        TryParse(s, out result, out _);

    /// <summary>Parses and, on failure, says what is wrong with the value.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        out Cpr result,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (s is null)
        {
            error = "CPR is missing";
            return false;
        }

        scoped ReadOnlySpan<char> digits = s;
        Span<char> buffer = stackalloc char[10];
        if (s.Length == 11)
        {
            if (s[6] != '-')
            {
                error = $"CPR '{s}' must be 10 digits, optionally written DDMMYY-SSSS";
                return false;
            }

            s.AsSpan(0, 6).CopyTo(buffer);
            s.AsSpan(7, 4).CopyTo(buffer[6..]);
            digits = buffer;
        }
        else if (s.Length != 10)
        {
            error = $"CPR '{s}' has {s.Length} characters; expected 10 digits (or DDMMYY-SSSS)";
            return false;
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                error = $"CPR '{s}' contains a non-digit '{digits[i]}' at position {(s.Length == 11 && i >= 6 ? i + 2 : i + 1)}";
                return false;
            }
        }

        var day = Two(digits, 0);
        var month = Two(digits, 2);
        var yy = Two(digits, 4);
        var year = CenturyOf(digits[6] - '0', yy) + yy;
        if (month is < 1 or > 12)
        {
            error = $"CPR '{s}' has no valid date: month {month}";
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"CPR '{s}' has no valid date: day {day}";
            return false;
        }

        result = new Cpr(digits.ToString(), new DateOnly(year, month, day));
        error = null;
        return true;
    }

    /// <summary>
    /// The CPR office's century rule: the 7th digit together with the two-digit year decides
    /// whether the person was born in the 1800s, 1900s or 2000s.
    /// </summary>
    private static int CenturyOf(int seventhDigit, int yy) => seventhDigit switch
    {
        <= 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        _ => yy <= 57 ? 2000 : 1800,
    };

    private static int Two(ReadOnlySpan<char> digits, int at) => ((digits[at] - '0') * 10) + (digits[at + 1] - '0');

    /// <summary>The masked form; never the full number.</summary>
    public override string ToString() => Masked;
}
